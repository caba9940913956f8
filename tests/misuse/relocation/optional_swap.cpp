// Swapping two optionals moves the objects they hold.
#include <optional>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::optional<P>& a, std::optional<P>& b) { a.swap(b); }
// expected-error@*:* {{no matching function for call to 'swap'}}
// expected-error@*:* {{no matching function for call to 'construct_at'}}
// expected-error@*:* 1+ {{cannot move object of pinned type 'P'}}
// expected-note@*:* 1+ {{candidate template ignored}}
// expected-note@*:* 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
// expected-note@*:* 0+ {{in instantiation of}}
