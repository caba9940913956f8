// The analysis runs on each instantiation of an init function template.
template <class T> struct box {
  T value;
  int tag; // expected-note {{member 'tag' is not constructed}}
};
template <class T> void make(init box<T>& self, T v) {
  self.value = v;
} // expected-error {{'self' is not fully constructed at the end of the function}}
void use(box<int>* p) { make(init *p, 1); }
// expected-note@*:* 0+ {{requested here}}
