// Returning a by-value parameter is an implicit move.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
P pass_through(P p) {
  return p; // expected-error {{cannot move object of pinned type 'P'}}
}
