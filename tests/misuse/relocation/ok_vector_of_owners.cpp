// A vector of owning pointers relocates the pointers, not the objects.
// expected-no-diagnostics
#include <algorithm>
#include <memory>
#include <vector>
struct [[pinned]] P { P* self = this; int v = 0; };
int use() {
  std::vector<std::unique_ptr<P>> v;
  for (int i = 0; i < 10; ++i) v.push_back(std::make_unique<P>());
  std::sort(v.begin(), v.end(), [](auto& a, auto& b) { return a->v < b->v; });
  std::swap(v[0], v[1]);
  return v.front()->v;
}
