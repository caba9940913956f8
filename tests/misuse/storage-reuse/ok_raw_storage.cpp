// Constructing into raw storage is what placement new is for.
// expected-no-diagnostics
#include <memory>
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; };
void use(P* slot) {
  alignas(P) unsigned char buffer[sizeof(P)];
  P* p = ::new (static_cast<void*>(buffer)) P;
  p->~P();
  std::construct_at(slot);
  std::uninitialized_default_construct(slot, slot + 1);
}
