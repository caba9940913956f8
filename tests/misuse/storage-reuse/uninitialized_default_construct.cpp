// The uninitialized_* algorithms over live objects.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use() {
  P arr[4];
  std::uninitialized_default_construct(arr, arr + 4); // expected-warning {{call to 'std::uninitialized_default_construct<P *>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
