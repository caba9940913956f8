// The BSD bcopy is a relocation too (source first).
#include <strings.h>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P* p, void* raw) {
  bcopy(p, raw, sizeof(P)); // expected-error {{source of this 'bcopy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
