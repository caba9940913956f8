// An abbreviated function template constrained by a concept takes its
// parameter by value.
#include <concepts>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
void keep(std::destructible auto v); // expected-note {{passing argument to parameter 'v' here}}
void use(P& p) {
  keep(p); // expected-error {{cannot copy object of pinned type 'P'}}
}
