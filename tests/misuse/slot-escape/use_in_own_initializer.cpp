// A member initialized from the slot as a whole.
struct S { int a; long sum; };
long total(const S& s);
void make(init S& self) {
  self.a = 1;
  self.sum = total(self); // expected-error {{'self' is used before it is constructed}}
}
