// A generic lambda that snapshots bytes.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  unsigned char bytes[sizeof(P)];
  auto save = [&](const auto* obj) {
    std::memcpy(bytes, obj, sizeof(*obj)); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
  };
  save(&p);
}
// expected-note@*:* 0+ {{requested here}}
