// A function template returns a copy of its argument: the copy of a pinned
// object is made inside the instantiation.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> T dup(const T& t) {
  return t; // expected-error {{cannot copy object of pinned type 'P'}}
}
void use(P& p) { (void)dup(p); }
// expected-note@*:* 0+ {{requested here}}
