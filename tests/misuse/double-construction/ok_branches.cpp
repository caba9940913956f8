// Each path constructs each member exactly once.
// expected-no-diagnostics
struct S { int a; int b; };
void make(init S& self, int k) {
  if (k > 0) self.a = 1; else self.a = -1;
  switch (k) {
  case 0: self.b = 0; break;
  case 1: self.b = 10; break;
  default: self.b = 100; break;
  }
}
