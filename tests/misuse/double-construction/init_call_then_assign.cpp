// A member built by an init call, then constructed again.
struct L { L* n; };
void make_l(init L& self) { self.n = &self; }
struct S { L l; };
void make(init S& self) {
  make_l(init self.l); // expected-note {{'self.l' is constructed here}}
  self.l = make_l(); // expected-error {{'self.l' is already constructed}}
}
