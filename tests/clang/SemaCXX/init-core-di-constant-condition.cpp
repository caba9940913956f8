// Constant conditions: an edge that a constant condition rules out is never
// taken, so a construction only on that edge does not count, and a
// construction on the other edge happens on every path. (The analysis used
// to crash on the pruned edges.)
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; }; // expected-note 2 {{member 'a' is not constructed}}

void taken(init S& self) {
  if (true)
    self.a = 1;
}

void loop_never_runs(init S& self) {
  while (false) {
  }
  do {
    self.a = 1;
  } while (false);
}

void size_condition(init S& self) {
  if (sizeof(int) >= 2)
    self.a = 1;
  else
    return; // never taken: not an incomplete exit
}

void not_taken(init S& self) {
  if (false)
    self.a = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}

void loop_body_never_runs(init S& self) {
  while (false)
    self.a = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}
