// A user-written deduction guide decays the argument to a value.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct Wrap {
  T value;
  Wrap(const T& v) : value(v) {} // expected-error {{cannot copy object of pinned type 'P'}}
};
template <class T> Wrap(const T&) -> Wrap<T>;
void use(P& p) { Wrap w(p); (void)w; }
// expected-note@*:* 0+ {{requested here}}
