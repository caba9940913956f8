// 'auto' deduces the object type, not a reference: a copy.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use(P& p) {
  auto q = p; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)q;
}
