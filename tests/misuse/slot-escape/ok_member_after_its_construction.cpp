// A member may be read as soon as it is constructed.
// expected-no-diagnostics
struct S { int a; int b; int c; };
void make(init S& self, int v) {
  self.a = v;
  self.b = self.a * 2;
  self.c = self.a + self.b;
}
