// Assignment after construction is an ordinary assignment.
// expected-no-diagnostics
struct S { int a; int b; };
void make(init S& self) {
  self.a = 1;
  self.b = 2;
  self.a = 3;
  self.b += self.a;
}
