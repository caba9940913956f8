// A polymorphic class cannot be constructed field by field.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct shape { virtual ~shape(); int sides; };
void build(init shape& self) {
  self.sides = 3; // expected-error {{'shape' cannot be constructed field by field because it has virtual functions or virtual base classes}}
}
