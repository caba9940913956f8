// A constructor moves its argument into a pinned member.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Holder {
  P p;
  Holder(P&& o) : p(std::move(o)) {} // expected-error {{cannot move object of pinned type 'P'}}
};
