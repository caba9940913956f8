// A nested pinned class inside a container-like class.
#include <cstring>
struct Registry {
  struct [[pinned]] Slot { Slot* self = this; }; // expected-note 1+ {{'Registry::Slot' is declared 'pinned' here}}
  Slot slots[4]; // expected-note 0+ {{is pinned because}}
  void compact(void* scratch) {
    std::memmove(scratch, &slots[1], 3 * sizeof(Slot)); // expected-error {{source of this 'memmove' call is a pointer to pinned type 'Registry::Slot', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
  }
};
