// The slot as a whole constructed twice.
struct S { int a; int b; };
void make(init S& self) {
  self = S{1, 2};
  self = S{3, 4}; // expected-error {{'self' is already constructed}}
}
