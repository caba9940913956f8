// Misuse of examples/02_kernel_mutex.cpp (and kernel_mutex.hpp) that must not compile:
// copying or moving a raw_mutex, a mutex<T> or a device that holds one, relocating them
// with memcpy, creating a raw_mutex other than through its initializer (two-phase init),
// and a device builder that forgets the lock.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "02_kernel_mutex.cpp"
#undef main

#include <cstring>
#include <utility>

// expected-note@kernel_mutex.hpp:* 6 {{'kernel::raw_mutex' is declared 'pinned' here}}
// expected-note@kernel_mutex.hpp:* 4 {{'kernel::mutex<device_stats>' is pinned because its member 'raw' of type 'kernel::raw_mutex' is pinned}}
// expected-note@./02_kernel_mutex.cpp:* 3 {{'device' is pinned because its member 'stats' of type 'kernel::mutex<device_stats>' is pinned}}

void copies_and_moves(device& d, kernel::mutex<device_stats>& m, kernel::raw_mutex& r) {
    device d2 = d;
    // expected-error@-1 {{cannot copy object of pinned type 'device'}}
    // STOCK-DAG: 02_kernel_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    device d3 = std::move(d);
    // expected-error@-1 {{cannot move object of pinned type 'device'}}
    // STOCK-DAG: 02_kernel_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    kernel::mutex<device_stats> m2 = std::move(m);
    // expected-error@-1 {{cannot move object of pinned type 'kernel::mutex<device_stats>'}}
    // STOCK-DAG: 02_kernel_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    kernel::raw_mutex r2 = r;  // raw_mutex has a destructor and so no move constructor
    // expected-error@-1 {{cannot copy object of pinned type 'kernel::raw_mutex'}}
    // STOCK-DAG: 02_kernel_mutex-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

void relocations(device* a, device* b, kernel::raw_mutex* r, void* raw) {
    std::memcpy(a, b, sizeof(device));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'device', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 02_kernel_mutex-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}device{{.*}}[-Werror=class-memaccess]
    std::memcpy(raw, r, sizeof(kernel::raw_mutex));
    // expected-error@-1 {{source of this 'memcpy' call is a pointer to pinned type 'kernel::raw_mutex', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
}

// Two-phase init is not available: a raw_mutex exists only through raw_mutex::init.
void two_phase() {
    kernel::raw_mutex r;
    // expected-error@-1 {{no matching constructor for initialization of 'kernel::raw_mutex'}}
    // expected-note@kernel_mutex.hpp:* 2 {{candidate constructor}}
    // STOCK-DAG: 02_kernel_mutex-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}raw_mutex
}

// A device builder that forgets the lock, or builds the name twice.
void builders(pin::stack_slot<device>& slot) {
    static_cast<void>(slot.emplace(pin::fields<device>().set<&device::name>("dev")));
    // expected-error@*:* {{requirement 'missing_field<device, 1, 1, kernel::mutex<device_stats>>::reported': pin::fields<T>: missing field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: missing field
    // STOCK-DAG: missing_field<device, 1{{(UL)?}}, 1{{(UL)?}}, kernel::mutex<device_stats>{{ ?}}>
    static_cast<void>(pin::fields<device>().set<&device::name>("a").set<&device::name>("b"));
    // expected-error@*:* {{pin::fields<T>: duplicate field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: duplicate field
}
// expected-note@*:* 0+ {{in instantiation of}}
// expected-note@*:* 0+ {{requested here}}
// The missing field is reported where the library meets the member's type (see
// detail::missing_member_reporter in pin/fields.hpp), inside a constraint check.
// expected-note@*:* 0+ {{while substituting template arguments into constraint expression here}}
// expected-note@*:* 0+ {{while checking constraint satisfaction for template}}
// expected-note@*:* 0+ {{skipping}}
