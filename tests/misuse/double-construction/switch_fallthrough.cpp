// A missing 'break' falls through into a second construction.
struct S { int mode; };
void make(init S& self, int k) {
  switch (k) {
  case 0:
    self.mode = 0;
    [[fallthrough]];
  case 1:
    self.mode = 1; // expected-error {{'self.mode' is constructed on some paths but not others}}
    break;
  default:
    self.mode = 2;
  }
}
