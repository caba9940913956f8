// A concept that only asks for a standard-layout type lets a pinned one in.
#include <cstring>
#include <type_traits>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> concept plain_layout = std::is_standard_layout_v<T>;
template <plain_layout T> void save(void* to, const T& from) {
  std::memcpy(to, &from, sizeof(T)); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
void use(P& p, void* raw) { save(raw, p); }
// expected-note@*:* 0+ {{requested here}}
