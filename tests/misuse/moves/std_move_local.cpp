// std::move into a new variable.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  P q = std::move(p); // expected-error {{cannot move object of pinned type 'P'}}
  (void)q;
}
