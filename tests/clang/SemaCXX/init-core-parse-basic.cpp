// An init parameter is the first parameter, spelled with the contextual keyword 'init'.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

// expected-no-diagnostics
struct S { int a; };
void f(init S& self);
void g(init S& self, int x, double y);
