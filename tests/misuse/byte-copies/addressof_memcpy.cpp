// std::addressof yields the same pointer type as '&'.
#include <cstring>
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p, void* raw) {
  std::memcpy(raw, std::addressof(p), sizeof(P)); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
