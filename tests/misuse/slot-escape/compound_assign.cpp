// '+=' reads the member first.
struct Counter { int n; };
void make(init Counter& self) {
  self.n += 1; // expected-error {{'self.n' is used before it is constructed}}
  self.n = 0;
}
