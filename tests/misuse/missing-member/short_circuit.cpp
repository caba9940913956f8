// && splits paths like any branch.
struct S {
  int a; // expected-note {{member 'a' is not constructed}}
  int b;
};
bool ready();
void make(init S& self, bool c) {
  if (c && ready())
    self.a = 1;
  self.b = 2;
} // expected-error {{'self' is not fully constructed at the end of the function}}
