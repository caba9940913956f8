// Misuse of examples/07_operation_state.cpp that must not compile: moving or copying a
// started operation state, returning one by value, memcpy of one, putting operation states
// into a std::vector (whose growth relocates them), and a composite whose builder forgets
// its child operation.
//
// Patched compiler: the pinned diagnostics, exactly.
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s
// Stock compilers: stock-*.test compile this file and check the STOCK lines (and GCC lines with g++).

#define main example_main
#include "07_operation_state.cpp"
#undef main

#include <cstring>
#include <utility>
#include <vector>

// expected-note@./07_operation_state.cpp:* 4 {{'exec::task' is declared 'pinned' here}}
// expected-note@./07_operation_state.cpp:* 4 {{is pinned because its member 'node' of type 'exec::task' is pinned}}
// expected-note@./07_operation_state.cpp:* 5 {{is pinned because its member 'child' of type}}

void moves(pin::stack_slot<answer_op>& a, square_op& b) {
    a->start();
    answer_op moved = std::move(*a);  // the loop still holds the address of *a
    // expected-error@-1 {{cannot move object of pinned type 'exec::then_op<exec::then_sender<exec::schedule_sender,}}
    // STOCK-DAG: 07_operation_state-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
    square_op copy = b;
    // expected-error@-1 {{cannot copy object of pinned type 'exec::then_op<exec::schedule_sender,}}
    // STOCK-DAG: 07_operation_state-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

square_op connect_by_value(pin::stack_slot<square_op>& s) {
    return std::move(*s);
    // expected-error@-1 {{cannot move object of pinned type 'exec::then_op<exec::schedule_sender,}}
    // STOCK-DAG: 07_operation_state-misuse.cpp:[[@LINE-2]]:{{.*}}error: {{.*}}deleted
}

void relocations(square_op* a, square_op* b) {
    std::memcpy(a, b, sizeof(square_op));
    // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'exec::then_op<exec::schedule_sender, (lambda at}}
    // expected-note@-2 {{cast the pointer to 'void *' explicitly to silence this error}}
    // GCC-DAG: 07_operation_state-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}memcpy{{.*}}writing to an object of type {{.*}}then_op{{.*}}[-Werror=class-memaccess]
}

// pin::emplace_back exists for std::deque and std::list (they never move elements), not
// for std::vector: the library rejects the container on every compiler.
void into_a_vector(std::vector<square_op>& v, exec::run_loop::scheduler sch) {
    static_cast<void>(pin::emplace_back(v, exec::connect(square(sch, 2), print_receiver{"V"})));
    // expected-error@-1 {{no matching function for call to 'emplace_back'}}
    // expected-note@*:* 0+ {{candidate template ignored}}
    // STOCK-DAG: 07_operation_state-misuse.cpp:[[@LINE-3]]:{{.*}}error: {{.*}}emplace_back
}

// A then-operation whose builder forgets its child: nothing would ever be scheduled.
void builders(pin::stack_slot<square_op>& s) {
    using F = decltype([] { return 0; });
    using Op = exec::then_op<exec::schedule_sender, F, print_receiver>;
    pin::stack_slot<Op> op;
    static_cast<void>(op.emplace(pin::fields<Op>().set<&Op::f>(F{}).set<&Op::rcvr>(print_receiver{"X"})));
    // expected-error-re@*:* {{requirement 'missing_field<exec::then_op<{{.*}}>, 2, 2, exec::schedule_op<{{.*}}>::inner_receiver>>::reported': pin::fields<T>: missing field}}
    // STOCK-DAG: error: {{.*}}pin::fields<T>: missing field
    // STOCK-DAG: missing_field<exec::then_op<{{.*}}, 2{{(UL)?}}, 2{{(UL)?}}, exec::schedule_op<exec::then_op<
    static_cast<void>(s);
}
// expected-note@*:* 0+ {{in instantiation of}}
// expected-note@*:* 0+ {{requested here}}
// The missing field is reported where the library meets the member's type (see
// detail::missing_member_reporter in pin/fields.hpp), inside a constraint check.
// expected-note@*:* 0+ {{while substituting template arguments into constraint expression here}}
// expected-note@*:* 0+ {{while checking constraint satisfaction for template}}
// expected-note@*:* 0+ {{skipping}}
