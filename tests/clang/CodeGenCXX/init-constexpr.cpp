// A global initialized by a constexpr init function is constant-initialized:
// its pointers to itself are in the object file, and no dynamic initializer
// runs. One that the evaluator cannot fold is initialized at run time by a
// call with the global as the slot.
// RUN: %clang_cc1 -std=c++23 -triple x86_64-linux-gnu -emit-llvm -o - %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -triple aarch64-linux-gnu -emit-llvm -o - %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -triple x86_64-linux-gnu -emit-llvm -o - %s -fexperimental-new-constant-interpreter | FileCheck %s

struct [[clang::pinned]] list_head { list_head *next; list_head *prev; };
constexpr void make_list(init list_head &self) {
  self.next = &self;
  self.prev = &self;
}
constinit list_head run_queue = make_list();
// CHECK: @run_queue = global %struct.list_head { ptr @run_queue, ptr @run_queue }

struct counters { int hits = 0; int limit; list_head waiters; };
constexpr void make_counters(init counters &self, int limit) {
  self.limit = limit;
  make_list(init self.waiters);
}
counters stats = make_counters(8);
// CHECK: @stats = global %struct.counters { i32 0, i32 8, %struct.list_head { ptr getelementptr (i8, ptr @stats, i64 8), ptr getelementptr (i8, ptr @stats, i64 8) } }

int runtime_limit();
counters dynamic = make_counters(runtime_limit());
// CHECK: @dynamic = global %struct.counters zeroinitializer

// CHECK-LABEL: define internal void @__cxx_global_var_init()
// CHECK-NEXT:  entry:
// CHECK-NEXT:    %[[L:.*]] = call noundef i32 @_Z13runtime_limitv()
// CHECK:         call void @_Z13make_countersU4initR8countersi(ptr sret(%struct.counters) align {{[0-9]+}} @dynamic, i32 noundef %[[L]])
// CHECK-NEXT:    ret void
// CHECK-NOT: @run_queue
// CHECK-NOT: @stats
