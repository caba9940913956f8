// On the Microsoft ABI the catchable-type table of a thrown pinned class
// names its user-provided copy constructor: the runtime never copies the
// object's bytes (which it does when the table has no copy function).
// RUN: %clang_cc1 -triple x86_64-windows-msvc -std=c++20 -fcxx-exceptions -fexceptions -emit-llvm -o - %s | FileCheck %s

struct [[clang::pinned]] Copyable {
  Copyable();
  Copyable(const Copyable &);
  Copyable *self;
};
struct Unpinned { Unpinned *self; };

void throw_pinned(Copyable &c) { throw c; }
void throw_unpinned(Unpinned &u) { throw u; }

// The pinned class's catchable type has its copy constructor; the trivially
// copyable one has a null copy function: the runtime copies its bytes.
// CHECK: @"_CT??_R0?AUCopyable@@@8??0Copyable@@QEAA@AEBU0@@Z8" = linkonce_odr unnamed_addr constant %eh.CatchableType { i32 0, {{.*}}, i32 0, i32 -1, i32 0, i32 8, i32 {{.*}}trunc{{.*}}@"??0Copyable@@QEAA@AEBU0@@Z"
// CHECK: @"_CT??_R0?AUUnpinned@@@88" = linkonce_odr unnamed_addr constant %eh.CatchableType { i32 0, {{.*}}, i32 0, i32 -1, i32 0, i32 8, i32 0 }
