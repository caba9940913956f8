// A member constructed twice in an init function template.
template <class T> struct box { T value; int tag; };
template <class T> void make(init box<T>& self, T v) {
  self.value = v; // expected-note {{'self.value' is constructed here}}
  self.value = v; // expected-error {{'self.value' is already constructed}}
  self.tag = 0;
}
void use(box<int>* p) { make(init *p, 1); }
// expected-note@*:* 0+ {{requested here}}
