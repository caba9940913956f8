// A field-wise builder that initializes a member twice must not compile.
// ERRORS: 1
// EXPECT: duplicate field
#include <pin/pin.hpp>

struct device {
    int irq;
    int flags;
};

int main() {
    pin::stack_slot<device> slot;
    auto init = pin::fields<device>()
                    .set<&device::irq>(5)
#ifdef PIN_CONTROL
                    .set<&device::flags>(0);
#else
                    .set<&device::irq>(0);
#endif
    return slot.emplace(std::move(init)) ? 0 : 1;
}
