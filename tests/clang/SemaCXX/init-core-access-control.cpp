// A class with private members is not an aggregate: only its members and friends may
// construct it field by field, and they have access to every member anyway.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

class secret {
  int hidden;
public:
  int shown;
  friend void make_friend(init secret& self);
};
void make_friend(init secret& self) { self.hidden = 1; self.shown = 2; }
void make_stranger(init secret& self) {
  self.shown = 1; // expected-error {{'secret' cannot be constructed field by field here: it is not an aggregate and this function is neither a member nor a friend of 'secret'}}
}
