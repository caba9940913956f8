// Constructed on one branch, then constructed unconditionally.
struct S { int a; int b; };
void make(init S& self, bool c) {
  if (c)
    self.a = 1;
  self.a = 2; // expected-error {{'self.a' is constructed on some paths but not others}}
  self.b = 3;
}
