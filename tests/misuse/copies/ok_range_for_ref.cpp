// Range-for by reference.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
int use(P (&arr)[3]) {
  int sum = 0;
  for (auto& e : arr) sum += e.v;
  for (const auto& e : arr) sum += e.v;
  return sum;
}
