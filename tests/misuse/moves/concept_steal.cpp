// A constrained template that steals the value.
#include <concepts>
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> requires std::default_initializable<T>
T steal(T& t) {
  return std::move(t); // expected-error {{cannot move object of pinned type 'P'}}
}
void use(P& p) { (void)steal(p); }
// expected-note@*:* 0+ {{requested here}}
