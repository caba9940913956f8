// A nested pinned class, moved through its enclosing class.
#include <utility>
struct Scheduler {
  struct [[pinned]] op_state { op_state* self = this; }; // expected-note 1+ {{'Scheduler::op_state' is declared 'pinned' here}}
  static op_state take(op_state& o) {
    return std::move(o); // expected-error {{cannot move object of pinned type 'Scheduler::op_state'}}
  }
};
