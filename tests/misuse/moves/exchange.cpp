// std::exchange moves the old value out.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& a) { (void)std::exchange(a, P{}); }
// expected-error@*:* {{cannot move object of pinned type 'P'}}
// expected-error@*:* {{cannot move-assign object of pinned type 'P'}}
// The old value is returned by a local; reported as a copy after the move failed.
// expected-error@*:* {{cannot copy object of pinned type 'P'}}
// expected-note@*:* 0+ {{requested here}}
