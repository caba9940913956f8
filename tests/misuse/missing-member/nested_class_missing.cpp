// A nested class built by an init function of the enclosing class.
struct Outer {
  struct Inner {
    int x;
    int y; // expected-note {{member 'y' is not constructed}}
  };
  static void make(init Inner& self) {
    self.x = 1;
  } // expected-error {{'self' is not fully constructed at the end of the function}}
};
