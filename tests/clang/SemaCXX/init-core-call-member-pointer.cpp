// A call through a pointer to member function takes or omits the slot of an
// init function like any other call (review item I7): omitted, it is a
// prvalue of the slot type; explicit, it is checked; and an 'init' argument
// to a member function without an init parameter is an error.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s
// RUN: %clang_cc1 -std=c++23 -triple x86_64-linux-gnu -emit-llvm -o - %s -DVALID | FileCheck %s
#include "Inputs/init-std-expected.h"

struct S { int a; };
struct M {
  void make(init S &self, int v) const { self.a = v; }
  std::expected<void, int> try_make(init S &self, int v) const;
  void plain(S &s) const;
};

void (M::*pm)(init S &, int) const = &M::make;
std::expected<void, int> (M::*ptry)(init S &, int) const = &M::try_make;
void (M::*pplain)(S &) const = &M::plain;

// CHECK-LABEL: define{{.*}} i32 @_Z7omittedRK1M(
// CHECK: %[[S:.*]] = alloca %struct.S
// CHECK: call void %{{.*}}(ptr sret(%struct.S) align 4 %[[S]], ptr noundef nonnull align 1 dereferenceable(1) %{{.*}}, i32 noundef 3)
int omitted(const M &m) {
  S s = (m.*pm)(3);
  static_assert(__is_same(decltype((m.*pm)(3)), S));
  return s.a;
}

void explicit_slot(const M &m, S *p) {
  (m.*pm)(init *p, 4);
  (void)(m.*ptry)(init *p, 5);
}

#ifndef VALID
void errors(const M &m, S *p) {
  (m.*pplain)(init *p); // expected-error {{an 'init' argument can only be passed to an init function}}
  S s = (m.*ptry)(5);   // expected-error {{a fallible init function cannot be called without an 'init' argument}}
}
#endif
