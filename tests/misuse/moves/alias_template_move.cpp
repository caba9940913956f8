// An alias template for "owned value".
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> using owned = T;
void use(P& p) {
  owned<P> o = std::move(p); // expected-error {{cannot move object of pinned type 'P'}}
  (void)o;
}
