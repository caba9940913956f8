// Misuse of examples/04_pthread_mutex.cpp that must not compile: copying or moving a
// posix_mutex or the counter that holds one, memcpy of them, creating a posix_mutex other
// than through its initializer, and taking a plain reference to the pinned lock through
// a projection of a pinned reference to the counter.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "04_pthread_mutex.cpp"
#undef main

#include <cstring>
#include <utility>

// expected-note@./04_pthread_mutex.cpp:* 5 {{'posix_mutex' is declared 'pinned' here}}
// expected-note@./04_pthread_mutex.cpp:* 3 {{'counter' is pinned because its member 'lock' of type 'posix_mutex' is pinned}}

void copies_and_moves(posix_mutex& m, counter& c) {
    posix_mutex m2 = m;
    // expected-error@-1 {{cannot copy object of pinned type 'posix_mutex'}}
    // STOCK-DAG: 04_pthread_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    counter c2 = std::move(c);
    // expected-error@-1 {{cannot move object of pinned type 'counter'}}
    // STOCK-DAG: 04_pthread_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    c = c2;
    // expected-error@-1 {{cannot copy-assign object of pinned type 'counter'}}
    // STOCK-DAG: 04_pthread_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

void relocations(posix_mutex* a, posix_mutex* b, counter* c, void* raw) {
    std::memcpy(a, b, sizeof(posix_mutex));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'posix_mutex', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 04_pthread_mutex-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}posix_mutex{{.*}}[-Werror=class-memaccess]
    std::memmove(raw, c, sizeof(counter));
    // expected-error@-1 {{source of this 'memmove' call is a pointer to pinned type 'counter', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}

    // Not caught: the C object itself is not pinned, and native_handle() hands it out.
    std::memcpy(raw, a->native_handle(), sizeof(pthread_mutex_t));
}

// No default-constructed, not-yet-initialized mutex: the initializer is the only way in.
void two_phase() {
    posix_mutex m;
    // expected-error@-1 {{no matching constructor for initialization of 'posix_mutex'}}
    // expected-note@./04_pthread_mutex.cpp:* 2 {{candidate constructor}}
    // STOCK-DAG: 04_pthread_mutex-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}posix_mutex
}

// Projections: the unpinned member comes back as a plain reference, the pinned one only
// as a pinned_ref, which does not bind to a plain reference.
void projections(pin::pinned_ref<counter> c) {
    long& value = pin::project<&counter::value>(c);
    pin::pinned_ref<posix_mutex> ok = pin::project<&counter::lock>(c);
    posix_mutex& escaped = pin::project<&counter::lock>(c);
    // expected-error@-1 {{non-const lvalue reference to type 'posix_mutex' cannot bind to a temporary of type 'pinned_ref<V>' (aka 'pinned_ref<posix_mutex>')}}
    // STOCK-DAG: 04_pthread_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}posix_mutex
    static_cast<void>(value);
    static_cast<void>(ok);
    static_cast<void>(escaped);
}
