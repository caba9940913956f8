// std::swap exchanges two objects by moving them.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}} expected-note 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
void use(P& a, P& b) {
  std::swap(a, b); // expected-error {{no matching function for call to 'swap'}}
}
// expected-note@*:* 1+ {{candidate template ignored}}
