// Misuse of examples/08_static_pinned.cpp that must not compile: copying the static list
// head (the copy points at the original), copying or moving a kmodule or a static slot,
// memcpy of the list head, and creating a module other than through its initializer.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "08_static_pinned.cpp"
#undef main

#include <cstring>
#include <utility>

// expected-note@./08_static_pinned.cpp:* 3 {{'list_head' is declared 'pinned' here}}
// expected-note@./08_static_pinned.cpp:* {{'kmodule' is declared 'pinned' here}}

list_head copy_of_modules = modules;
// expected-error@-1 {{cannot copy object of pinned type 'list_head'}}
// STOCK-DAG: 08_static_pinned-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted

void copies_and_moves(kmodule& m) {
    kmodule m2 = std::move(m);  // kmodule has a destructor and so no move constructor
    // expected-error@-1 {{cannot copy object of pinned type 'kmodule'}}
    // STOCK-DAG: 08_static_pinned-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    pin::static_slot<kmodule> other = std::move(uart_slot);
    // expected-error@-1 {{cannot copy object of pinned type 'pin::static_slot<kmodule>'}}
    // expected-note@*:* {{'pin::static_slot<kmodule>' is pinned because its base class 'pin::pinned' is pinned}}
    // expected-note@*:* {{'pin::pinned' is declared 'pinned' here}}
    // STOCK-DAG: 08_static_pinned-misuse.cpp:[[@LINE-4]]:{{.*}}error: {{.*}}deleted
    modules = list_head{{}, &modules, &modules};  // "re-initialize" the live list head
    // expected-error@-1 {{cannot move-assign object of pinned type 'list_head'}}
    // STOCK-DAG: 08_static_pinned-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

void relocations(list_head* saved) {
    std::memcpy(saved, &modules, sizeof(list_head));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'list_head', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 08_static_pinned-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}list_head{{.*}}[-Werror=class-memaccess]
}

// A module exists only through kmodule::init, in a slot that runs its destructor.
kmodule rogue("rogue");
// expected-error@-1 {{calling a private constructor of class 'kmodule'}}
// expected-note@./08_static_pinned.cpp:* {{declared private here}}
// STOCK-DAG: 08_static_pinned-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}private
