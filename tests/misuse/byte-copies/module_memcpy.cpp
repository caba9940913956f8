// memcpy of a pinned class imported from a module.
// MODULE: Inputs/bytes_mod.cppm
#include <cstring>
import bytes_mod;
// expected-note@*:* 1+ {{'frame' is declared 'pinned' here}}
void use(frame* f, const void* raw) {
  std::memcpy(f, raw, sizeof(frame)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'frame', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
