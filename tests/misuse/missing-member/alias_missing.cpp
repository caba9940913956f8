// The slot type through an alias.
struct S {
  int a; // expected-note {{member 'a' is not constructed}}
  int b;
};
using handle = S;
void make(init handle& self) {
  self.b = 0;
} // expected-error {{'self' is not fully constructed at the end of the function}}
