// A call of an init function template that omits the slot deduces nothing
// from the slot: its type comes from explicit template arguments
// ('make<T>()') or from other parameters, and the call is then a prvalue of
// that type constructed in place.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify -DERRORS %s
// RUN: %clang_cc1 -std=c++23 -ast-dump %s | FileCheck %s

struct S { int i; };
template <class T> void make(init T &self) { self = T{}; } // #make
template <class T> void make_n(init T &self, int v) { self.i = v; } // #make_n
template <class T, class U> void make_from(init T &self, U u) { self = T{u}; }
struct maker {
  template <class T> void make(init T &self) const { self = T{7}; }
};

S a = make<S>();
S b = make_n<S>(3);
S c = make_from<S>(4); // U is deduced from the argument
static_assert(__is_same(decltype(make<S>()), S));
static_assert(__is_same(decltype(make_from<S>(1L)), S));

void member(const maker &m) {
  S d = m.make<S>();
  (void)d;
}

void explicit_slot(S *p) {
  make(init *p); // T is deduced from an explicit slot
  make<S>(init *p);
}

#ifdef ERRORS
void nothing_to_deduce_from() {
  make();      // expected-error {{no matching function for call to 'make'}}
               // expected-note@#make {{candidate template ignored: couldn't infer template argument 'T'}}
  make_n<S>(); // expected-error {{no matching function for call to 'make_n'}}
               // expected-note@#make_n {{candidate function template not viable}}
}
#endif

// CHECK:      VarDecl {{.*}} a 'S' cinit
// CHECK-NEXT:   CXXInitCallExpr {{.*}} 'S'{{$}}
// CHECK-NEXT:     CallExpr {{.*}} 'void'{{$}}
// CHECK-NEXT:       ImplicitCastExpr {{.*}} 'void (*)(init S &)' <FunctionToPointerDecay>
// CHECK-NEXT:         DeclRefExpr {{.*}} 'make' 'void (init S &)' {{.*}}(FunctionTemplate {{.*}} 'make')
// CHECK-NEXT:       OpaqueValueExpr {{.*}} 'S' lvalue{{$}}
// CHECK:      VarDecl {{.*}} b 'S' cinit
// CHECK-NEXT:   CXXInitCallExpr {{.*}} 'S'{{$}}
// CHECK:      VarDecl {{.*}} c 'S' cinit
// CHECK-NEXT:   CXXInitCallExpr {{.*}} 'S'{{$}}
// CHECK:          DeclRefExpr {{.*}} 'make_from' 'void (init S &, int)'
