// A friend function moves the object out.
#include <utility>
class [[pinned]] Lock { // expected-note 1+ {{'Lock' is declared 'pinned' here}}
  int owner = 0;
  friend int release(Lock& l) {
    Lock moved = std::move(l); // expected-error {{cannot move object of pinned type 'Lock'}}
    return moved.owner;
  }
};
