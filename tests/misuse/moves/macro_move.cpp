// A macro hides std::move.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
#define TAKE(x) std::move(x)
void use(P& p) {
  P q = TAKE(p); // expected-error {{cannot move object of pinned type 'P'}}
  (void)q;
}
