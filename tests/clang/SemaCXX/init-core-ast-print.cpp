// The AST printer shows init parameters, explicit slots and constructions as written, and omits the implicit result-object slot.
// RUN: %clang_cc1 -std=c++23 -ast-print %s | FileCheck %s

struct S { int a; };
void make(init S& self) { self.a = 1; }
void use(S* p) { make(init *p); S s = make(); }
// CHECK: void make(init S &self) {
// CHECK-NEXT: self.a = 1;
// CHECK: make(init *p);
// CHECK-NEXT: S s = make();
