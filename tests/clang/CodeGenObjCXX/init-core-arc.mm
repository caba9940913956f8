// Under ARC, a __strong member of the slot is constructed as a constructor
// constructs it (the stored object is retained) and a rollback releases it,
// through the cleanup stack or a flag.
// RUN: %clang_cc1 -triple x86_64-apple-macosx10.15 -fobjc-arc -fcxx-exceptions -fexceptions -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct holder { __strong id obj; int n; };
id next_object();

// Constructed by a statement of the body: the rollback is an EH cleanup, as
// for a constructor's member.
// CHECK-LABEL: define{{.*}} void @_Z11make_holderU4initR6holderP11objc_object(
// CHECK-NOT: init.constructed
// CHECK: %[[RETAINED:.*]] = call ptr @llvm.objc.retain(ptr %{{.*}})
// CHECK: store ptr %[[RETAINED]], ptr %obj
// CHECK: landingpad
// CHECK: call void @llvm.objc.storeStrong(ptr %obj{{[0-9]*}}, ptr null)
// CHECK: resume
void make_holder(init holder &self, id o) {
  self.obj = o;
  if (!next_object())
    throw 1;
  self.n = 1;
}

// Constructed in a branch: a flag records it, and the rollback releases it.
// CHECK-LABEL: define{{.*}} void @_Z18make_holder_branchU4initR6holderP11objc_objectb(
// CHECK: %[[RETAINED:.*]] = call ptr @llvm.objc.retain(ptr %{{.*}})
// CHECK: store ptr %[[RETAINED]], ptr %obj
// CHECK: store i1 true, ptr %init.constructed.obj
// CHECK: init.rollback{{[0-9]*}}:
// CHECK: call void @llvm.objc.storeStrong(ptr %{{.*}}, ptr null)
void make_holder_branch(init holder &self, id o, bool b) {
  if (b)
    self.obj = o;
  else
    self.obj = next_object();
  if (!next_object())
    throw 1;
  self.n = 1;
}
