// A do-while(false) block runs once.
// expected-no-diagnostics
struct S { int a; };
void make(init S& self) {
  do { self.a = 1; } while (false);
}
