// A default argument moves a global object into the parameter.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
P fallback;
void configure(P p = std::move(fallback)); // expected-error {{cannot move object of pinned type 'P'}} expected-note {{passing argument to parameter 'p' here}}
