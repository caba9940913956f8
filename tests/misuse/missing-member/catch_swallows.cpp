// A handler that swallows an exception and falls off the end.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
void may_throw();
void make(init S& self) {
  self.a = 1;
  try {
    may_throw();
    self.b = 2;
  } catch (...) {
  }
} // expected-error {{'self' is not fully constructed at the end of the function}}
