// Passing an lvalue to a by-value parameter copies it.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void take(P); // expected-note {{passing argument to parameter here}}
void use(P& p) {
  take(p); // expected-error {{cannot copy object of pinned type 'P'}}
}
