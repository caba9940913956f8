// An infallible init function turns a sub-init failure into an exception.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct bad {};
struct S { L a; int b; };
void make(init S& self) {
  if (!try_make(init self.a))
    throw bad{};
  self.b = 1;
}
