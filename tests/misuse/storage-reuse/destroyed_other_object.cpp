// Destroying a different object does not make this one's storage free.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& a, P& b) {
  std::destroy_at(&b);
  std::construct_at(&a); // expected-warning {{call to 'std::construct_at<P>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
