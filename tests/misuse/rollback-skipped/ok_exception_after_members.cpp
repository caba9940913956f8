// An exception after some members is a failure exit; they are rolled back.
// expected-no-diagnostics
struct S { int a; int b; };
int compute();
void make(init S& self) {
  self.a = 1;
  self.b = compute();
}
