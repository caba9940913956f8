// A struct whose member is pinned, moved with memmove (as an array shift would).
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Entry { int key; P value; }; // expected-note 1+ {{'Entry' is pinned because its member 'value' of type 'P' is pinned}}
void shift(Entry* entries, void* scratch) {
  std::memmove(scratch, entries, 4 * sizeof(Entry)); // expected-error {{source of this 'memmove' call is a pointer to pinned type 'Entry', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
