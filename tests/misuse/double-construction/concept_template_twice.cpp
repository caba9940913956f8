// A constrained init function template.
#include <concepts>
template <class T> struct box { T value; };
template <std::integral T> void make(init box<T>& self, T v) {
  self.value = v; // expected-note {{'self.value' is constructed here}}
  self.value = v + 1; // expected-error {{'self.value' is already constructed}}
}
void use(box<long>* p) { make(init *p, 2L); }
// expected-note@*:* 0+ {{requested here}}
