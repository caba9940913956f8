// An infallible init function returns its slot type indirectly, so, as for a
// call returning that type, every call needs the slot type complete: with the
// slot omitted or explicit, directly or through a pointer. A fallible init
// function takes its slot as a plain pointer, so an explicit slot of
// incomplete type is fine. Code generation never sees an incomplete slot.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s
// RUN: %clang_cc1 -std=c++23 -triple x86_64-linux-gnu -emit-llvm -o - %s -DVALID | FileCheck %s
#include "Inputs/init-std-expected.h"

struct incomplete; // expected-note 3 {{forward declaration of 'incomplete'}}
void make(init incomplete &self);
std::expected<void, int> try_make(init incomplete &self);
void (*make_ptr)(init incomplete &);

#ifndef VALID
void use(incomplete *p) {
  make(init *p);     // expected-error {{calling 'make' with incomplete return type 'incomplete'}}
  make_ptr(init *p); // expected-error {{calling 'make_ptr' with incomplete return type 'incomplete'}}
  (void)make();      // expected-error {{calling 'make' with incomplete return type 'incomplete'}}
}
#endif

// CHECK-LABEL: define{{.*}} void @_Z8fallibleP10incomplete(
// CHECK: call {{.*}} @_Z8try_makeU4initR10incomplete(ptr noundef nonnull align 1 %{{.*}})
void fallible(incomplete *p) { (void)try_make(init *p); }

// Naming an init function whose slot type is incomplete is fine.
// CHECK-LABEL: define{{.*}} ptr @_Z7addressv(
auto address() { return &make; }
