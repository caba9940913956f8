// std::make_pair decays and copies.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) { auto pr = std::make_pair(1, p); (void)pr; }
// expected-error@*:* 1+ {{}}
// expected-note@*:* 0+ {{}}
