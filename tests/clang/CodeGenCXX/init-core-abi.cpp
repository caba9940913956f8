// An infallible init function takes its slot where a function returning the slot type
// in memory takes its result pointer (sret), so omitting the slot costs what returning
// by value costs; the mangled name carries the vendor qualifier U4init.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s
// RUN: %clang_cc1 -triple aarch64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct [[pinned]] list_head { list_head *next, *prev; };

// CHECK-LABEL: define{{.*}} void @_Z9make_listU4initR9list_head(ptr noundef nonnull sret(%struct.list_head) align 8 dereferenceable(16) %self)
// CHECK-NOT: alloca %struct.list_head
// CHECK: ret void
void make_list(init list_head& self) { self.next = &self; self.prev = &self; }

// A pointer to an init function keeps init-ness in its mangled type.
// CHECK-LABEL: define{{.*}} void @_Z4takePFvU4initR9list_headE(ptr noundef %fn)
void take(void (*fn)(init list_head&)) {}

// Calling through the pointer passes the slot as sret too.
// CHECK-LABEL: define{{.*}} void @_Z7through
// CHECK: call void %{{.*}}(ptr noundef nonnull sret(%struct.list_head) align 8 dereferenceable(16) %h)
void through(void (*fn)(init list_head&)) { list_head h = fn(); }
