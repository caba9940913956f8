// Capturing by reference or capturing the address does not copy.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
int use(P& p) {
  auto a = [&] { return p.v; };
  auto b = [&p] { return p.v; };
  auto c = [ptr = &p] { return ptr->v; };
  auto d = [](const auto& x) { return x.v; };
  return a() + b() + c() + d(p);
}
