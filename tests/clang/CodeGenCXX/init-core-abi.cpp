// An infallible init function 'void f(init T &self, A...)' has the calling
// convention of 'T f(A...)' for a T returned in memory: the slot is where that
// function's result pointer goes, on every target and C++ ABI (first on
// Itanium, after 'this' on Microsoft, 'inreg' on Windows on Arm). A T the
// target would return in registers is returned in memory all the same: the
// slot is the final object. Only optimization attributes differ from those of
// a result pointer (see make_list). The Itanium mangled name carries the
// vendor qualifier U4init.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,ITANIUM
// RUN: %clang_cc1 -triple aarch64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,ITANIUM
// RUN: %clang_cc1 -triple i386-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,ITANIUM
// RUN: %clang_cc1 -triple x86_64-windows-msvc -std=c++23 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,MSVC
// RUN: %clang_cc1 -triple aarch64-windows-msvc -std=c++23 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,MSVC

struct [[pinned]] list_head { list_head *next, *prev; };
struct pod { int a; };

list_head value_of(int k);
void slot_of(init list_head &self, int k);
void pod_slot(init pod &self, int k);

struct S {
  list_head value_of(int k);
  void slot_of(init list_head &self, int k);
    void pod_slot(init pod &self, int k);
};

// Each init function is declared with the parameters of the function returning
// its slot type ('pod' as if it could not be copied), less the attributes that
// let the optimizer write to the whole of a result object (see make_list).
// CHECK-LABEL: define{{.*}} void @{{[^(]*}}calls{{[^(]*}}(
void calls(S &s) {
  list_head a = value_of(1);
  list_head b = slot_of(1);
  list_head c = s.value_of(1);
  list_head d = s.slot_of(1);
  pod p = pod_slot(1);
  pod q = s.pod_slot(1);
}
// CHECK: declare {{.*}}void @{{[^(]*}}value_of{{[^(]*}}([[A:.*]]ptr dead_on_unwind [[INREG:(inreg )?]]writable sret([[B:.*]]) #
// CHECK: declare {{.*}}void @{{[^(]*}}slot_of{{[^(]*}}([[A]]ptr [[INREG]]sret([[B]]) #
// CHECK: declare {{.*}}void @{{[^(]*}}value_of{{[^(]*}}([[C:.*]]ptr dead_on_unwind [[INREG]]writable sret([[D:.*]]) #
// CHECK: declare {{.*}}void @{{[^(]*}}slot_of{{[^(]*}}([[C]]ptr [[INREG]]sret([[D]]) #
// CHECK: declare {{.*}}void @{{[^(]*}}pod_slot{{[^(]*}}(ptr [[INREG]]sret(%struct.pod) align 4, i32 noundef) #
// ITANIUM: declare {{.*}}void @{{[^(]*}}pod_slot{{[^(]*}}(ptr sret(%struct.pod) align 4, ptr noundef nonnull align 1 dereferenceable(1), i32 noundef) #
// MSVC: declare {{.*}}void @{{[^(]*}}pod_slot{{[^(]*}}(ptr noundef nonnull align 1 dereferenceable(1), ptr [[INREG]]sret(%struct.pod) align 4, i32 noundef) #

// The definition: the slot is the result pointer, named after the parameter.
// Unlike a result object, it may be reached through other pointers the caller
// passes, and it may be a potentially-overlapping member whose tail padding
// holds another member: no 'noalias', 'writable' or 'dead_on_unwind'.
// CHECK-LABEL: define{{.*}} void @{{[^(]*}}make_list{{[^(]*}}(ptr {{(inreg )?}}sret(%struct.list_head) align {{[48]}} %self)
// CHECK-NOT: alloca %struct.list_head
// CHECK: ret void
void make_list(init list_head &self) { self.next = &self; self.prev = &self; }

// ITANIUM-LABEL: define{{.*}} void @_ZN4defs7slot_ofEU4initR9list_headi(ptr sret(%struct.list_head) align {{[48]}} %self, ptr noundef nonnull align 1 dereferenceable(1) %this, i32 noundef %k)
// MSVC-LABEL: define{{.*}} void @"?slot_of@defs@@QEAAXAEAUlist_head@@U__init_param@__clang@@H@Z"(ptr noundef nonnull align 1 dereferenceable(1) %this, ptr {{(inreg )?}}sret(%struct.list_head) align 8 %self, i32 noundef %k)
struct defs {
  void slot_of(init list_head &self, int k);
};
void defs::slot_of(init list_head &self, int k) {
  self.next = &self;
  self.prev = &self;
}

// A pointer to an init function keeps init-ness in its mangled type.
// ITANIUM-LABEL: define{{.*}} void @_Z4takePFvU4initR9list_headE(ptr noundef %fn)
void take(void (*fn)(init list_head&)) {}

// Calling through the pointer passes the slot as the result pointer too.
// CHECK-LABEL: define{{.*}} void @{{[^(]*}}through{{[^(]*}}(
// CHECK: call void %{{.*}}(ptr {{(inreg )?}}sret(%struct.list_head) align {{[48]}} %h)
void through(void (*fn)(init list_head&)) { list_head h = fn(); }
