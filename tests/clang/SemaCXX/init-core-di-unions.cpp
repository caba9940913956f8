// One alternative constructs a union: a union slot, or an anonymous union
// member of a class slot, is complete once any one of its members is
// constructed, and a second alternative is a double construction.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

union Value { int i; float f; };

void union_one_alternative(init Value& self, bool b) {
  if (b)
    self.i = 1;
  else
    self.f = 2.0f;
}

void union_two_alternatives(init Value& self) {
  self.i = 1; // expected-note {{'self.i' is constructed here}}
  self.f = 2.0f; // expected-error {{'self.f' cannot be constructed: 'self.i' is already constructed}}
}

void union_none(init Value& self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}

struct Tagged {
  int tag;
  union { // expected-note-re {{member 'Tagged::(anonymous union at {{.*}})' is not constructed}}
    int i;
    float f;
  };
  struct {
    int x;
    int y; // expected-note {{member 'y' is not constructed}}
  };
};

void tagged_ok(init Tagged& self, bool b) {
  self.tag = b;
  if (b)
    self.i = 1;
  else
    self.f = 2.0f;
  self.x = 0;
  self.y = 0;
}

void tagged_missing(init Tagged& self) {
  self.tag = 0;
  self.x = 0;
} // expected-error {{'self' is not fully constructed at the end of the function}}

void tagged_use_before(init Tagged& self) {
  int v = self.i; // expected-error {{'self.i' is used before it is constructed}}
  self.tag = v;
  self.i = 0;
  self.x = 0;
  self.y = 0;
}
