// Generic assignment helper.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> void assign(T& to, const T& from) {
  to = from; // expected-error {{cannot copy-assign object of pinned type 'P'}}
}
void use(P& a, P& b) { assign(a, b); }
// expected-note@*:* 0+ {{requested here}}
