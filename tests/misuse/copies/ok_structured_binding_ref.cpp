// Structured bindings by reference bind to the object itself.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
int use(P& p) {
  auto& [self, v] = p;
  const auto& [s2, v2] = p;
  return v + v2 + (self == s2);
}
