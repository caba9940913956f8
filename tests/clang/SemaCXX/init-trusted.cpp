// [[clang::trusted_init]] marks an init function whose body constructs its
// slot through a pointer (a C function, placement new, a library
// initializer): the definite-initialization analysis does not check the
// body, and its callers treat the slot part it is given as constructed
// exactly when it reports success, checked as any other init call.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct sensor {
  int id; // #sensor-id
  ~sensor();
};
int c_sensor_init(sensor *s, int id);

[[clang::trusted_init]] std::expected<void, int> sensor_init(init sensor &self,
                                                             int id) {
  if (int err = c_sensor_init(&self, id))
    return std::unexpected(err);
  return {};
}

// A library's bridge: run an initializer, a callable that constructs *p and
// returns 0, or an error code and nothing constructed.
template <class T, class Init>
[[clang::trusted_init]] std::expected<void, int> init_at(init T &slot,
                                                         Init initializer) {
  if (int err = initializer(&slot))
    return std::unexpected(err);
  return {};
}

// Without the attribute the analysis cannot see the construction.
std::expected<void, int> untrusted(init sensor &self, int id) {
  if (int err = c_sensor_init(&self, id))
    return std::unexpected(err);
  return {}; // expected-error {{'self' is not fully constructed at this return}}
             // expected-note@#sensor-id {{member 'id' is not constructed}}
}

struct bank {
  sensor s[2];
  sensor extra; // #bank-extra
  int n;
};
struct sensors_init { int operator()(sensor (*p)[2]) const; };

std::expected<void, int> make_bank(init bank &self) {
  if (auto r = init_at(init self.s, sensors_init{}); !r)
    return r;
  if (auto r = sensor_init(init self.extra, 3); !r)
    return r;
  self.n = 2;
  return {};
}

// Its callers are checked as before.
std::expected<void, int> twice(init bank &self) {
  if (auto r = sensor_init(init self.extra, 1); !r) // expected-note {{'self.extra' is constructed here}}
    return r;
  if (auto r = sensor_init(init self.extra, 2); !r) // expected-error {{'self.extra' is already constructed}}
    return r;
  if (auto r = init_at(init self.s, sensors_init{}); !r)
    return r;
  self.n = 2;
  return {};
}

std::expected<void, int> unchecked_status(init bank &self) {
  sensor_init(init self.extra, 1); // expected-error {{the result of a fallible init call must not be discarded}}
  if (auto r = init_at(init self.s, sensors_init{}); !r)
    return r;
  self.n = 2;
  return {};
}

std::expected<void, int> missing(init bank &self) {
  if (auto r = init_at(init self.s, sensors_init{}); !r)
    return r;
  self.n = 2;
  return {}; // expected-error {{'self' is not fully constructed at this return}}
             // expected-note@#bank-extra {{member 'extra' is not constructed}}
}

// An infallible trusted init function: constructs its slot whenever it
// returns.
[[clang::trusted_init]] void sensor_zero(init sensor &self) {
  c_sensor_init(&self, 0);
}
struct one { sensor s; };
void make_one(init one &self) { sensor_zero(init self.s); }
one made_by_call = {sensor_zero()};

// Only init functions can be trusted.
[[clang::trusted_init]] void not_init(sensor &s); // expected-error {{'trusted_init' attribute only applies to init functions}}
[[clang::trusted_init]] int variable; // expected-error {{'trusted_init' attribute only applies to functions}}
struct [[clang::trusted_init]] klass {}; // expected-error {{'trusted_init' attribute only applies to functions}}
[[clang::trusted_init(1)]] void with_arg(init sensor &self); // expected-error {{'trusted_init' attribute takes no arguments}}
