// __builtin_realloc.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void* use(P* p) {
  return __builtin_realloc(p, 2 * sizeof(P)); // expected-error {{argument of this '__builtin_realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
