// Returning a named local needs a move (NRVO is not guaranteed).
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
P make() {
  P p;
  p.v = 1;
  return p; // expected-error {{cannot move object of pinned type 'P'}}
}
