// A call that omits the slot constructs its result object directly, in every prvalue
// context: no temporary of the slot type and no copy.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++23 -emit-llvm -o - %s | FileCheck %s

struct [[pinned]] list_head { list_head *next, *prev; };
void make_list(init list_head& self);
struct two { list_head a; list_head b; int n; };
void take(list_head l);

// CHECK-LABEL: define{{.*}} void @_Z8variablev()
// CHECK: %h = alloca %struct.list_head
// CHECK-NEXT: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %h)
// CHECK-NOT: memcpy
// CHECK: ret void
void variable() { list_head h = make_list(); }

// CHECK-LABEL: define{{.*}} ptr @_Z4heapv()
// CHECK: %[[MEM:.*]] = call noalias noundef nonnull ptr @_Znwm(i64 noundef 16)
// CHECK-NEXT: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %[[MEM]])
// CHECK-NOT: memcpy
list_head* heap() { return new list_head(make_list()); }

// CHECK-LABEL: define{{.*}} void @_Z8returnedv(ptr dead_on_unwind noalias writable sret(%struct.list_head) align 8 %agg.result)
// CHECK: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %agg.result)
// CHECK-NOT: memcpy
// CHECK: ret void
list_head returned() { return make_list(); }

// CHECK-LABEL: define{{.*}} void @_Z8argumentv()
// CHECK: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %[[ARG:.*]])
// CHECK-NEXT: call void @_Z4take9list_head(ptr noundef %[[ARG]])
// CHECK-NOT: memcpy
void argument() { take(make_list()); }

// Aggregate elements: each call gets the address of its element.
// CHECK-LABEL: define{{.*}} void @_Z9aggregatev()
// CHECK: %[[A:.*]] = getelementptr inbounds %struct.two, ptr %t, i32 0, i32 0
// CHECK-NEXT: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %[[A]])
// CHECK: %[[B:.*]] = getelementptr inbounds %struct.two, ptr %t, i32 0, i32 1
// CHECK-NEXT: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %[[B]])
// CHECK-NOT: memcpy
void aggregate() { two t{make_list(), make_list(), 2}; }

// Inside an init function: a member constructed from a prvalue, and through an
// explicit slot, both at the member's address.
// CHECK-LABEL: define{{.*}} void @_Z8make_twoU4initR3two(ptr sret(%struct.two) align 8 %self)
// CHECK: %[[MA:.*]] = getelementptr inbounds %struct.two, ptr %{{.*}}, i32 0, i32 0
// CHECK-NEXT: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %[[MA]])
// CHECK: %[[MB:.*]] = getelementptr inbounds %struct.two, ptr %{{.*}}, i32 0, i32 1
// CHECK-NEXT: call void @_Z9make_listU4initR9list_head(ptr sret(%struct.list_head) align 8 %[[MB]])
// CHECK-NOT: memcpy
// CHECK: ret void
void make_two(init two& self) {
  make_list(init self.a);
  self.b = make_list();
  self.n = 2;
}
