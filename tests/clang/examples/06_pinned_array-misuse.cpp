// Misuse of examples/06_pinned_array.cpp that must not compile: taking a sensor out of
// the array by copy or move, moving the bank that holds the array, "erasing" an element
// by shifting the others down with memmove, and a bank builder that forgets the array.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "06_pinned_array.cpp"
#undef main

#include <cstring>
#include <utility>

// expected-note@./06_pinned_array.cpp:* 4 {{'sensor' is declared 'pinned' here}}
// expected-note@./06_pinned_array.cpp:* {{'sensor_bank' is pinned because its member 'sensors' of type 'sensor[5]' is pinned}}

void copies_and_moves(sensor (&s)[N], sensor_bank& bank) {
    sensor first = s[0];
    // expected-error@-1 {{cannot copy object of pinned type 'sensor'}}
    // STOCK-DAG: 06_pinned_array-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    sensor last = std::move(s[N - 1]);  // sensor has a destructor and so no move constructor
    // expected-error@-1 {{cannot copy object of pinned type 'sensor'}}
    // STOCK-DAG: 06_pinned_array-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    sensor_bank other = std::move(bank);
    // expected-error@-1 {{cannot move object of pinned type 'sensor_bank'}}
    // STOCK-DAG: 06_pinned_array-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

// "Erase element 0" the C way: the registry would still point at the old addresses.
void erase_first(sensor (&s)[N]) {
    std::memmove(&s[0], &s[1], (N - 1) * sizeof(sensor));
    // expected-error@-1 {{destination for this 'memmove' call is a pointer to pinned type 'sensor', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 06_pinned_array-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memmove{{.*}}writing to an object of type {{.*}}sensor{{.*}}[-Werror=class-memaccess]
}

// A bank builder that forgets the sensors.
void builders(pin::stack_slot<sensor_bank>& slot) {
    static_cast<void>(slot.emplace(pin::fields<sensor_bank, probe_error>().init<&sensor_bank::bus>(
        pin::construct<bus_name>("i2c-0"))));
    // expected-error@*:* {{requirement 'missing_field<sensor_bank, 1, 1, sensor>::reported': pin::fields<T>: missing field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: missing field
    // STOCK-DAG: missing_field<sensor_bank, 1{{(UL)?}}, 1{{(UL)?}}, sensor>
}
// expected-note@*:* 0+ {{in instantiation of}}
// expected-note@*:* 0+ {{requested here}}
// The missing field is reported where the library meets the member's type (see
// detail::missing_member_reporter in pin/fields.hpp), inside a constraint check.
// expected-note@*:* 0+ {{while substituting template arguments into constraint expression here}}
// expected-note@*:* 0+ {{while checking constraint satisfaction for template}}
// expected-note@*:* 0+ {{skipping}}
