// A member constructed only when a condition holds.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
void make(init S& self, int k) {
  self.a = k;
  if (k > 0)
    self.b = k;
} // expected-error {{'self' is not fully constructed at the end of the function}}
