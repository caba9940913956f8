// The pinned class is nested in an ordinary-looking outer class.
struct Outer {
  struct [[pinned]] Inner { Inner* self = this; }; // expected-note 1+ {{'Outer::Inner' is declared 'pinned' here}}
  Inner inner; // expected-note 1+ {{'Outer' is pinned because its member 'inner' of type 'Outer::Inner' is pinned}}
};
void use(Outer& o) {
  Outer o2 = o; // expected-error {{cannot copy object of pinned type 'Outer'}}
  (void)o2;
}
