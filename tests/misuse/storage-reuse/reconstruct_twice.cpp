// After destroy-then-construct the object is alive again: a second
// construction reuses live storage.
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  p.~P();
  ::new (static_cast<void*>(&p)) P;
  ::new (static_cast<void*>(&p)) P; // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
