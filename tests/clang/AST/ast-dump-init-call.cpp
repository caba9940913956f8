// A call that omits the slot of an init function is a CXXInitCallExpr: a
// prvalue of the slot type over the call as written, which keeps the
// function's own return type; the slot argument is an opaque value (the
// result object). A call with an explicit slot is an ordinary call.
// RUN: %clang_cc1 -std=c++23 -ast-dump %s | FileCheck %s
// RUN: %clang_cc1 -std=c++23 -emit-pch -o %t %s
// RUN: %clang_cc1 -std=c++23 -x c++ -include-pch %t -ast-dump-all /dev/null \
// RUN:   | FileCheck %s

struct list_head { list_head *next, *prev; };
void link(init list_head &self, list_head *next);
struct maker {
  void make(init list_head &self) const;
  void operator()(init list_head &self, int) const;
};

void use(const maker &m, list_head *p) {
  list_head a = link(p);
  list_head b = m.make();
  list_head c = m(1);
  link(init *p, p);
}

// CHECK-LABEL: FunctionDecl {{.*}} use 'void (const maker &, list_head *)'
// CHECK:      VarDecl {{.*}} a 'list_head' cinit
// CHECK-NEXT:   CXXInitCallExpr {{.*}} <col:17, col:23> 'list_head'{{$}}
// CHECK-NEXT:     CallExpr {{.*}} <col:17, col:23> 'void'{{$}}
// CHECK-NEXT:       ImplicitCastExpr {{.*}} <FunctionToPointerDecay>
// CHECK-NEXT:         DeclRefExpr {{.*}} 'link'
// CHECK-NEXT:       OpaqueValueExpr {{.*}} 'list_head' lvalue{{$}}
// CHECK-NEXT:       ImplicitCastExpr {{.*}} 'list_head *' <LValueToRValue>
// CHECK:      VarDecl {{.*}} b 'list_head' cinit
// CHECK-NEXT:   CXXInitCallExpr {{.*}} <col:17, col:24> 'list_head'{{$}}
// CHECK-NEXT:     CXXMemberCallExpr {{.*}} <col:17, col:24> 'void'{{$}}
// CHECK-NEXT:       MemberExpr {{.*}} .make
// CHECK-NEXT:         DeclRefExpr {{.*}} 'm'
// CHECK-NEXT:       OpaqueValueExpr {{.*}} 'list_head' lvalue{{$}}
// CHECK:      VarDecl {{.*}} c 'list_head' cinit
// CHECK-NEXT:   CXXInitCallExpr {{.*}} <col:17, col:20> 'list_head'{{$}}
// CHECK-NEXT:     CXXOperatorCallExpr {{.*}} <col:17, col:20> 'void' '()'
// CHECK:            OpaqueValueExpr {{.*}} 'list_head' lvalue{{$}}
// CHECK-NEXT:       IntegerLiteral {{.*}} 'int' 1
// CHECK:      CallExpr {{.*}} <line:21:3, col:18> 'void'{{$}}
// CHECK:        CXXInitSlotExpr {{.*}} 'list_head' lvalue
// CHECK-NOT:  CXXInitCallExpr
