// Mistaken init functions for the types of examples/06_pinned_array.cpp, each rejected
// with its exact diagnostic: a sensor whose id is logged before it is brought up, a dead
// sensor reported as brought up and a bring-up failure ignored (success with nothing
// built: the array would destroy, and the registry look for, a sensor that never
// registered), a sensor brought up twice (two registrations of one address), and a bank
// that forgets its sensors. Only init parameters catch all but the last: on stock
// compilers a sensor is brought up by a closure initializer, which may use or build its
// `sensor*` slot in any way and return success regardless (pin::fields catches the
// forgotten sensors too: 06_pinned_array-misuse.cpp). In an init function every use and
// construction of `self` is seen by the compiler's definite-initialization analysis.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "06_pinned_array.cpp"
#undef main

#include <expected>
#include <string>

// expected-note@./06_pinned_array.cpp:* 2 {{member 'id_' is not constructed}}
// expected-note@./06_pinned_array.cpp:* 1 {{member 'sensors' is not constructed}}

std::expected<void, probe_error> logs_before_bring_up(init sensor& self, int id) {
    event('?', std::to_string(self.id())); // expected-error {{'self' is used before it is constructed}}
    if (auto r = sensor::bring_up(init self, id); !r)
        return r;
    return {};
}

// "A sensor that does not answer is simply absent" - but the caller gets a sensor.
std::expected<void, probe_error> skips_a_dead_sensor(init sensor& self, int id) {
    if (id == sensor::fail_at)
        return {}; // expected-error {{'self' is not fully constructed at this return}}
    if (auto r = sensor::bring_up(init self, id); !r)
        return r;
    return {};
}

std::expected<void, probe_error> ignores_the_failure(init sensor& self, int id) {
    auto status = sensor::bring_up(init self, id);
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

// A bring-up "retried" after it had already worked.
std::expected<void, probe_error> brings_up_twice(init sensor& self, int id) {
    if (auto r = sensor::bring_up(init self, id); !r) // expected-note {{'self' is constructed here}}
        return r;
    if (auto r = sensor::bring_up(init self, id); !r) // expected-error {{'self' is already constructed}}
        return r;
    return {};
}

std::expected<void, probe_error> forgets_the_sensors(init sensor_bank& self, const char* bus) {
    self.bus = bus_name(bus);
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}
