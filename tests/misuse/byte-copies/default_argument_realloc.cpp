// The pinned pointer arrives through a default argument.
#include <cstdlib>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
P* table = nullptr;
void* grow(std::size_t n, P* items = table) {
  return std::realloc(items, n * sizeof(P)); // expected-error {{argument of this 'realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
