// Misuse of examples/03_driver_data.cpp that must not compile: moving or copying a
// driver_data, the factory that returns it in a std::expected (it would have to move the
// mutex), relocating it with memcpy/realloc, and a builder that forgets the buffer (the
// member whose allocation can fail) or builds the irq twice.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "03_driver_data.cpp"
#undef main

#include <cstdlib>
#include <cstring>
#include <expected>
#include <system_error>
#include <utility>

// expected-note@kernel_mutex.hpp:* 5 {{'kernel::raw_mutex' is declared 'pinned' here}}
// expected-note@kernel_mutex.hpp:* 5 {{'kernel::mutex<queue<command>>' is pinned because its member 'raw' of type 'kernel::raw_mutex' is pinned}}
// expected-note@./03_driver_data.cpp:* 5 {{'driver_data' is pinned because its member 'commands' of type 'kernel::mutex<queue<command>>' is pinned}}

void copies_and_moves(driver_data& d) {
    driver_data d2 = std::move(d);
    // expected-error@-1 {{cannot move object of pinned type 'driver_data'}}
    // STOCK-DAG: 03_driver_data-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    driver_data d3 = d;
    // expected-error@-1 {{cannot copy object of pinned type 'driver_data'}}
    // STOCK-DAG: 03_driver_data-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

// The factories the design brief rules out: build the object, then return it by value.
driver_data make_driver_data_by_value(int irq) {
    pin::stack_slot<driver_data> local;
    static_cast<void>(local.emplace(new_driver_data(irq, "local")));
    return std::move(*local);
    // expected-error@-1 {{cannot move object of pinned type 'driver_data'}}
    // STOCK-DAG: 03_driver_data-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}
// Through std::expected the error comes from its constrained constructors (libstdc++):
// none is viable because driver_data is not move-constructible.
std::expected<driver_data, std::errc> try_make_driver_data_by_value(int irq) {
    pin::stack_slot<driver_data> local;
    if (auto r = local.emplace(new_driver_data(irq, "local")); !r)
        return std::unexpected(r.error());
    return std::move(*local);
    // expected-error@-1 {{no viable conversion from returned value of type}}
    // expected-note@*:* 0+ {{candidate}}
    // expected-note@*:* 0+ {{because}}
    // STOCK-DAG: 03_driver_data-misuse.cpp:[[@LINE-4]]:{{.*}}error: {{.*}}
}

void relocations(driver_data* a, driver_data* b) {
    std::memcpy(a, b, sizeof(driver_data));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'driver_data', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 03_driver_data-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}driver_data{{.*}}[-Werror=class-memaccess]
    void* more = std::realloc(a, 2 * sizeof(driver_data));
    // expected-error@-1 {{argument of this 'realloc' call is a pointer to pinned type 'driver_data', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 03_driver_data-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}realloc{{.*}}driver_data{{.*}}[-Werror=class-memaccess]
    static_cast<void>(more);
}

// Forgetting the fallible member, or building one twice.
void builders(pin::stack_slot<driver_data>& slot) {
    auto forgot_buffer = pin::fields<driver_data, std::errc>()
                             .set<&driver_data::irq>(5)
                             .init<&driver_data::commands>(kernel::new_mutex<queue<command>>(
                                 pin::construct<queue<command>>(), "drv", &commands_key));
    static_cast<void>(slot.emplace(std::move(forgot_buffer)));
    // expected-error@*:* {{requirement 'missing_field<driver_data, 2, 2, pin::box<dma_buffer, counting_allocator>>::reported': pin::fields<T>: missing field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: missing field
    // STOCK-DAG: missing_field<driver_data, 2{{(UL)?}}, 2{{(UL)?}}, pin::box<dma_buffer, counting_allocator>{{ ?}}>
    static_cast<void>(pin::fields<driver_data, std::errc>().set<&driver_data::irq>(5).set<&driver_data::irq>(6));
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
