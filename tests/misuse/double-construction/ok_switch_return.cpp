// Each case constructs and returns.
// expected-no-diagnostics
struct S { int a; };
void make(init S& self, int k) {
  switch (k) {
  case 0: self.a = 0; return;
  case 1: self.a = 1; return;
  }
  self.a = -1;
}
