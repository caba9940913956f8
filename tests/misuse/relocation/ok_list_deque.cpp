// std::list and std::deque never relocate elements on emplace at the ends.
// expected-no-diagnostics
#include <deque>
#include <list>
struct [[pinned]] P { P* self = this; int v = 0; };
int use() {
  std::list<P> l; l.emplace_back(); l.emplace_front();
  std::deque<P> d; d.emplace_back(); d.emplace_front();
  return l.front().v + d.back().v;
}
