// An alias template hides that the element is a pinned object.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> using stored = T;
void use(P& p) {
  stored<P> s = p; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)s;
}
