// std::optional of a pinned type is pinned: its copy is rejected.
#include <optional>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::optional<P>& o) {
  std::optional<P> copy = o; // expected-error {{cannot copy object of pinned type 'std::optional<P>'}}
}
// expected-note@*:* 1+ {{is pinned because}}
