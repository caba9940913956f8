// A user-provided move constructor builds a separate object; the source
// stays where it is.
// expected-no-diagnostics
#include <utility>
struct [[pinned]] Counter {
  int value = 0;
  Counter() = default;
  Counter(Counter&& o) : value(o.value) { o.value = 0; }
};
int use(Counter& c) { Counter d = std::move(c); return d.value; }
