// Assigning a variant holding a pinned alternative from another variant.
#include <variant>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::variant<int, P>& a, std::variant<int, P>& b) { a = b; }
// expected-error@*:* 1+ {{}}
// expected-note@*:* 0+ {{}}
