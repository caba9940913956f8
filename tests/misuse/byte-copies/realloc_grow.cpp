// Growing an array of pinned objects with realloc relocates them.
#include <cstdlib>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
P* grow(P* items, std::size_t n) {
  return static_cast<P*>(std::realloc(items, 2 * n * sizeof(P))); // expected-error {{argument of this 'realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
