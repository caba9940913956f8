// With _FORTIFY_SOURCE glibc wraps memcpy in an inline function calling
// __builtin___memcpy_chk; the relocation must still be seen.
// FLAGS: -O2 -D_FORTIFY_SOURCE=2
#include <string.h>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P* p, const void* raw) {
  memcpy(p, raw, sizeof(P)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
