// A builder whose missing member comes after a big array and rejects `{x}` (ambiguous
// between its converting constructors) must not be taken for complete: the element-by-
// element count reaches the number of named members, and only a bare clause shows that T
// takes one more. (The first version of the constant-cost check accepted this program and
// left `mode` unconstructed.)
// EXPECT: missing field
#include <pin/pin.hpp>

struct bus_name {
    bus_name(const char* n) : name(n) {}  // no default constructor
    const char* name;
};
struct mode {
    mode() = default;
    mode(int v) : value(v) {}          // two converting constructors:
    mode(const char*) : value(-1) {}   // `{x}` is ambiguous
    int value = 0;
};
struct port {
    bus_name bus;
    char buffer[300];  // more elements than the bare count allows
    mode m;
};

int main() {
    pin::stack_slot<port> slot;
    auto init = pin::fields<port>()
                    .init<&port::bus>(pin::construct<bus_name>("uart0"))
                    .init<&port::buffer>(pin::zeroed<char[300]>())
#ifdef PIN_CONTROL
                    .set<&port::m>(3)
#endif
        ;
    return slot.emplace(std::move(init)) ? 0 : 1;
}
