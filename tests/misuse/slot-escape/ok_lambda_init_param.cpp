// Lambdas with init parameters, called without the slot.
// expected-no-diagnostics
struct S { int a; int b; };
S use() {
  auto make = [](init S& self, int v) { self.a = v; self.b = -v; };
  S s = make(3);
  (void)s;
  return make(4);
}
