// Copying a pinned object (here: one that is pinned through a member) must not compile.
// EXPECT: (deleted function .*driver::driver|implicitly-deleted copy constructor of .*driver|pinned type .*driver)
#include <pin/pin.hpp>

struct lock_word : pin::pinned {
    int word;
};
struct driver {
    lock_word lock;  // pinned member: driver is pinned too
    int irq;
};

int main() {
    auto b = pin::make_box(pin::zeroed<driver>());
    if (!b)
        return 1;
#ifdef PIN_CONTROL
    const driver& view = **b;
    return view.irq;
#else
    driver copy = **b;
    return copy.irq;
#endif
}
