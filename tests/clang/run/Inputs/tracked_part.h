// A member type that records its constructions and destructions ("+a", "-a")
// and notices a move (it remembers its own address), for the run tests of
// rollback: 'events' shows the order, 'alive' the balance.
#pragma once
#include <string>

inline int alive;
inline std::string events;

struct part {
  char name;
  part *self;
  explicit part(char n) : name(n), self(this) {
    ++alive;
    events += '+';
    events += n;
  }
  part() : part('d') {}
  ~part() {
    --alive;
    events += '-';
    events += name;
    if (self != this)
      events += "(moved!)";
  }
};

inline void maybe_throw(int step, int at) {
  if (step == at)
    throw step;
}
