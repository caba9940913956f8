// A TRY macro in the style of kernel code.
// expected-no-diagnostics
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
#define TRY(call) do { if (auto r_ = (call); !r_) return r_; } while (0)
struct T { L a; L b; };
std::expected<void, int> make(init T& self) {
  TRY(try_make(init self.a));
  TRY(try_make(init self.b));
  return {};
}
