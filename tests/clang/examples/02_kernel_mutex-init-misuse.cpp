// Mistakes in the init functions of examples/02_kernel_mutex.cpp and kernel_mutex.hpp (on
// the patched compiler a device is built by make_device, its mutex by kernel::init_mutex
// and raw_mutex::make) that only init parameters can reject at compile time: registering
// the lock under a name that is not constructed yet, locking the mutex before it exists,
// forgetting the mutex or returning early without it, initializing the C mutex twice
// (lockdep would report the second registration at run time), and bypassing raw_mutex's
// only way in.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "02_kernel_mutex.cpp"
#undef main

static_assert(PIN_HAS_INIT_PARAMETERS, "the example must take its native path here");

// expected-note@./02_kernel_mutex.cpp:* 2 {{member 'stats' is not constructed}}
// expected-note@./kernel_mutex.hpp:* {{member 'data' is not constructed}}

void names_the_lock_too_early(init device& self, const char* name) {
    kernel::init_mutex(init self.stats, self.name, &device_stats_key, 0, 0); // expected-error {{'self.name' is used before it is constructed}}
    self.name = name;
}

void counts_an_open_too_early(init device& self, const char* name) {
    self.name = name;
    ++self.stats.lock(&task_a)->opens; // expected-error {{'self.stats' is used before it is constructed}}
    kernel::init_mutex(init self.stats, self.name, &device_stats_key, 0, 0);
}

void forgets_the_mutex(init device& self, const char* name) {
    self.name = name;
} // expected-error {{'self' is not fully constructed at the end of the function}}

// "A device without a name needs no statistics": the early return reports a device
// whose mutex was never built, and the first lock() would use garbage.
void skips_the_lock_without_a_name(init device& self, const char* name) {
    self.name = name;
    if (!name)
        return; // expected-error {{'self' is not fully constructed at this return}}
    kernel::init_mutex(init self.stats, self.name, &device_stats_key, 0, 0);
}

void registers_twice(init kernel::mutex<device_stats>& self, const char* name) {
    kernel::raw_mutex::make(init self.raw, name, &device_stats_key); // expected-note {{'self.raw' is constructed here}}
    kernel::raw_mutex::make(init self.raw, name, &device_stats_key); // expected-error {{'self.raw' is already constructed}}
    self.data = device_stats{0, 0};
}

void forgets_the_data(init kernel::mutex<device_stats>& self, const char* name) {
    kernel::raw_mutex::make(init self.raw, name, &device_stats_key);
} // expected-error {{'self' is not fully constructed at the end of the function}}

// raw_mutex is not an aggregate, and this function is neither its member nor its friend:
// it may only construct it as a whole, and the constructor is private.
void bypasses_mutex_init(init kernel::raw_mutex& self) {
    self = kernel::raw_mutex("fake", &device_stats_key); // expected-error {{calling a private constructor of class 'kernel::raw_mutex'}}
    // expected-note@./kernel_mutex.hpp:* {{declared private here}}
}
