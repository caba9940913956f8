// Projecting a pinned member yields pin::pinned_ref; binding it to a plain reference must
// not compile (an unpinned member does project to a plain reference).
// EXPECT: non-const (lvalue )?reference .*regs.*pinned_ref<regs>
#include <pin/pin.hpp>

struct regs : pin::pinned {
    unsigned ctrl;
};
struct device : pin::pinned {
    regs r;
    int irq;
};

int main() {
    auto b = pin::make_box(pin::zeroed<device>());
    if (!b)
        return 1;
    pin::pinned_ref<device> dev = b->as_ref();
    int& irq = pin::project<&device::irq>(dev);
#ifdef PIN_CONTROL
    pin::pinned_ref<regs> r = pin::project<&device::r>(dev);
    return irq + static_cast<int>(r->ctrl);
#else
    regs& r = pin::project<&device::r>(dev);
    return irq + static_cast<int>(r.ctrl);
#endif
}
