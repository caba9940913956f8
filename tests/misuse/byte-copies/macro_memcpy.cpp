// A COPY_STRUCT macro of the kind C code carries around.
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
#define COPY_STRUCT(dst, src) std::memcpy((dst), (src), sizeof(*(src)))
void use(void* raw, P* p) {
  COPY_STRUCT(raw, p); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
