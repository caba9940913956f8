// A default argument decides whether a member is constructed.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
void make(init S& self, bool full = false) {
  self.a = 1;
  if (full)
    self.b = 2;
} // expected-error {{'self' is not fully constructed at the end of the function}}
