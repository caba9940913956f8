// Throwing an lvalue copies it into the exception object.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void fail(P& p) {
  throw p; // expected-error {{cannot throw object of pinned type 'P' by value}} expected-note {{an exception object may be copied; throw a pointer, or give 'P' a copy constructor}}
}
