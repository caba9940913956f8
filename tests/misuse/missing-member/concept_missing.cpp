// A constrained init template forgets a member for one instantiation.
#include <concepts>
template <class T> struct range {
  T lo;
  T hi; // expected-note {{member 'hi' is not constructed}}
};
template <std::totally_ordered T> void make(init range<T>& self, T lo) {
  self.lo = lo;
} // expected-error {{'self' is not fully constructed at the end of the function}}
void use(range<int>* r) { make(init *r, 0); }
// expected-note@*:* 0+ {{requested here}}
