// The same in a function template.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> T make_default() {
  T t;
  return t; // expected-error {{cannot move object of pinned type 'P'}}
}
P use() { return make_default<P>(); }
// expected-note@*:* 0+ {{requested here}}
