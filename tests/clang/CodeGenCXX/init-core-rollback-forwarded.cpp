// A forwarding return, 'return g(init self.m, ...);', is a success exit exactly when
// the forwarded call succeeded: the rollback flags are cleared only on that branch, so
// a failure destroys the members built before it and a success keeps them. Members of
// an anonymous struct have their own flags.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

#include "../SemaCXX/Inputs/init-std-expected.h"

struct noisy { ~noisy(); int v; };
std::expected<void, int> try_noisy(init noisy& self, bool ok);
struct pair { noisy first; struct { noisy second; int plain; }; };

// CHECK-LABEL: define{{.*}} @_Z9make_pairU4initR4pairb(
// CHECK: %init.constructed.self = alloca i1
// CHECK: %init.constructed.first = alloca i1
// CHECK: %init.constructed.second = alloca i1
// The first member, built and recorded.
// CHECK: store i1 true, ptr %init.constructed.first
// The member of the anonymous struct: its flag is the forwarded call's outcome.
// CHECK: %[[OK:.*]] = call{{.*}} i1 @_ZNKSt8expectedIviE9has_valueEv(
// CHECK-NEXT: store i1 %[[OK]], ptr %init.constructed.second
// CHECK-NEXT: br i1 %[[OK]], label %init.forwarded.success, label %init.forwarded.done
// CHECK: init.forwarded.success:
// CHECK-NEXT: store i1 false, ptr %init.constructed.self
// CHECK-NEXT: store i1 false, ptr %init.constructed.first
// CHECK-NEXT: store i1 false, ptr %init.constructed.second
// CHECK: init.forwarded.done:
// The rollback: the anonymous struct's member through its enclosing member.
// CHECK: %[[ANON:.*]] = getelementptr inbounds %struct.pair, ptr %{{.*}}, i32 0, i32 1
// CHECK-NEXT: %[[SECOND:.*]] = getelementptr inbounds %struct.anon, ptr %[[ANON]], i32 0, i32 0
// CHECK-NEXT: %[[FLAG2:.*]] = load i1, ptr %init.constructed.second
// CHECK-NEXT: br i1 %[[FLAG2]], label %[[DESTROY:.*]], label %{{.*}}
// CHECK: [[DESTROY]]:
// CHECK-NEXT: call void @_ZN5noisyD1Ev(ptr {{.*}} %[[SECOND]])
std::expected<void, int> make_pair(init pair& self, bool ok) {
  self.first = noisy{1};
  self.plain = 2;
  return try_noisy(init self.second, ok);
}
