// An explicit init slot names a live object: its storage is reused.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void make(init P& self) { self.self = &self; self.v = 0; }
void use() {
  P x = make();
  make(init *&x); // expected-warning {{explicit init slot reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
}
