// CTAD deduces a pinned element type for a span-like view.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct view { T* data; unsigned n; };
template <class T> view(T*, unsigned) -> view<T>;
void use(P* p, void* raw) {
  view v{p, 2u};
  std::memcpy(raw, v.data, v.n * sizeof(*v.data)); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
