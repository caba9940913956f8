// The [[clang::pinned]] spelling behaves the same.
struct [[clang::pinned]] Q { int v = 0; }; // expected-note 1+ {{'Q' is declared 'pinned' here}}
void use(Q& q) {
  Q copy = q; // expected-error {{cannot copy object of pinned type 'Q'}}
  (void)copy;
}
