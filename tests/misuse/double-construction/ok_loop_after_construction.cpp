// Loops that read constructed members.
// expected-no-diagnostics
struct S { int a; int b; };
void make(init S& self, int n) {
  self.a = 0;
  int sum = 0;
  while (n-- > 0) { sum += self.a; if (sum > 10) break; }
  self.b = sum;
}
