// A REINIT macro.
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
#define REINIT(obj, T) ::new (static_cast<void*>(&(obj))) T
void use(P& p) {
  REINIT(p, P); // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
