// Both arms are lvalues of the same type: the conditional is an lvalue and
// initializing a variable from it copies.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& a, P& b, bool c) {
  P chosen = c ? a : b; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)chosen;
}
