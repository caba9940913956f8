// The members an init function's body leaves alone are constructed from
// their defaults by implicit constructions that lead the body, in declaration
// order: a CXXDefaultInitExpr for a default member initializer, a default
// construction otherwise. They survive a PCH round trip, and the AST printer
// omits them, as it omits a constructor's implicit member initializers.
// RUN: %clang_cc1 -std=c++23 -ast-dump %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -emit-pch -o %t %s
// RUN: %clang_cc1 -std=c++23 -x c++ -include-pch %t -ast-dump-all /dev/null \
// RUN:   | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -ast-print %s | FileCheck --check-prefix=PRINT %s

struct lock_like { lock_like(); ~lock_like(); };
struct device {
  lock_like lock;
  int id;
  int retries = 3;
};
void make_device(init device &self, int id) { self.id = id; }

// CHECK-LABEL: FunctionDecl {{.*}} make_device 'void (init device &, int)'
// CHECK:      CompoundStmt
// CHECK-NEXT: |-CXXInitConstructExpr {{.*}} 'void'
// CHECK-NEXT: | |-MemberExpr {{.*}} 'lock_like' lvalue .lock
// CHECK-NEXT: | | `-DeclRefExpr {{.*}} 'device' lvalue ParmVar {{.*}} 'self' 'device &'
// CHECK-NEXT: | `-CXXConstructExpr {{.*}} 'lock_like' 'void ()'
// CHECK-NEXT: |-CXXInitConstructExpr {{.*}} 'void'
// CHECK-NEXT: | |-MemberExpr {{.*}} 'int' lvalue .retries
// CHECK-NEXT: | | `-DeclRefExpr {{.*}} 'device' lvalue ParmVar {{.*}} 'self' 'device &'
// CHECK-NEXT: | `-CXXDefaultInitExpr {{.*}} 'int'
// CHECK:      `-CXXInitConstructExpr {{.*}} 'void'
// CHECK-NEXT:   |-MemberExpr {{.*}} 'int' lvalue .id

// PRINT:      void make_device(init device &self, int id) {
// PRINT-NEXT:     self.id = id;
// PRINT-NEXT: }
