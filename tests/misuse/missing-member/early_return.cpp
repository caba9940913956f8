// An early return leaves a member unconstructed.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
void make(init S& self, bool early) {
  self.a = 1;
  if (early)
    return; // expected-error {{'self' is not fully constructed at this return}}
  self.b = 2;
}
