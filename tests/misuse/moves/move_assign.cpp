// Move assignment replaces the value, at least moving the members.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& a, P& b) {
  a = std::move(b); // expected-error {{cannot move-assign object of pinned type 'P'}}
}
