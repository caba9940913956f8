// Early returns after everything is constructed.
// expected-no-diagnostics
struct S { int a; int b; };
void make(init S& self, int k) {
  self.a = k;
  if (k == 0) { self.b = 0; return; }
  self.b = 1;
}
