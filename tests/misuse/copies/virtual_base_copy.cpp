// A virtual pinned base makes the derived class pinned too.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Derived : virtual P { int extra = 0; }; // expected-note 1+ {{'Derived' is pinned because its base class 'P' is pinned}}
void use(Derived& d) {
  Derived e(d); // expected-error {{cannot copy object of pinned type 'Derived'}}
  (void)e;
}
