// memcpy called through a function pointer: the implicit conversion to void*
// happens at the call as usual, but no builtin is named.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P* p, const void* raw) {
  auto* copy = &std::memcpy;
  copy(p, raw, sizeof(P)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
