// An unnamed bit-field is padding: it is not a member, nothing constructs it.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct Flags {
  unsigned ready : 1;
  unsigned : 3;
  unsigned mode : 4;
  unsigned : 0;
  int count; // expected-note {{member 'count' is not constructed}}
};

void complete(init Flags& self) {
  self.ready = 1;
  self.mode = 2;
  self.count = 0;
}

void incomplete(init Flags& self) {
  self.ready = 1;
  self.mode = 2;
} // expected-error {{'self' is not fully constructed at the end of the function}}
