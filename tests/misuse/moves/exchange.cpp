// std::exchange moves the old value out.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& a) { (void)std::exchange(a, P{}); }
// expected-error@*:* {{cannot move object of pinned type 'P'}}
// expected-error@*:* 0+ {{cannot move-assign object of pinned type 'P'}}
// expected-note@*:* 0+ {{requested here}}
