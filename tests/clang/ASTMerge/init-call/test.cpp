// The AST importer carries init calls: a call that omits the slot (its
// opaque slot argument included), an explicit slot with its status test, a
// construction, and the classification of each return of a fallible init
// function.
// RUN: %clang_cc1 -std=c++23 -I %S/../../SemaCXX/Inputs -emit-pch \
// RUN:   -o %t.1.ast %S/Inputs/init-call.cpp
// RUN: %clang_cc1 -std=c++23 -ast-merge %t.1.ast -fsyntax-only -ast-dump %s \
// RUN:   | FileCheck %s

// CHECK-LABEL: FunctionDecl {{.*}} link 'void (init list_head &, list_head *)'
// CHECK:         CXXInitConstructExpr {{.*}} 'void'
// CHECK-LABEL: FunctionDecl {{.*}} made 'list_head (list_head *)'
// CHECK:         CXXInitCallExpr {{.*}} 'list_head'
// CHECK-NEXT:      CallExpr {{.*}} 'void'
// CHECK:             OpaqueValueExpr {{.*}} 'list_head' lvalue
// CHECK-LABEL: FunctionDecl {{.*}} placed 'void (list_head *)'
// CHECK:         CallExpr {{.*}} 'void'
// CHECK:           CXXInitSlotExpr {{.*}} 'list_head' lvalue{{$}}
// CHECK-LABEL: FunctionDecl {{.*}} make_two
// CHECK:         CXXInitSlotExpr {{.*}} 'list_head' lvalue status_test(CXXMethod {{.*}} 'has_value'
// CHECK:         ReturnStmt {{.*}} init_failure{{$}}
// CHECK:         ReturnStmt {{.*}} init_failure{{$}}
// CHECK:         ReturnStmt {{.*}} init_forwarded{{$}}
