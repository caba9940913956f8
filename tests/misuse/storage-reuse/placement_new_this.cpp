// A member function "reinitializes" itself with placement new.
#include <new>
struct [[pinned]] Conn { // expected-note 1+ {{'Conn' is declared 'pinned' here}}
  Conn* self = this;
  void reopen() {
    new (this) Conn; // expected-warning {{placement new reuses the storage of a live object of pinned type 'Conn'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
  }
};
