// A vector of pinned objects that is never grown compiles: only the
// operations that relocate are rejected.
// expected-no-diagnostics
#include <vector>
struct [[pinned]] P { P* self = this; int v = 0; };
std::size_t use(std::vector<P>& v) { return v.size() + (v.empty() ? 0 : v[0].v); }
