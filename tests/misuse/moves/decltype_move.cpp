// decltype names the type; std::move makes it a move.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  decltype(P{}) q(std::move(p)); // expected-error {{cannot move object of pinned type 'P'}}
  (void)q;
}
