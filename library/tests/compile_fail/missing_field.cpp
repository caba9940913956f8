// A field-wise builder that leaves a member out must not compile.
// EXPECT: missing field
#include <pin/pin.hpp>

struct device {
    int irq;
    int flags;
    char name[16];
};

int main() {
    pin::stack_slot<device> slot;
    auto init = pin::fields<device>()
                    .set<&device::irq>(5)
#ifdef PIN_CONTROL
                    .set<&device::flags>(0)
#endif
                    .init<&device::name>(pin::zeroed<char[16]>());
    return slot.emplace(std::move(init)) ? 0 : 1;
}
