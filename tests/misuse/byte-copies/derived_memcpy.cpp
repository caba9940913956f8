// The class that is memcpy'd only inherits its pinning.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Derived : P { int extra; }; // expected-note 1+ {{'Derived' is pinned because its base class 'P' is pinned}}
void use(Derived* d, const void* raw) {
  std::memcpy(d, raw, sizeof(Derived)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'Derived', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
