// The C spelling ::realloc from <stdlib.h>.
#include <stdlib.h>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void* use(P* p) {
  return ::realloc(p, 2 * sizeof(P)); // expected-error {{argument of this 'realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
