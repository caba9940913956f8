// uninitialized_value_construct_n over a live array element.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use() {
  P arr[4];
  std::uninitialized_value_construct_n(&arr[1], 2); // expected-warning {{call to 'std::uninitialized_value_construct_n<P *, int>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
