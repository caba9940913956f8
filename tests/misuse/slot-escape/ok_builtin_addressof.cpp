// __builtin_addressof of the slot is not a use.
// expected-no-diagnostics
struct [[pinned]] list_head { list_head* next; list_head* prev; };
void make(init list_head& self) {
  self.next = __builtin_addressof(self);
  self.prev = __builtin_addressof(self);
}
