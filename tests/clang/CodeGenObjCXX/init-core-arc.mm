// Under ARC, a __strong member of the slot is constructed as a constructor
// constructs it (the stored object is retained) and a rollback releases it.
// RUN: %clang_cc1 -triple x86_64-apple-macosx10.15 -fobjc-arc -fcxx-exceptions -fexceptions -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct holder { __strong id obj; int n; };
id next_object();

// CHECK-LABEL: define{{.*}} void @_Z11make_holderU4initR6holderP11objc_object(
// CHECK: %[[RETAINED:.*]] = call ptr @llvm.objc.retain(ptr %{{.*}})
// CHECK: store ptr %[[RETAINED]], ptr %obj
// CHECK: store i1 true, ptr %init.constructed.obj
// CHECK: init.rollback{{[0-9]*}}:
// CHECK: call void @llvm.objc.storeStrong(ptr %{{.*}}, ptr null)
void make_holder(init holder &self, id o) {
  self.obj = o;
  if (!next_object())
    throw 1;
  self.n = 1;
}
