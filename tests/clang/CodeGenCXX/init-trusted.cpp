// A trusted init function tracks and rolls back nothing itself. Its caller
// learns whether a fallible call constructed the slot part it was given by
// calling the status type's has_value(), the member function Sema chose,
// and keeps or destroys that part by it; a return that forwards the call's
// status is a success exit exactly when the call succeeded.
// RUN: %clang_cc1 -std=c++23 -triple x86_64-linux-gnu -I %S/../SemaCXX/Inputs \
// RUN:   -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -triple aarch64-linux-gnu -I %S/../SemaCXX/Inputs \
// RUN:   -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s

#include "init-std-expected.h"

struct sensor { int id; ~sensor(); };
int c_sensor_init(sensor *s, int id);

[[clang::trusted_init]] std::expected<void, int> sensor_init(init sensor &self,
                                                             int id) {
  if (int err = c_sensor_init(&self, id))
    return std::unexpected(err);
  return {};
}

// CHECK-LABEL: define {{.*}} @_Z11sensor_initU4initR6sensori(
// CHECK-NOT:   init.constructed
// CHECK-NOT:   init.rollback
// CHECK-NOT:   _ZN6sensorD1Ev
// CHECK:       ret

struct pair { sensor a; sensor b; };
std::expected<void, int> make_pair(init pair &self) {
  if (auto r = sensor_init(init self.a, 1); !r)
    return r;
  return sensor_init(init self.b, 2);
}

// CHECK-LABEL: define {{.*}} @_Z9make_pairU4initR4pair(
// CHECK:       %init.constructed.a = alloca i1
// CHECK:       %init.constructed.b = alloca i1
// CHECK:       store i1 false, ptr %init.constructed.a
// CHECK:       store i1 false, ptr %init.constructed.b
// CHECK:       %a = getelementptr inbounds %struct.pair, ptr %{{.*}}, i32 0, i32 0
// CHECK-NEXT:  {{call|invoke}} {{.*}} @_Z11sensor_initU4initR6sensori(ptr {{.*}}%a, i32 {{.*}}1)
// CHECK:       %[[A_OK:.*]] = {{call|invoke}} {{.*}}i1 @_ZNKSt8expectedIviE9has_valueEv(
// CHECK:       store i1 %[[A_OK]], ptr %init.constructed.a
// CHECK:       %b = getelementptr inbounds %struct.pair, ptr %{{.*}}, i32 0, i32 1
// CHECK-NEXT:  {{call|invoke}} {{.*}} @_Z11sensor_initU4initR6sensori(ptr {{.*}}%b, i32 {{.*}}2)
// CHECK:       %[[B_OK:.*]] = {{call|invoke}} {{.*}}i1 @_ZNKSt8expectedIviE9has_valueEv(
// CHECK:       store i1 %[[B_OK]], ptr %init.constructed.b
// CHECK-NEXT:  br i1 %[[B_OK]], label %init.forwarded.success, label %init.forwarded.done
// CHECK:     init.forwarded.success:
// CHECK:       store i1 false, ptr %init.constructed.a
// CHECK-NEXT:  store i1 false, ptr %init.constructed.b
// CHECK:     init.rollback{{.*}}:
// CHECK:       call void @_ZN6sensorD1Ev(
