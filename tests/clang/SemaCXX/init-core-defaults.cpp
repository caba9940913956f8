// Members that an init function's body never constructs are constructed on
// entry from their default: a default member initializer that does not use
// 'this', or a default-initialization that leaves nothing uninitialized. Any
// other member must still be constructed by the body.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -fcxx-exceptions -verify %s -isystem %S/Inputs

#include "init-std-expected.h"

struct lock_like { lock_like(); ~lock_like(); void acquire(); };
struct all_defaulted { int a = 1; int b = 2; };
struct partly_defaulted { int a = 1; int b; };
struct no_default { no_default(int); };
struct deleted_default { deleted_default() = delete; };
class private_default { private_default(); friend struct friendly; };

struct device {
  lock_like lock;          // a user-provided default constructor
  int id;                  // #device-id
  int retries = 3;         // #device-retries: a default member initializer
  all_defaulted limits;    // default member initializers throughout
  const char *name = "dev";
};

// Only 'id' has no default.
void make_device(init device &self, int id) {
  self.id = id;
}
// The defaults are constructed on entry: the body can use them at once.
void make_device_using_lock(init device &self, int id) {
  self.lock.acquire();
  self.id = id + self.retries + self.limits.a;
}
// A member with a default can still be constructed explicitly, then no
// default is used for it.
void make_device_explicit(init device &self) {
  self.id = 0;
  self.retries = 5;
  self.lock = lock_like();
}
void forgot_id(init device &self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@#device-id {{member 'id' is not constructed}}

// Fallible functions have the same defaults.
std::expected<void, int> make_device_fallible(init device &self, int id) {
  if (id < 0)
    return std::unexpected(id);
  self.id = id;
  return {};
}

struct counted {
  int n;                   // #counted-n
  partly_defaulted p;      // #counted-p
  int later = n + 1;       // #counted-later
};
// Default-initialization that would leave 'p.b' uninitialized is no
// default, nor is an initializer that reads another member through 'this'.
void make_counted(init counted &self) {
  self.n = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@#counted-p {{member 'p' is not constructed}}
  // expected-note@#counted-later {{member 'later' is not constructed}}

struct unusable {
  no_default a;            // #unusable-a
  deleted_default b;       // #unusable-b
  private_default c;       // #unusable-c
};
void make_unusable(init unusable &self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@#unusable-a {{member 'a' is not constructed}}
  // expected-note@#unusable-b {{member 'b' is not constructed}}
  // expected-note@#unusable-c {{member 'c' is not constructed}}

// A member the body constructs on some path only gets no default.
void make_on_one_path(init device &self, bool b) {
  self.id = 1;
  if (b)
    self.retries = 4;
} // expected-error {{'self' is not fully constructed at the end of the function}}
  // expected-note@#device-retries {{member 'retries' is not constructed}}

// A body that constructs the slot as a whole gets no defaults.
void make_whole(init all_defaulted &self) {
  self = all_defaulted{};
}
void make_whole_by_call(init all_defaulted &self) {
  make_whole(init self);
}
// All members defaulted: the empty body constructs them.
void make_all(init all_defaulted &self) {}
all_defaulted global = make_all();

// A template gets the defaults once, when it is instantiated.
template <class T> void make_generic(init T &self, int id) { self.id = id; }
device from_template = make_generic<device>(4);

// A function-try-block constructs the defaults inside the try block.
void make_try(init device &self) try {
  self.id = 1;
} catch (...) {
  throw;
}

// Unions are not given a default alternative.
union either { int i = 0; float f; };
void make_either(init either &self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}

// A class with no members to construct is default-initialized as a whole...
struct [[clang::pinned]] token {};
void make_token(init token &self) {}
token global_token = make_token();
struct tag_base {};
struct tagged : tag_base {};
void make_tagged(init tagged &self) { (void)&self; }
// ...unless the body constructs it,
void make_token_explicit(init token &self) { self = token(); }
// or may not construct it field by field.
struct sealed { sealed(); };
void make_sealed(init sealed &self) {
} // expected-error {{'self' is not fully constructed at the end of the function}}
