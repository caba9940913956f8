// Destroying first is the correct pattern, in every spelling.
// expected-no-diagnostics
#include <memory>
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; };
void use(P& p) {
  std::destroy_at(&p);
  std::construct_at(&p);
  p.~P();
  ::new (static_cast<void*>(&p)) P;
  std::destroy_at(std::addressof(p));
  new (&p) P;
}
