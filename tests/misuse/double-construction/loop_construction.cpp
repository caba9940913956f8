// A construction inside a loop body runs more than once (and not at all
// when the loop does not run).
struct S {
  int a; // expected-note {{member 'a' is not constructed}}
};
void make(init S& self, int n) {
  for (int i = 0; i < n; ++i)
    self.a = i; // expected-error {{'self.a' is constructed on some paths but not others}}
} // expected-error {{'self' is not fully constructed at the end of the function}}
