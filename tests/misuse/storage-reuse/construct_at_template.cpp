// A generic "emplace over" helper.
#include <memory>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> void refresh(T& t) {
  std::construct_at(std::addressof(t)); // expected-warning {{call to 'std::construct_at<P>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
void use(P& p) { refresh(p); }
// expected-note@*:* 0+ {{requested here}}
