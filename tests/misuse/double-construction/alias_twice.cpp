// The slot type through an alias template.
template <class T> using slot_of = T;
struct S { int a; };
void make(init slot_of<S>& self) {
  self.a = 1; // expected-note {{'self.a' is constructed here}}
  self.a = 1; // expected-error {{'self.a' is already constructed}}
}
