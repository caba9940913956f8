// One branch delegates to an init function, the other assigns a prvalue.
// expected-no-diagnostics
struct [[pinned]] L { L* n; };
void make_l(init L& self) { self.n = &self; }
struct S { L l; };
void make(init S& self, bool c) {
  if (c) make_l(init self.l);
  else self.l = make_l();
}
