// A direct non-virtual base class that is not stateless is tracked like a
// member: 'static_cast<B &>(self) = e' constructs its subobject in place,
// 'f(init static_cast<B &>(self))' lets an init function construct it, a
// member of the base is a use of the base, and a base with a default is
// constructed on entry when the body leaves it alone.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -fcxx-exceptions -verify %s -isystem %S/Inputs

#include "init-std-expected.h"

struct [[clang::pinned]] device_base {
  int irq;
  explicit device_base(int irq) : irq(irq) {}
};
struct plain_base { int x; };
struct counter_base { int count = 0; };     // a default

struct device : device_base, plain_base, counter_base { // #device
  int id;
};

void make(init device &self, int id) {
  static_cast<device_base &>(self) = device_base(7); // pinned: constructed in place
  static_cast<plain_base &>(self) = plain_base{1};
  self.id = id + self.irq + self.count;             // members of constructed bases
}

void make_plain(init plain_base &self, int x) { self.x = x; }
std::expected<void, int> try_base(init device_base &self, int irq) {
  if (irq < 0)
    return std::unexpected(irq);
  self = device_base(irq);
  return {};
}
std::expected<void, int> make_by_calls(init device &self, int irq) {
  make_plain(init static_cast<plain_base &>(self), 2);
  if (auto r = try_base(init static_cast<device_base &>(self), irq); !r)
    return r;                                         // plain_base rolled back
  self.id = 0;
  return {};
}

void forgets_a_base(init device &self) {
  static_cast<device_base &>(self) = device_base(7);
  self.id = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@#device {{base class 'plain_base' is not constructed}}

void base_twice(init device &self) {
  static_cast<plain_base &>(self) = plain_base{1};  // expected-note {{'static_cast<plain_base &>(self)' is constructed here}}
  static_cast<plain_base &>(self) = plain_base{2};  // expected-error {{'static_cast<plain_base &>(self)' is already constructed}}
  static_cast<device_base &>(self) = device_base(7);
  self.id = 1;
}

void uses_a_base_early(init device &self) {
  self.id = self.irq;     // expected-error {{'static_cast<device_base &>(self)' is used before it is constructed}}
  static_cast<device_base &>(self) = device_base(7);
  static_cast<plain_base &>(self) = plain_base{1};
}

// Only direct bases are parts of the slot.
struct root { int r; };
struct middle : root { int m; };
struct leaf : middle { int l; };
void indirect(init leaf &self) {
  static_cast<root &>(self) = root{1}; // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
}

// A base with virtual bases cannot be constructed as a base subobject here.
struct vroot { int v; };
struct with_vbase : virtual vroot { int w; };
struct over_vbase : with_vbase { int o; };
void virtual_below(init over_vbase &self) {
  static_cast<with_vbase &>(self) = with_vbase(); // expected-error {{'over_vbase' cannot be constructed field by field because it has virtual functions or virtual base classes}}
}

// Outside the class and its friends only aggregates are built field by field.
class sealed : plain_base { // expected-note {{implicitly declared private here}}
  int y;
public:
  sealed();
};
void outside(init sealed &self) {
  static_cast<plain_base &>(self) = plain_base{1}; // expected-error {{cannot cast 'sealed' to its private base class 'plain_base'}}
}
