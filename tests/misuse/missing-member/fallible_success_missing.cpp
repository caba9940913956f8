// 'return {}' is success and requires every member.
#include <expected>
struct S {
  int a;
  int b; // expected-note {{member 'b' is not constructed}}
};
std::expected<void, int> make(init S& self) {
  self.a = 1;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
}
