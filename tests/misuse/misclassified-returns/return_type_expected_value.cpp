// An init function that returns a value on success.
#include <expected>
struct S { int a; };
std::expected<int, int> make(init S& self); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
