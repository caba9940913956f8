// A generic error path throws what it is given.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class E> [[noreturn]] void raise(const E& e) {
  throw e; // expected-error {{cannot throw object of pinned type 'P' by value}} expected-note {{an exception object may be copied; throw a pointer, or give 'P' a copy constructor}}
}
void use(P& p) { raise(p); }
// expected-note@*:* 0+ {{requested here}}
