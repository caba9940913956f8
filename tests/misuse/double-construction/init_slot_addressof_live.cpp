// Constructing a live object again through an explicit init slot.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void make(init P& self) { self.self = &self; self.v = 1; }
void use() {
  P x = make();
  make(init *__builtin_addressof(x)); // expected-warning {{explicit init slot reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
