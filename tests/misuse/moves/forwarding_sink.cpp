// A perfect-forwarding sink decays and constructs a value.
#include <type_traits>
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> auto sink(T&& t) {
  return std::decay_t<T>(std::forward<T>(t)); // expected-error {{cannot move object of pinned type 'P'}}
}
void use(P& p) { (void)sink(std::move(p)); }
// expected-note@*:* 0+ {{requested here}}
