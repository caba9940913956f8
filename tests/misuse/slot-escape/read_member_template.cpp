// A field-wise init function template reads a member before constructing it.
template <class T> struct pair_box { T first; T second; };
template <class T> void make(init pair_box<T>& self, T v) {
  self.first = self.second; // expected-error {{'self.second' is used before it is constructed}}
  self.second = v;
}
void use(pair_box<int>* p) { make(init *p, 1); }
// expected-note@*:* 0+ {{requested here}}
