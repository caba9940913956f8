// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++20 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,X86
// RUN: %clang_cc1 -triple aarch64-linux-gnu -std=c++20 -emit-llvm -o - %s | FileCheck %s --check-prefixes=CHECK,ARM

// A pinned object passed or returned by value lives in memory the caller owns
// and the callee sees at the same address: never in registers, never copied.
struct [[pinned]] Pinned { Pinned *self; long value; };
struct Unpinned { Unpinned *self; long value; };
struct [[pinned]] SmallPinned { int x; };
struct SmallUnpinned { int x; };
struct HoldsPinned { SmallPinned inner; };

// CHECK-LABEL: define{{.*}} void @_Z11take_pinned6Pinned(ptr noundef %p)
void take_pinned(Pinned p) {}
// X86-LABEL: define{{.*}} void @_Z13take_unpinned8Unpinned(ptr %u.coerce0, i64 %u.coerce1)
// ARM-LABEL: define{{.*}} void @_Z13take_unpinned8Unpinned([2 x i64] %u.coerce)
void take_unpinned(Unpinned u) {}
// CHECK-LABEL: define{{.*}} void @_Z10take_small11SmallPinned(ptr noundef %p)
void take_small(SmallPinned p) {}
// X86-LABEL: define{{.*}} void @_Z12take_small_u13SmallUnpinned(i32 %u.coerce)
// ARM-LABEL: define{{.*}} void @_Z12take_small_u13SmallUnpinned(i64 %u.coerce)
void take_small_u(SmallUnpinned u) {}
// CHECK-LABEL: define{{.*}} void @_Z11take_holder11HoldsPinned(ptr noundef %h)
void take_holder(HoldsPinned h) {}

// The result is built directly in the caller's slot.
// CHECK-LABEL: define{{.*}} void @_Z11make_pinnedv(ptr dead_on_unwind noalias writable sret(%struct.Pinned) align 8 %agg.result)
// CHECK-NOT: alloca %struct.Pinned
// CHECK: getelementptr inbounds %struct.Pinned, ptr %agg.result, i32 0, i32 0
// CHECK-NOT: memcpy
// CHECK: ret void
Pinned make_pinned() { return Pinned{nullptr, 1}; }
// X86-LABEL: define{{.*}} { ptr, i64 } @_Z13make_unpinnedv()
// ARM-LABEL: define{{.*}} [2 x i64] @_Z13make_unpinnedv()
Unpinned make_unpinned() { return Unpinned{}; }
// CHECK-LABEL: define{{.*}} void @_Z10make_smallv(ptr dead_on_unwind noalias writable sret(%struct.SmallPinned)
SmallPinned make_small() { return SmallPinned{7}; }

// The caller materializes the argument once and passes its address: no copy.
// CHECK-LABEL: define{{.*}} void @_Z6callerv()
// CHECK: %[[TMP:.*]] = alloca %struct.Pinned
// CHECK: call void @_Z11make_pinnedv(ptr {{.*}}sret(%struct.Pinned){{.*}} %[[TMP]])
// CHECK-NOT: memcpy
// CHECK: call void @_Z11take_pinned6Pinned(ptr noundef %[[TMP]])
// CHECK: ret void
void caller() { take_pinned(make_pinned()); }
