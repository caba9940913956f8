// The storage is designated through std::begin.
#include <iterator>
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use() {
  P arr[2];
  std::uninitialized_value_construct_n(std::begin(arr), 2); // expected-warning {{call to 'std::uninitialized_value_construct_n<P *, int>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
