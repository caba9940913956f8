// A generic "replace" helper.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> void replace(T& slot, T&& value) {
  slot = std::move(value); // expected-error {{cannot move-assign object of pinned type 'P'}}
}
void use(P& a) { replace(a, P{}); }
// expected-note@*:* 0+ {{requested here}}
