// A precompiled header declaring pinned types (tests/misuse/*/pch_*.cpp).
#pragma once
struct [[pinned]] list_head { list_head* next = this; list_head* prev = this; };
struct task { int id = 0; list_head node; };
template <class T> T dup(const T& t) { return t; }
