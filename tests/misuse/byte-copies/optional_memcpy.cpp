// std::optional of a pinned type is pinned.
#include <cstring>
#include <optional>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(std::optional<P>* o, void* raw) {
  std::memcpy(raw, o, sizeof(*o)); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'std::optional<P>', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
// expected-note@*:* 1+ {{is pinned because}}
