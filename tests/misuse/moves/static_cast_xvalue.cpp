// A cast to an rvalue reference is a move in disguise.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  P q(static_cast<P&&>(p)); // expected-error {{cannot move object of pinned type 'P'}}
  (void)q;
}
