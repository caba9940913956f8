// std::ranges::construct_at is a function object, not a function.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  std::ranges::construct_at(&p); // expected-warning {{call to 'std::ranges::construct_at' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
