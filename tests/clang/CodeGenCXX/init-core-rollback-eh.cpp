// An exception leaving an init function destroys the members constructed so
// far, through the landing pad, in reverse declaration order. When each member
// is constructed by a statement of the body, in declaration order, the
// rollback is the cleanup stack, as for a constructor's members: no flags.
// Otherwise (a branch, another order) flags record what is constructed.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s

struct noisy { ~noisy(); int v; };
void may_throw();
struct trio { noisy a; noisy b; noisy c; };

// CHECK-LABEL: define{{.*}} void @_Z9make_trioU4initR4trio(
// CHECK-NOT: init.constructed
// CHECK: store i32 1
// CHECK: invoke void @_Z9may_throwv()
// CHECK-NEXT: to label %{{.*}} unwind label %[[LPAD_A:.*]]
// CHECK: store i32 2
// CHECK: invoke void @_Z9may_throwv()
// CHECK-NEXT: to label %{{.*}} unwind label %[[LPAD_B:.*]]
// CHECK: store i32 3
// CHECK-NEXT: getelementptr
// CHECK-NEXT: ret void
// CHECK: [[LPAD_A]]:
// CHECK-NEXT: landingpad { ptr, i32 }
// CHECK-NEXT: cleanup
// CHECK-NOT: call
// CHECK: br label %[[DESTROY_A:.*]]
// CHECK: [[LPAD_B]]:
// CHECK-NEXT: landingpad { ptr, i32 }
// CHECK-NEXT: cleanup
// CHECK: call void @_ZN5noisyD1Ev(ptr {{.*}}%b
// CHECK-NEXT: br label %[[DESTROY_A]]
// CHECK: [[DESTROY_A]]:
// CHECK-NEXT: call void @_ZN5noisyD1Ev(ptr {{.*}}%a
// CHECK: resume
void make_trio(init trio& self) {
  self.a = noisy{1};
  may_throw();
  self.b = noisy{2};
  may_throw();
  self.c = noisy{3};
}

// CHECK-LABEL: define{{.*}} void @_Z16make_trio_branchU4initR4triob(
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
void make_trio_branch(init trio& self, bool x) {
  self.a = noisy{1};
  may_throw();
  if (x)
    self.b = noisy{2};
  else
    self.b = noisy{3};
  self.c = noisy{4};
}

// Out of declaration order: reverse construction order would not be reverse
// declaration order, so the flags decide.
// CHECK-LABEL: define{{.*}} void @_Z19make_trio_reorderedU4initR4trio(
// CHECK: store i1 true, ptr %init.constructed.b
// CHECK: store i1 true, ptr %init.constructed.a
// CHECK: load i1, ptr %init.constructed.c
void make_trio_reordered(init trio& self) {
  self.b = noisy{2};
  self.a = noisy{1};
  may_throw();
  self.c = noisy{3};
}
