// 'auto [a, b] = p' copies p into a hidden variable first.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
int use(P& p) {
  auto [self, v] = p; // expected-error {{cannot copy object of pinned type 'P'}}
  return v;
}
