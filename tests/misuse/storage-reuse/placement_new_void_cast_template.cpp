// A generic "reset to default" helper spelled the way generic code spells
// placement new.
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> void reset(T& obj) {
  ::new (static_cast<void*>(&obj)) T; // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
void use(P& p) { reset(p); }
// expected-note@*:* 0+ {{requested here}}
