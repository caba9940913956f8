// An array of pinned objects decays to a pointer to pinned.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(const void* raw) {
  P arr[4];
  std::memcpy(arr, raw, sizeof(arr)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
