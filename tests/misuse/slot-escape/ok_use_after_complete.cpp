// Once every member is constructed the slot is an ordinary object.
// expected-no-diagnostics
struct S { int a; int b; int sum() const { return a + b; } };
int read(const S&);
void make(init S& self) {
  self.a = 1;
  self.b = self.a + 1;
  int k = read(self) + self.sum();
  auto get = [&] { return self.a; };
  self.a += k + get();
}
