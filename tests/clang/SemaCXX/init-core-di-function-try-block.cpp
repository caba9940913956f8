// A function-try-block is analyzed like any other body: falling off the end of
// a handler is a success exit, and a handler starts in any state the try block
// passes through.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -fcxx-exceptions -verify %s

struct S { int a; int b; }; // expected-note {{member 'a' is not constructed}} expected-note 2{{member 'b' is not constructed}}

void empty_handler(init S& self) try {
} catch (...) {
} // expected-error {{'self' is not fully constructed at the end of the function}}

void falls_off_try(init S& self) try {
  self.a = 1;
} catch (...) {
  throw;
} // expected-error {{'self' is not fully constructed at the end of the function}}

void rethrows(init S& self) try {
  self.a = 1;
  self.b = 2;
} catch (...) {
  throw;
}

void constructs_again(init S& self) try {
  self.a = 1;
  self.b = 2;
} catch (...) {
  self.b = 0; // expected-error {{'self.b' is constructed on some paths but not others}}
  throw;
}
