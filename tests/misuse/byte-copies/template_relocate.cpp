// A generic "relocate" helper that copies bytes.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> void relocate(T* to, void* from) {
  std::memcpy(to, from, sizeof(T)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
void use(P* p, void* raw) { relocate(p, raw); }
// expected-note@*:* 0+ {{requested here}}
