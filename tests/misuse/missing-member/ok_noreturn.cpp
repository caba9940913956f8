// A path that ends in a noreturn call does not exit successfully.
// expected-no-diagnostics
struct S { int a; int b; };
[[noreturn]] void die();
void make(init S& self, int k) {
  self.a = k;
  if (k < 0) die();
  self.b = 1;
}
