// pin::fields cannot build a type with a user-provided destructor: it is not an
// implicit-lifetime type, so its members cannot be constructed one by one.
// EXPECT: user-provided destructor
#include <pin/pin.hpp>

struct node : pin::pinned {
    node* self;
#ifndef PIN_CONTROL
    ~node() { self = nullptr; }
#endif
};

int main() {
    pin::stack_slot<node> slot;
    return slot.emplace(pin::fields<node>().init<&node::self>([](node* s) { return s; })) ? 0 : 1;
}
