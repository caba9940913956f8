// The slot type is spelled through an alias.
struct S { int a; int b; };
using slot_t = S;
void make(init slot_t& self) {
  self.a = self.b; // expected-error {{'self.b' is used before it is constructed}}
  self.b = 0;
}
