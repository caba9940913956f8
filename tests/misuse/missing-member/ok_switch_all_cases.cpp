// A switch whose every path constructs or leaves by throwing.
// expected-no-diagnostics
enum class mode { a, b };
struct S { int v; };
struct bad {};
void make(init S& self, mode m) {
  switch (m) {
  case mode::a: self.v = 1; break;
  case mode::b: self.v = 2; break;
  default: throw bad{};
  }
}
