// 'auto*' hides the pointee type.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p, void* raw) {
  auto* where = &p;
  std::memcpy(raw, where, sizeof(p)); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
