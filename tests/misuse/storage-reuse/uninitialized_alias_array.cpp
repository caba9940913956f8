// An alias names the array type.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
using ring = P[8];
void use() {
  ring r;
  std::uninitialized_value_construct(r, r + 8); // expected-warning {{call to 'std::uninitialized_value_construct<P *>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
