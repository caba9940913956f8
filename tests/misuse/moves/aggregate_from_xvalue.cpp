// Aggregate initialization of a member from an xvalue.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct Box { T value; };
void use(P& p) {
  Box<P> b{std::move(p)}; // expected-error {{cannot move object of pinned type 'P'}}
  (void)b;
}
