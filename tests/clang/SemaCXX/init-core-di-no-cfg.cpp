// The analysis never gives up silently: a body it cannot build a control-flow
// graph for is an error, not an unchecked init function.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -triple x86_64-windows-msvc -fms-extensions -verify %s

struct S { int a; };

void seh_finally(init S& self) {
  __try { // expected-error@-1 {{cannot check that 'self' is initialized: Clang cannot build a control-flow graph for this function}}
    self.a = 1;
  } __finally {
  }
}
