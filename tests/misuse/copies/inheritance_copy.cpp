// A class derived from a pinned class is pinned; copying it names the base.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Derived : P { int extra = 0; }; // expected-note 1+ {{'Derived' is pinned because its base class 'P' is pinned}}
void use(Derived& d) {
  Derived e = d; // expected-error {{cannot copy object of pinned type 'Derived'}}
  (void)e;
}
