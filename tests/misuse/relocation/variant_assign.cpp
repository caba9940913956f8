// Assigning a variant holding a pinned alternative from another variant.
#include <variant>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::variant<int, P>& a, std::variant<int, P>& b) { a = b; } // expected-error {{cannot copy-assign object of pinned type 'std::variant<int, P>'}}
// expected-note@*:* {{'std::variant<int, P>' is pinned because it contains an object of pinned type 'P'}}
