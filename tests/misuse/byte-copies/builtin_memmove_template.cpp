// The builtin memmove in a template.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> void shift(void* to, T* from) {
  __builtin_memmove(to, from, sizeof(T)); // expected-error {{source of this '__builtin_memmove' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
}
void use(P* p, void* raw) { shift(raw, p); }
// expected-note@*:* 0+ {{requested here}}
