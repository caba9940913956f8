// Mistakes in the init functions of examples/03_driver_data.cpp (on the patched compiler
// the example builds driver_data with make_driver_data, kernel::init_mutex and
// init_buffer) that only init parameters can reject at compile time: forgetting a member,
// using a member before it is constructed, reporting success with a member missing, and
// constructing one twice. The library path (pin::fields) rejects the first and last at
// compile time too (tests/clang/examples/03_driver_data-misuse.cpp); using a member early
// cannot even be written with it, because a field initializer never sees the object.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "03_driver_data.cpp"
#undef main

#include <expected>
#include <system_error>

static_assert(PIN_HAS_INIT_PARAMETERS, "the example must take its native path here");

// expected-note@./03_driver_data.cpp:* 2 {{member 'buffer' is not constructed}}
// expected-note@./03_driver_data.cpp:* {{member 'commands' is not constructed}}

// A kernel mutex has no default: it must be registered under a name and a lock class.
std::expected<void, std::errc> forgets_the_mutex(init driver_data& self, int irq) {
    self.irq = irq;
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

// A body that never mentions the buffer gets the buffer's default, an empty box, as a
// constructor without a mem-initializer for it would: leaving a member with a default
// alone is not a mistake the compiler can tell from a decision.
std::expected<void, std::errc> leaves_the_buffer_empty(init driver_data& self, int irq) {
    self.irq = irq;
    kernel::init_mutex(init self.commands, "driver_data::commands", &commands_key);
    return {};
}

std::expected<void, std::errc> locks_too_early(init driver_data& self, int irq) {
    self.irq = irq;
    auto q = self.commands.lock(&irq_thread); // expected-error {{'self.commands' is used before it is constructed}}
    kernel::init_mutex(init self.commands, "driver_data::commands", &commands_key);
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {};
}

// The buffer's status is kept but never tested: on the path where the allocation failed,
// `return {}` would report a driver without a buffer.
std::expected<void, std::errc> ignores_a_failure(init driver_data& self, int irq) {
    self.irq = irq;
    kernel::init_mutex(init self.commands, "driver_data::commands", &commands_key);
    auto allocated = init_buffer(init self.buffer);
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

// An early success return for a driver without an interrupt line.
std::expected<void, std::errc> returns_early(init driver_data& self, int irq) {
    self.irq = irq;
    kernel::init_mutex(init self.commands, "driver_data::commands", &commands_key);
    if (irq < 0)
        return {}; // expected-error {{'self' is not fully constructed at this return}}
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {};
}

std::expected<void, std::errc> builds_irq_twice(init driver_data& self, int irq) {
    self.irq = irq; // expected-note {{'self.irq' is constructed here}}
    self.irq = irq + 1; // expected-error {{'self.irq' is already constructed}}
    kernel::init_mutex(init self.commands, "driver_data::commands", &commands_key);
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {};
}

// Registering the lock a second time at the same address (lockdep would report it at run
// time): the mutex member is already constructed.
std::expected<void, std::errc> inits_the_lock_twice(init driver_data& self, int irq) {
    self.irq = irq;
    kernel::init_mutex(init self.commands, "driver_data::commands", &commands_key); // expected-note {{'self.commands' is constructed here}}
    kernel::init_mutex(init self.commands, "again", &commands_key); // expected-error {{'self.commands' is already constructed}}
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {};
}
