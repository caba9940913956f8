// An array of pinned objects makes the holder pinned.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Table { P slots[2]; }; // expected-note 1+ {{'Table' is pinned because its member 'slots' of type 'P[2]' is pinned}}
void use(Table& t) {
  Table u = t; // expected-error {{cannot copy object of pinned type 'Table'}}
  (void)u;
}
