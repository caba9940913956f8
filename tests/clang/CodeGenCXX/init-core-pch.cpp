// Init parameters and slot expressions survive a round trip through a precompiled header.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -x c++-header -emit-pch -o %t.pch %s
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -include-pch %t.pch -fsyntax-only -verify %s
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -include-pch %t.pch -emit-llvm -o - %s -DNO_ERRORS | FileCheck %s

#ifndef HEADER
#define HEADER
struct [[pinned]] list_head { list_head *next, *prev; };
inline void make_list(init list_head& self) { self.next = &self; self.prev = &self; }
struct two { list_head a; list_head b; };
inline void make_two(init two& self) { make_list(init self.a); self.b = make_list(); }
#else

// CHECK: define{{.*}} void @_Z3usev(
// CHECK: call void @_Z8make_twoU4initR3two(ptr sret(%struct.two) align 8 %t)
// CHECK: define linkonce_odr void @_Z8make_twoU4initR3two(
// CHECK: call void @_Z9make_listU4initR9list_head(
// CHECK: call void @_Z9make_listU4initR9list_head(
void use() {
  list_head h = make_list();
  two t = make_two();
  (void)h; (void)t;
}
#ifndef NO_ERRORS
void bad(init two& self) {
  make_list(init self.a);
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@10 {{member 'b' is not constructed}}
#endif
#endif
