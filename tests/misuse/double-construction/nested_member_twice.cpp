// The slot is a member of the outer slot; constructed twice.
struct Inner { int v; };
void make_inner(init Inner& self) { self.v = 0; }
struct Outer { Inner in; int n; };
void make(init Outer& self) {
  self.in = Inner{1}; // expected-note {{'self.in' is constructed here}}
  make_inner(init self.in); // expected-error {{'self.in' is already constructed}}
  self.n = 0;
}
