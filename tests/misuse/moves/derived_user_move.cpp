// A user-provided move constructor of a derived class moves the pinned base.
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Derived : P {
  Derived() = default;
  Derived(Derived&& o) : P(std::move(o)) {} // expected-error {{cannot move object of pinned type 'P'}}
};
