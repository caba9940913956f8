// An exception leaving an init function destroys the members constructed so far,
// through the landing pad, in reverse declaration order.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s

struct noisy { ~noisy(); int v; };
void may_throw();
struct trio { noisy a; noisy b; noisy c; };

// CHECK-LABEL: define{{.*}} void @_Z9make_trioU4initR4trio(
// CHECK: store i1 true, ptr %init.constructed.a
// CHECK: invoke void @_Z9may_throwv()
// CHECK-NEXT: to label %{{.*}} unwind label %[[LPAD:.*]]
// CHECK: [[LPAD]]:
// CHECK-NEXT: landingpad { ptr, i32 }
// CHECK-NEXT: cleanup
// CHECK: load i1, ptr %init.constructed.c
// CHECK: call void @_ZN5noisyD1Ev(
// CHECK: load i1, ptr %init.constructed.b
// CHECK: call void @_ZN5noisyD1Ev(
// CHECK: load i1, ptr %init.constructed.a
// CHECK: call void @_ZN5noisyD1Ev(
// CHECK: resume
void make_trio(init trio& self) {
  self.a = noisy{1};
  may_throw();
  self.b = noisy{2};
  self.c = noisy{3};
}
