// glibc's mempcpy.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void* use(void* raw, P* p) {
  return mempcpy(raw, p, sizeof(P)); // expected-error {{source of this 'mempcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
