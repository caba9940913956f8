// The same call inside a template.
#include <expected>
struct L { L* n; };
std::expected<void, int> try_make(init L& self);
struct S { L a; };
template <class T> T build() {
  return try_make(); // expected-error {{a fallible init function cannot be called without an 'init' argument}}
}
L use() { return build<L>(); }
// expected-note@*:* 0+ {{requested here}}
