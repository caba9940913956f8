// A slot of non-class type read before it is set.
void make(init int& self, int base) {
  int k = self + base; // expected-error {{'self' is used before it is constructed}}
  self = k;
}
