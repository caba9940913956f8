// The builders of examples/07_operation_state.cpp written as native init functions, and
// the mistakes that only init parameters reject at compile time: a composite that forgets
// its child operation, an operation state registered with the run loop or started before
// its members exist, a success return without the child, and a child connected twice into
// the same storage. The library path cannot see any of them except the first (a missing
// field of pin::fields, tests/clang/examples/07_operation_state-misuse.cpp): a field
// initializer or a from_closure gets a raw pointer to the parent, through which it may
// read, start or rebuild anything at any time.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "07_operation_state.cpp"
#undef main

#include <expected>
#include <system_error>
#include <utility>

// The child of square_op: a schedule operation that completes into its parent.
using schedule_child_op = decltype(square_op::child);

// expected-note@./07_operation_state.cpp:* 2 {{member 'child' is not constructed}}

// What connect(square(sch, x), r) does, by hand.
void connects_square(init square_op& self, exec::run_loop::scheduler sch, int x, print_receiver r) {
    auto s = square(sch, x);
    self.f = std::move(s.f);
    self.rcvr = r;
    exec::connect_into(init self.child, s.sndr, square_op::inner_receiver{&self});
}

// Nothing would ever be scheduled, and start() would start a child that does not exist.
void forgets_the_child(init square_op& self, exec::run_loop::scheduler sch, int x, print_receiver r) {
    auto s = square(sch, x);
    self.f = std::move(s.f);
    self.rcvr = r;
} // expected-error {{'self' is not fully constructed at the end of the function}}

// Registers its node with its loop before it has set the loop pointer.
void registers_too_early(init schedule_child_op& self, exec::schedule_sender s, square_op::inner_receiver r) {
    exec::task::make(init self.node, &self, &schedule_child_op::execute);
    self.loop->push(&self.node); // expected-error {{'self.loop' is used before it is constructed}}
    self.loop = s.loop;
    self.rcvr = r;
}

// Starts eagerly, before the receiver and the child exist.
void starts_too_early(init square_op& self, exec::run_loop::scheduler sch, int x, print_receiver r) {
    auto s = square(sch, x);
    self.f = std::move(s.f);
    self.start(); // expected-error {{'self' is used before it is constructed}}
    self.rcvr = r;
    exec::connect_into(init self.child, s.sndr, square_op::inner_receiver{&self});
}

// A connect that can fail reports success for x == 0 without connecting the child.
std::expected<void, std::errc> connects_only_nonzero(init square_op& self, exec::run_loop::scheduler sch, int x,
                                                     print_receiver r) {
    if (!sch.loop)
        return std::unexpected(std::errc::invalid_argument);
    auto s = square(sch, x);
    self.f = std::move(s.f);
    self.rcvr = r;
    if (x == 0)
        return {}; // expected-error {{'self' is not fully constructed at this return}}
    exec::connect_into(init self.child, s.sndr, square_op::inner_receiver{&self});
    return {};
}

// A second child in the same storage: the first one's destructor would never run.
void connects_twice(init square_op& self, exec::run_loop::scheduler sch, int x, print_receiver r) {
    auto s = square(sch, x);
    self.f = std::move(s.f);
    self.rcvr = r;
    exec::connect_into(init self.child, s.sndr, square_op::inner_receiver{&self});
    // expected-note@-1 {{'self.child' is constructed here}}
    exec::connect_into(init self.child, s.sndr, square_op::inner_receiver{&self});
    // expected-error@-1 {{'self.child' is already constructed}}
}
