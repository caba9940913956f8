// Failure returns destroy the constructed members in reverse declaration order; a
// fallible sub-init counts as constructed only if it succeeded; success returns clear
// the flags so nothing is destroyed.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

#include "../SemaCXX/Inputs/init-std-expected.h"

struct noisy { ~noisy(); int v; };
std::expected<void, int> try_noisy(init noisy& self, bool ok);
struct pair { noisy first; int plain; noisy second; };

// CHECK-LABEL: define{{.*}} @_Z9make_pairU4initR4pairbb(
// CHECK: %init.constructed.first = alloca i1
// CHECK: %init.constructed.second = alloca i1
// CHECK: store i1 false, ptr %init.constructed.first
// CHECK: store i1 false, ptr %init.constructed.second
// The member built in place, then recorded.
// CHECK: store i32 1, ptr %v
// CHECK-NEXT: store i1 true, ptr %init.constructed.first
// The sub-init's result decides.
// CHECK: %[[CALL:.*]] = call i64 @_Z9try_noisyU4initR5noisyb(
// CHECK: %[[OK:.*]] = call noundef zeroext i1 @_ZNKSt8expectedIviE9has_valueEv(
// CHECK-NEXT: store i1 %[[OK]], ptr %init.constructed.second
// Success: the flags are cleared before leaving.
// CHECK: call void @_ZNSt8expectedIviEC1Ev(
// CHECK-NEXT: store i1 false, ptr %init.constructed.self
// CHECK-NEXT: store i1 false, ptr %init.constructed.first
// CHECK-NEXT: store i1 false, ptr %init.constructed.second
// The rollback on the way out: second, then first.
// CHECK: load i1, ptr %init.constructed.second
// CHECK: call void @_ZN5noisyD1Ev(
// CHECK: load i1, ptr %init.constructed.first
// CHECK: call void @_ZN5noisyD1Ev(
// CHECK: ret i64
std::expected<void, int> make_pair(init pair& self, bool a, bool b) {
  self.first = noisy{1};
  self.plain = 2;
  if (auto r = try_noisy(init self.second, b); !r)
    return r;
  if (!a)
    return std::unexpected(3);
  return {};
}

// Nothing to destroy: no flags, no cleanup.
// CHECK-LABEL: define{{.*}} void @_Z10make_plainU4initR5plain(
// CHECK-NOT: init.constructed
// CHECK: ret void
struct plain { int a, b; };
void make_plain(init plain& self) { self.a = 1; self.b = 2; }
