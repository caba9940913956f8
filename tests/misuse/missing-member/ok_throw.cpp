// Leaving by an exception is a failure exit.
// expected-no-diagnostics
struct S { int a; int b; };
struct error {};
void make(init S& self, bool bad) {
  self.a = 1;
  if (bad) throw error{};
  self.b = 2;
}
