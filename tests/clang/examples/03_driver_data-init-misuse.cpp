// The builder of examples/03_driver_data.cpp written as a native init function, and the
// three mistakes the brief names that only init parameters can reject at compile time:
// forgetting a member, using a member before it is constructed, and reporting success
// with a member missing. The library path (pin::fields) rejects the first and third at
// compile time too (tests/clang/examples/03_driver_data-misuse.cpp); the second cannot be
// written with it, because a field initializer never sees the object.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "03_driver_data.cpp"
#undef main

#include <expected>
#include <system_error>

// Init functions for the members (declarations suffice for these checks).
std::expected<void, std::errc> init_commands(init kernel::mutex<queue<command>>& self,
                                             const char* name);
std::expected<void, std::errc> init_buffer(init buffer_box& self);

// expected-note@./03_driver_data.cpp:* 2 {{member 'buffer' is not constructed}}

std::expected<void, std::errc> builds_everything(init driver_data& self, int irq) {
    self.irq = irq;
    if (auto r = init_commands(init self.commands, "driver_data::commands"); !r)
        return r;                                    // irq is rolled back
    if (auto r = init_buffer(init self.buffer); !r)
        return r;                                    // commands, then irq
    return {};
}

std::expected<void, std::errc> forgets_the_buffer(init driver_data& self, int irq) {
    self.irq = irq;
    if (auto r = init_commands(init self.commands, "driver_data::commands"); !r)
        return r;
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

std::expected<void, std::errc> locks_too_early(init driver_data& self, int irq) {
    self.irq = irq;
    auto q = self.commands.lock(&irq_thread); // expected-error {{'self.commands' is used before it is constructed}}
    if (auto r = init_commands(init self.commands, "driver_data::commands"); !r)
        return r;
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {};
}

std::expected<void, std::errc> ignores_a_failure(init driver_data& self, int irq) {
    self.irq = irq;
    if (auto r = init_commands(init self.commands, "driver_data::commands"); !r)
        return r;
    auto b = init_buffer(init self.buffer);
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

std::expected<void, std::errc> builds_irq_twice(init driver_data& self, int irq) {
    self.irq = irq; // expected-note {{'self.irq' is constructed here}}
    self.irq = irq + 1; // expected-error {{'self.irq' is already constructed}}
    if (auto r = init_commands(init self.commands, "driver_data::commands"); !r)
        return r;
    if (auto r = init_buffer(init self.buffer); !r)
        return r;
    return {};
}
