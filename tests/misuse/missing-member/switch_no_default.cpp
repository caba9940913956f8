// A switch without a default case skips the construction.
enum class mode { a, b, c };
struct S {
  int v; // expected-note {{member 'v' is not constructed}}
};
void make(init S& self, mode m) {
  switch (m) {
  case mode::a: self.v = 1; break;
  case mode::b: self.v = 2; break;
  case mode::c: break;
  }
} // expected-error {{'self' is not fully constructed at the end of the function}}
