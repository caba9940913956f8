#include "init-std-expected.h"

struct list_head { list_head *next, *prev; };
void link(init list_head &self, list_head *next) {
  self.next = next;
  self.prev = next;
}
inline list_head made(list_head *p) { return link(p); }
inline void placed(list_head *p) { link(init *p, p); }

struct two { list_head a; list_head b; };
std::expected<void, int> try_link(init list_head &self, int err);
inline std::expected<void, int> make_two(init two &self, int err) {
  if (auto r = try_link(init self.a, err); !r)
    return r;
  if (err > 9)
    return std::unexpected(err);
  return try_link(init self.b, err);
}
