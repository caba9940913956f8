// The object is destroyed on one path only, then its storage is reused on
// both.
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p, bool c) {
  if (c)
    p.~P();
  ::new (static_cast<void*>(&p)) P; // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
