// allocator_traits::construct is how containers construct elements.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  std::allocator<P> a;
  std::allocator_traits<std::allocator<P>>::construct(a, &p); // expected-warning {{call to 'std::allocator_traits<std::allocator<P>>::construct<P>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
