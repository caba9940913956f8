// A union inside a class template instantiated with a pinned type.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct maybe {
  union {
    T value; // expected-note {{destroy 'value' first if it may be the active member}}
    char empty;
  };
  maybe() : value() {}
  ~maybe() {}
  void forget() {
    empty = 0; // expected-warning {{assignment to 'empty' makes it the active member of the union, reusing the storage of 'value' of pinned type 'P' without destroying it}}
  }
};
void use(maybe<P>& m) { m.forget(); }
// expected-note@*:* 0+ {{requested here}}
