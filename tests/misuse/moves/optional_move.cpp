// Moving a std::optional moves the object it holds.
#include <optional>
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::optional<P>& o) {
  std::optional<P> m = std::move(o); // expected-error {{cannot move object of pinned type 'std::optional<P>'}}
}
// expected-note@*:* 1+ {{is pinned because}}
