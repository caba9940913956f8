// decltype names the pointer type.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
extern P global;
void use(void* raw) {
  decltype(&global) where = &global;
  std::memcpy(where, raw, sizeof(global)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
