// Members of the slot are constructed the way a constructor's member
// initializers construct them: bit-fields by their own storage unit, volatile
// members with volatile stores, and nothing past the data of an object that
// may be a potentially-overlapping subobject of the caller's object.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct bits { int a : 3; int b : 5; };
// CHECK-LABEL: define{{.*}} void @_Z9make_bitsU4initR4bits(
// CHECK: %bf.load = load i8, ptr
// CHECK: %bf.clear = and i8 %bf.load, -8
// CHECK: %bf.set = or i8 %bf.clear, 1
// CHECK: store i8 %bf.set
// CHECK: %bf.clear{{[0-9]+}} = and i8 %bf.load{{[0-9]+}}, 7
void make_bits(init bits &self) { self.a = 1; self.b = 2; }

struct vol { volatile int x; };
// CHECK-LABEL: define{{.*}} void @_Z8make_volU4initR3vol(
// CHECK: store volatile i32 7, ptr
void make_vol(init vol &self) { self.x = 7; }

// 'tp' is not POD for layout: 'outer::d' lives in its tail padding.
struct tp { int i; char c; tp(const tp &) = default; tp(int i) : i(i), c(0) {} };
struct outer { [[no_unique_address]] tp t; char d; };
static_assert(sizeof(tp) == 8 && sizeof(outer) == 8);

// The slot as a whole may be 'outer::t': copy its data size, not its size.
// CHECK-LABEL: define{{.*}} void @_Z7make_tpU4initR2tpRKS_(
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 4 %{{.*}}, ptr align 4 %{{.*}}, i64 5, i1 false)
void make_tp(init tp &self, const tp &o) { self = o; }

// CHECK-LABEL: define{{.*}} void @_Z10make_outerU4initR5outerRK2tp(
// CHECK: call void @llvm.memcpy.p0.p0.i64(ptr align 4 %t, ptr align 4 %{{.*}}, i64 5, i1 false)
// CHECK: store i8 1, ptr %d
void make_outer(init outer &self, const tp &o) { self.t = o; self.d = 1; }
