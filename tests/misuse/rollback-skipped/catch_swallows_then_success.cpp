// A handler swallows an exception thrown after a member was built and the
// function reports success.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
void may_throw();
struct S {
  L a;
  int b; // expected-note {{member 'b' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  if (auto r = try_make(init self.a); !r)
    return r;
  try {
    may_throw();
    self.b = 1;
  } catch (...) {
  }
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
