// Moving an owning pointer moves the pointer, not the object.
// expected-no-diagnostics
#include <memory>
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; };
int use() {
  auto a = std::make_unique<P>();
  std::unique_ptr<P> b = std::move(a);
  std::shared_ptr<P> c = std::make_shared<P>();
  auto d = std::move(c);
  P* raw = b.get();
  P* moved = std::move(raw);
  return moved->v + d->v;
}
