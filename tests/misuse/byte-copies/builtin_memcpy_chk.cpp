// The fortified builtin spelled directly.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P* p, const void* raw) {
  __builtin___memcpy_chk(p, raw, sizeof(P), __builtin_object_size(p, 0)); // expected-error {{destination for this '__builtin___memcpy_chk' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
