// std::make_pair decays and copies.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 0+ {{'P' is declared 'pinned' here}}
void use(P& p) { auto pr = std::make_pair(1, p); (void)pr; }
// The pair's constructors are constrained on constructibility: none is viable.
// expected-error@*:* {{no matching constructor for initialization of '__pair_type' (aka 'pair<int, P>')}}
// expected-note@*:* 1+ {{candidate}}
// expected-note@*:* 1+ {{because '_S_constructible<}}
// expected-note@*:* 0+ {{in instantiation of}}
