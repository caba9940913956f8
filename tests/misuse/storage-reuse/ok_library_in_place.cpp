// Library types that construct in place (optional::emplace, reset) are fine.
// expected-no-diagnostics
#include <optional>
struct [[pinned]] P { P* self = this; int v = 0; };
void use(std::optional<P>& o) { o.emplace(); o.reset(); o.emplace(); }
