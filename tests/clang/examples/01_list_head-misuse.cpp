// Misuse of examples/01_list_head.cpp that must not compile: copying or moving a
// list_head or a task that holds one, returning one by value from a factory, relocating
// one with memcpy/memmove/realloc, and a field-wise builder that forgets a member or
// builds one twice.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "01_list_head.cpp"
#undef main

#include <cstdlib>
#include <cstring>
#include <utility>

// expected-note@./01_list_head.cpp:* 9 {{'list_head' is declared 'pinned' here}}
// expected-note@./01_list_head.cpp:* 6 {{'task' is pinned because its member 'node' of type 'list_head' is pinned}}

void copies_and_moves(list_head& head, task& t) {
    list_head copy = head;
    // expected-error@-1 {{cannot copy object of pinned type 'list_head'}}
    // STOCK-DAG: 01_list_head-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    list_head moved = std::move(head);  // list_head has a destructor and so no move
    // expected-error@-1 {{cannot copy object of pinned type 'list_head'}}
    // STOCK-DAG: 01_list_head-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    task t2 = t;
    // expected-error@-1 {{cannot copy object of pinned type 'task'}}
    // STOCK-DAG: 01_list_head-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    task t3 = std::move(t);
    // expected-error@-1 {{cannot move object of pinned type 'task'}}
    // STOCK-DAG: 01_list_head-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    t = t2;
    // expected-error@-1 {{cannot copy-assign object of pinned type 'task'}}
    // STOCK-DAG: 01_list_head-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

// A factory that names its result and returns it: needs a move (NRVO is not guaranteed).
task make_task_by_value(int id) {
    task t{id, {}};
    return t;
    // expected-error@-1 {{cannot move object of pinned type 'task'}}
    // STOCK-DAG: 01_list_head-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

void relocations(task* a, task* b, list_head* h, void* raw) {
    std::memcpy(a, b, sizeof(task));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'task', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 01_list_head-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}task{{.*}}[-Werror=class-memaccess]
    std::memmove(raw, h, sizeof(list_head));
    // expected-error@-1 {{source of this 'memmove' call is a pointer to pinned type 'list_head', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    void* grown = std::realloc(a, 2 * sizeof(task));
    // expected-error@-1 {{argument of this 'realloc' call is a pointer to pinned type 'task', whose objects must not be relocated}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 01_list_head-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}realloc{{.*}}moving an object of non-trivially copyable type {{.*}}task{{.*}}[-Werror=class-memaccess]
    static_cast<void>(grown);
}

// Field-wise construction catches a forgotten or repeated member on every compiler.
void builders(pin::stack_slot<task>& slot) {
    static_cast<void>(slot.emplace(pin::fields<task>().init<&task::node>(list_head::init())));  // forgot id
    // expected-error@*:* {{requirement 'missing_field<task, 0, 1, int>::reported': pin::fields<T>: missing field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: missing field
    // STOCK-DAG: missing_field<task, 0{{(UL)?}}, 1{{(UL)?}}, int>
    static_cast<void>(pin::fields<task>().set<&task::id>(1).set<&task::id>(2));
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
