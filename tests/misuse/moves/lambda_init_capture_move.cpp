// An init-capture moves the object into the closure.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
int use(P& p) {
  auto f = [q = std::move(p)] { return q.v; }; // expected-error {{cannot move object of pinned type 'P'}} expected-error {{use of undeclared identifier 'q'}}
  return f();
}
