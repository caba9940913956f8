// decltype(auto) of an unparenthesized local name is the object type: a copy.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use() {
  P p;
  decltype(auto) q = p; // expected-error {{cannot copy object of pinned type 'P'}}
  (void)q;
}
