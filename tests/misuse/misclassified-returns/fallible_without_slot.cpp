// A fallible init function called without a slot: nothing could report the
// failure to the caller.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
void use() {
  L l = try_make(); // expected-error {{a fallible init function cannot be called without an 'init' argument}}
}
