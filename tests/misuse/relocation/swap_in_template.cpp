// A generic sort step swaps through ADL.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}} expected-note 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
template <class T> void order(T& a, T& b) {
  using std::swap;
  if (b.v < a.v) swap(a, b); // expected-error {{no matching function for call to 'swap'}}
}
void use(P& a, P& b) { order(a, b); }
// expected-note@*:* 1+ {{candidate template ignored}}
// expected-note@*:* 0+ {{requested here}}
