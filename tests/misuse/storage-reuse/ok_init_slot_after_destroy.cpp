// An explicit init slot over storage whose object was destroyed first.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
void make(init P& self) { self.self = &self; self.v = 0; }
void use(P* raw) {
  P x = make();
  x.~P();
  make(init *&x);
  make(init *raw);
}
