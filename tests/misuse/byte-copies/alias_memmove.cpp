// The pointer type is spelled through an alias.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
using handle_ptr = P*;
void use(handle_ptr h, const void* raw) {
  std::memmove(h, raw, sizeof(P)); // expected-error {{destination for this 'memmove' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
