// std::array of pinned objects is pinned.
#include <array>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::array<P, 2>& a) {
  auto b = a; // expected-error {{cannot copy object of pinned type 'std::array<P, 2>'}}
  (void)b;
}
// expected-note@*:* 1+ {{is pinned because}}
