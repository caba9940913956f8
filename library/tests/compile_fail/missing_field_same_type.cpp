// A missing member among members of the same type is still named by index and type (the
// first version said "unknown index and type": its type fits every element).
// ERRORS: 1
// EXPECT: missing_field<device, 1(UL)?, 2(UL)?, int>
#include <pin/pin.hpp>

struct device {
    int irq;
    int flags;
    int mode;
};

int main() {
    pin::stack_slot<device> slot;
    auto init = pin::fields<device>()
                    .set<&device::irq>(5)
#ifdef PIN_CONTROL
                    .set<&device::flags>(0)
#endif
                    .set<&device::mode>(2);
    return slot.emplace(std::move(init)) ? 0 : 1;
}
