// A member constructed only inside a while loop that may not run.
struct S {
  int a; // expected-note {{member 'a' is not constructed}}
};
void make(init S& self, int n) {
  while (n > 100) {
    self.a = n;
    break;
  }
} // expected-error {{'self' is not fully constructed at the end of the function}}
