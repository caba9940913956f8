// The builtin spelling.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P* p, const void* raw) {
  __builtin_memcpy(p, raw, sizeof(P)); // expected-error {{destination for this '__builtin_memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
