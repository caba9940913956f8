// References, pointers and decltype(auto) of a parenthesized name never copy.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
int use(P& p) {
  auto& r = p;
  const auto& cr = p;
  auto* ptr = &p;
  decltype(auto) pr = (p);
  decltype(p)& again = p;
  return r.v + cr.v + ptr->v + pr.v + again.v;
}
