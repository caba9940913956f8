// A lambda with a deduced return type returns its local by value.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void use() {
  auto make = [] {
    P p;
    return p; // expected-error {{cannot move object of pinned type 'P'}}
  };
  (void)make;
}
