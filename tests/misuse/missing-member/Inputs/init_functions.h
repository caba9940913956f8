// A precompiled header with init function templates (tests/misuse/missing-member/pch_*.cpp).
#pragma once
template <class T> struct box { T value; int tag; };
template <class T> void make_box(init box<T>& self, T v) { self.value = v; }
template <class T> void make_full(init box<T>& self, T v) { self.value = v; self.tag = 1; }
