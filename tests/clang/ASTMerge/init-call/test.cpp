// The AST importer carries init calls: a call that omits the slot (its
// opaque slot argument included), an explicit slot and a construction.
// RUN: %clang_cc1 -std=c++23 -emit-pch -o %t.1.ast %S/Inputs/init-call.cpp
// RUN: %clang_cc1 -std=c++23 -ast-merge %t.1.ast -fsyntax-only -ast-dump %s \
// RUN:   | FileCheck %s

// CHECK-LABEL: FunctionDecl {{.*}} link 'void (init list_head &, list_head *)'
// CHECK:         CXXInitSlotExpr {{.*}} 'void'
// CHECK-LABEL: FunctionDecl {{.*}} made 'list_head (list_head *)'
// CHECK:         CXXInitCallExpr {{.*}} 'list_head'
// CHECK-NEXT:      CallExpr {{.*}} 'void'
// CHECK:             OpaqueValueExpr {{.*}} 'list_head' lvalue
// CHECK-LABEL: FunctionDecl {{.*}} placed 'void (list_head *)'
// CHECK:         CallExpr {{.*}} 'void'
// CHECK:           CXXInitSlotExpr {{.*}} 'list_head' lvalue
