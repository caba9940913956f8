// Misuse of examples/05_big_object.cpp that must not compile: copying the 64 MiB image
// out of its box (a 64 MiB stack object), the factory that builds it on the stack and
// returns it, memcpy of it, and a builder that forgets the checksum.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "05_big_object.cpp"
#undef main

#include <cstring>
#include <utility>

using big = image<64 * MiB>;

// expected-note@./05_big_object.cpp:* 5 {{'image<67108864>' is declared 'pinned' here}}

void copies(pin::box<big>& b) {
    big copy = *b;
    // expected-error@-1 {{cannot copy object of pinned type 'image<67108864>'}}
    // STOCK-DAG: 05_big_object-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    *b = copy;
    // expected-error@-1 {{cannot copy-assign object of pinned type 'image<67108864>'}}
    // STOCK-DAG: 05_big_object-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

// The "make it, then return it" factory: 64 MiB on the stack, then a move.
big make_image_by_value() {
    big im{};
    im.self = &im;
    return im;
    // expected-error@-1 {{cannot move object of pinned type 'image<67108864>'}}
    // STOCK-DAG: 05_big_object-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

void relocations(big* im, void* raw) {
    std::memcpy(raw, im, sizeof(big));
    // expected-error@-1 {{source of this 'memcpy' call is a pointer to pinned type 'image<67108864>', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    std::memcpy(im, raw, sizeof(big));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'image<67108864>', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 05_big_object-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}image{{.*}}[-Werror=class-memaccess]
}

// A builder that forgets the checksum.
void builders() {
    using I = image<1 * MiB>;
    auto forgot_checksum = pin::fields<I>()
                               .init<&I::self>([](I* self) { return self; })
                               .set<&I::width>(width)
                               .init<&I::plane>(pin::zeroed<pixel_plane<1 * MiB>>());
    auto b = pin::make_box(std::move(forgot_checksum));
    // expected-error@*:* {{requirement 'missing_field<image<1048576>, 3, 3, unsigned long>::reported': pin::fields<T>: missing field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: missing field
    // STOCK-DAG: missing_field<image<1048576>, 3{{(UL)?}}, 3{{(UL)?}}, {{unsigned long|long unsigned int}}>
    static_cast<void>(b);
}
// expected-note@*:* 0+ {{in instantiation of}}
// expected-note@*:* 0+ {{requested here}}
// The missing field is reported where the library meets the member's type (see
// detail::missing_member_reporter in pin/fields.hpp), inside a constraint check.
// expected-note@*:* 0+ {{while substituting template arguments into constraint expression here}}
// expected-note@*:* 0+ {{while checking constraint satisfaction for template}}
// expected-note@*:* 0+ {{skipping}}
// expected-note@*:* 0+ {{'image<1048576>' is pinned because its base class 'pin::pinned' is pinned}}
// expected-note@*:* 0+ {{'pin::pinned' is declared 'pinned' here}}
