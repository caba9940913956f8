// A missing member that cannot be initialized from `{}` (here a class holding a lock with no
// default constructor, like the kernel mutex of examples/02) is still named by index and
// type; the first version of the constant-cost check gave up there ("cannot check that
// every member is initialized").
// ERRORS: 1
// EXPECT: missing_field<device, 1(UL)?, 1(UL)?, (device::)?lock_holder>
#include <pin/pin.hpp>

struct device {
    struct lock_holder {
        struct raw : pin::pinned {
            explicit raw(int id) : id(id) {}
            int id;
        };
        raw lock;  // no default constructor: device{x} alone is ill-formed
        int count;
    };
    const char* name;
    lock_holder stats;
};

int main() {
    pin::stack_slot<device> slot;
    auto init = pin::fields<device>()
                    .set<&device::name>("dev")
#ifdef PIN_CONTROL
                    .init<&device::stats>(pin::fields<device::lock_holder>()
                                              .init<&device::lock_holder::lock>(pin::construct<device::lock_holder::raw>(1))
                                              .set<&device::lock_holder::count>(0))
#endif
        ;
    return slot.emplace(std::move(init)) ? 0 : 1;
}
