// A builder with defaulted<>() members is one aggregate initialization of T: nothing can run
// between its members, so a then() step is rejected (one error, saying what to write).
// ERRORS: 1
// EXPECT: cannot have then\(\) or on_drop\(\) steps
#include <pin/pin.hpp>

struct node {
    node* next;
    int value = 0;
};

int main() {
    pin::stack_slot<node> slot;
    auto init = pin::fields<node>()
                    .init<&node::next>([](node* self) { return self; })
#ifndef PIN_CONTROL
                    .then([](node*) {})
#endif
                    .defaulted<&node::value>();
    return slot.emplace(std::move(init)) ? 0 : 1;
}
