// Returning normally on the branch that forgot the member.
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
struct bad {};
void make(init S& self, int k) {
  self.a = k;
  if (k < 0)
    throw bad{};
  if (k == 0)
    return; // expected-error {{'self' is not fully constructed at this return}}
  self.b = k;
}
