// A construction in a range-for body runs once per element.
struct S {
  int last; // expected-note {{member 'last' is not constructed}}
};
void make(init S& self, const int (&values)[3]) {
  for (int v : values)
    self.last = v; // expected-error {{'self.last' is constructed on some paths but not others}}
} // expected-error {{'self' is not fully constructed at the end of the function}}
