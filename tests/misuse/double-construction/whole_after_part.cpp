// The slot as a whole after one of its members.
struct S { int a; int b; };
void make(init S& self) {
  self.a = 1;     // expected-note {{'self.a' is constructed here}}
  self = S{1, 2}; // expected-error {{'self' cannot be constructed as a whole: 'self.a' is already constructed}}
}
