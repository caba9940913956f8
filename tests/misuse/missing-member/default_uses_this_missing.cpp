// A default member initializer that reads another member through 'this' is
// no default: on entry that member may not be constructed yet.
struct window {
  int width;
  int height = width * 3 / 4; // expected-note {{member 'height' is not constructed}}
};
void make(init window& self, int w) {
  self.width = w;
} // expected-error {{'self' is not fully constructed at the end of the function}}
