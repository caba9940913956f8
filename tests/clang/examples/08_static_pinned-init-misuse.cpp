// Native init functions against the types of examples/08_static_pinned.cpp, and the
// mistakes that only init parameters reject at compile time: a list head built without
// one of its links, a node linked into a list through a link it has not set yet, a success
// return without the module a bus needs, and a module loaded twice into the same storage.
// On the library path a list head or a module is built through a raw pointer (placement
// new in a from_closure), which nothing checks: it may be read before it is written,
// written twice, or not at all on a path that reports success.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "08_static_pinned.cpp"
#undef main

#include <expected>
#include <system_error>

// INIT_LIST_HEAD, for list heads built at run time.
void init_list_head(init list_head& self) {
    self.next = &self;
    self.prev = &self;
}

// expected-note@./08_static_pinned.cpp:* {{member 'prev' is not constructed}}
void forgets_prev(init list_head& self) {
    self.next = &self;
} // expected-error {{'self' is not fully constructed at the end of the function}}

// list_add_tail of a new node, with two statements in the wrong order.
void links_before_it_is_set(init list_head& self, list_head& head) {
    self.next = &head;
    self.prev->next = &self; // expected-error {{'self.prev' is used before it is constructed}}
    self.prev = head.prev;
    head.prev = &self;
}

// A bus: the devices found on it and the module that drives them.
struct bus {
    list_head devices;
    kmodule driver; // expected-note {{member 'driver' is not constructed}}
};

std::expected<void, std::errc> probe(init bus& self, const char* driver) {
    init_list_head(init self.devices);
    if (auto r = kmodule::load(init self.driver, driver); !r)
        return r; // devices is rolled back
    return {};
}

// Treats missing firmware as "no driver yet" and reports a bus without one as built.
std::expected<void, std::errc> probe_without_firmware(init bus& self, const char* driver) {
    init_list_head(init self.devices);
    if (auto r = kmodule::load(init self.driver, driver); !r) {
        if (r.error() == std::errc::no_such_device)
            return {}; // expected-error {{'self' is not fully constructed at this return}}
        return r;
    }
    return {};
}

// A second module in the same storage, while the first is still linked into `modules`.
std::expected<void, std::errc> loads_twice(init bus& self) {
    init_list_head(init self.devices);
    if (auto r = kmodule::load(init self.driver, "spi"); !r) // expected-note {{'self.driver' is constructed here}}
        return r;
    if (auto r = kmodule::load(init self.driver, "uart"); !r) // expected-error {{'self.driver' is already constructed}}
        return r;
    return {};
}

// Only kmodule's own init functions can build one: elsewhere its constructor is private.
void forges_a_module(init kmodule& self) {
    self = kmodule("rogue"); // expected-error {{calling a private constructor of class 'kmodule'}}
}
// expected-note@./08_static_pinned.cpp:* {{declared private here}}
