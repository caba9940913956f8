// A field-wise builder that leaves a member out must not compile: one error, naming the
// member by index and type (here next to a member of the same type).
// ERRORS: 1
// EXPECT: missing_field<device, 1(UL)?, 2(UL)?, int>
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
