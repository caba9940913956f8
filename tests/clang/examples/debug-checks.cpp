// Misuse of the examples that no compiler can reject yet - using an object before it was
// constructed, or after the initializer that should have built it failed - caught at run
// time by the library's debug checks (PIN_DEBUG, on unless NDEBUG): the program stops
// with a message instead of touching storage in which no object lives. With init
// parameters the compiler will reject the same uses at compile time.
//
// RUN: %clangxx -std=c++23 -g -pthread -I %{pin_include} -I %S/../../../examples -DCASE=1 %s -o %t.1
// RUN: not --crash %t.1 2>&1 | FileCheck %s --check-prefix=STATIC-BEFORE-INIT
// RUN: %clangxx -std=c++23 -g -pthread -I %{pin_include} -I %S/../../../examples -DCASE=2 %s -o %t.2
// RUN: not --crash %t.2 2>&1 | FileCheck %s --check-prefix=SLOT-AFTER-FAILURE
// RUN: %clangxx -std=c++23 -g -pthread -I %{pin_include} -I %S/../../../examples -DCASE=3 %s -o %t.3
// RUN: not --crash %t.3 2>&1 | FileCheck %s --check-prefix=MOVED-FROM-BOX
// The same with NDEBUG compiles the checks away (the misuse is then undefined behaviour):
// RUN: %clangxx -std=c++23 -g -pthread -DNDEBUG -I %{pin_include} -I %S/../../../examples -DCASE=1 -fsyntax-only %s

#define main example_main
#if CASE == 1
#include "08_static_pinned.cpp"
#elif CASE == 2
#include "03_driver_data.cpp"
#else
#include "01_list_head.cpp"
#endif
#undef main

#include <cstdio>
#include <utility>

int main() {
#if CASE == 1
    // 08: a module used before its static slot was filled (the forgotten "init()").
    std::printf("uart is %s\n", uart_slot->name());
    // STATIC-BEFORE-INIT: pin: pin::static_slot used before get_or_init succeeded
#elif CASE == 2
    // 03: the buffer allocation failed, and the caller ignores the error.
    allocations_left = 0;
    pin::stack_slot<driver_data> drv;
    static_cast<void>(drv.emplace(new_driver_data(7, "drv.commands")));
    allocations_left = -1;
    std::printf("irq %d\n", drv->irq);
    // SLOT-AFTER-FAILURE: pin: pin::stack_slot used while empty
#else
    // 01: the task was handed to another box; the old one is empty.
    auto t = pin::make_box(make_task(3));
    if (!t)
        return 1;
    pin::box<task> other = std::move(*t);
    std::printf("task %d\n", (*t)->id);
    // MOVED-FROM-BOX: pin: dereferencing an empty pin::box
#endif
    return 0;
}
