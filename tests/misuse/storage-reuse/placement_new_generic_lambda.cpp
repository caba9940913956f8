// A generic lambda that resets its argument.
#include <new>
#include <type_traits>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  auto reset = [](auto& obj) {
    using T = std::remove_reference_t<decltype(obj)>;
    ::new (static_cast<void*>(&obj)) T; // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
  };
  reset(p);
}
// expected-note@*:* 0+ {{requested here}}
