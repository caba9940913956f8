// std::addressof is the generic way to take an address; it is not a use.
// expected-no-diagnostics
#include <memory>
struct [[pinned]] list_head { list_head* next; list_head* prev; };
void make(init list_head& self) {
  self.next = std::addressof(self);
  self.prev = std::addressof(self);
}
