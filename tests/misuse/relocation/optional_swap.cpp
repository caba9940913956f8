// Swapping two optionals moves the objects they hold.
#include <optional>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::optional<P>& a, std::optional<P>& b) { a.swap(b); }
// expected-error@*:* 1+ {{}}
// expected-note@*:* 0+ {{}}
