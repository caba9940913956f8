// A later parameter's default does not make the slot usable.
struct S { int a; int b; };
void make(init S& self, int scale = 2) {
  self.a = self.b * scale; // expected-error {{'self.b' is used before it is constructed}}
  self.b = 1;
}
