// A base class subobject constructed by an init function is built by the
// base-object constructor at its offset in the slot, and rolled back by the
// base-object destructor, after the members, when a later step throws.
// RUN: %clang_cc1 -std=c++23 -triple x86_64-linux-gnu -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -triple aarch64-linux-gnu -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s

struct first { long a; first(); ~first(); };
struct [[clang::pinned]] second { long b; explicit second(int); ~second(); };
struct member { member(); ~member(); };
struct derived : first, second { member m; };
void may_throw();

// CHECK-LABEL: define{{.*}} void @_Z4makeU4initR7derived(ptr {{.*}}sret(%struct.derived)
// The base with a default, constructed on entry, at offset 0:
// CHECK:       store i1 false, ptr %init.constructed.m
// CHECK-NEXT:  %[[S0:.*]] = load ptr, ptr %self.addr
// CHECK-NEXT:  invoke void @_ZN5firstC2Ev(ptr {{[^,]*}} %[[S0]])
// CHECK:       store i1 true, ptr %init.constructed.first
// The explicitly constructed base, at offset 8:
// CHECK-NEXT:  %[[S1:.*]] = load ptr, ptr %self.addr
// CHECK-NEXT:  %[[B:.*]] = getelementptr inbounds i8, ptr %[[S1]], i64 8
// CHECK-NEXT:  invoke void @_ZN6secondC2Ei(ptr {{[^,]*}} %[[B]], i32 noundef 2)
// CHECK:       store i1 true, ptr %init.constructed.second
// Rollback: the member, then the bases in reverse declaration order.
// CHECK:       load i1, ptr %init.constructed.m
// CHECK:       call void @_ZN6memberD1Ev(
// CHECK:       load i1, ptr %init.constructed.second
// CHECK:       call void @_ZN6secondD2Ev(
// CHECK:       load i1, ptr %init.constructed.first
// CHECK:       call void @_ZN5firstD2Ev(
void make(init derived &self) {
  static_cast<second &>(self) = second(2);
  may_throw();
  self.m = member();
  may_throw();
}
