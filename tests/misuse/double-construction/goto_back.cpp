// A goto back over a construction constructs again on the second round.
struct S { int a; };
void make(init S& self, int n) {
again:
  self.a = n; // expected-error {{'self.a' is constructed on some paths but not others}}
  if (--n > 0)
    goto again;
}
