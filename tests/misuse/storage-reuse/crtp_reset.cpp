// A CRTP base resets the derived object through a cast of 'this'.
#include <new>
template <class D> struct resettable {
  void reset() {
    ::new (static_cast<void*>(static_cast<D*>(this))) D; // expected-warning {{placement new reuses the storage of a live object of pinned type 'Conn'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
  }
};
struct [[pinned]] Conn : resettable<Conn> { Conn* self = this; }; // expected-note 1+ {{'Conn' is declared 'pinned' here}}
void use(Conn& c) { c.reset(); }
// expected-note@*:* 0+ {{requested here}}
