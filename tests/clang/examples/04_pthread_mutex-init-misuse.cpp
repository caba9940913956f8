// The counter of examples/04_pthread_mutex.cpp built by mistaken init functions, each
// rejected with its exact diagnostic: one forgets a member, one locks the mutex before
// pthread_mutex_init ran, two report success without a mutex (the status ignored, the
// failure turned into success), and one initializes the mutex twice (undefined behaviour
// for POSIX, the classic bug of two-phase wrappers). Only init parameters catch all of
// them: pin::fields turns a forgotten or repeated field into a static_assert, but its
// `.then` steps may lock the mutex before its `.init` ran, and a closure initializer
// (posix_mutex::init on stock compilers) can return success without building its slot or
// run pthread_mutex_init twice - nothing checks what a callable does with a `T*`. In an
// init function every use and construction of `self` is seen by the compiler's
// definite-initialization analysis.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "04_pthread_mutex.cpp"
#undef main

#include <expected>
#include <system_error>

// expected-note@./04_pthread_mutex.cpp:* 2 {{member 'lock' is not constructed}}
// expected-note@./04_pthread_mutex.cpp:* 1 {{member 'lock_errors' is not constructed}}

std::expected<void, std::errc> forgets_the_error_count(init counter& self, int kind) {
    if (auto r = posix_mutex::create(init self.lock, kind); !r)
        return r;
    self.value = 0;
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

std::expected<void, std::errc> locks_before_pthread_mutex_init(init counter& self, int kind) {
    self.lock.lock(); // expected-error {{'self.lock' is used before it is constructed}}
    self.value = 0;
    self.lock_errors = 0;
    if (auto r = posix_mutex::create(init self.lock, kind); !r)
        return r;
    return {};
}

std::expected<void, std::errc> ignores_the_status(init counter& self, int kind) {
    auto status = posix_mutex::create(init self.lock, kind);
    self.value = 0;
    self.lock_errors = 0;
    return {}; // expected-error {{'self' is not fully constructed at this return}}
}

// "An unsupported kind is not worth failing for" - but then there is no mutex at all.
std::expected<void, std::errc> swallows_the_error(init counter& self, int kind) {
    self.value = 0;
    self.lock_errors = 0;
    if (auto r = posix_mutex::create(init self.lock, kind); !r)
        return {}; // expected-error {{'self' is not fully constructed at this return}}
    return {};
}

// A default mutex first, "then the requested kind": pthread_mutex_init on a live mutex.
std::expected<void, std::errc> initializes_the_mutex_twice(init counter& self, int kind) {
    if (auto r = posix_mutex::create(init self.lock, PTHREAD_MUTEX_NORMAL); !r)
        return r; // expected-note@-1 {{'self.lock' is constructed here}}
    if (auto r = posix_mutex::create(init self.lock, kind); !r) // expected-error {{'self.lock' is already constructed}}
        return r;
    self.value = 0;
    self.lock_errors = 0;
    return {};
}
