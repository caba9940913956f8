// A missing field is reported once, with the member's index and type: here `flags` (index 1, the
// pin::pinned base not counted) of a type with a std::string and an array member.
// ERRORS: 1
// EXPECT: missing_field<device, 1(UL)?, 2(UL)?, int>
#include <pin/pin.hpp>

#include <string>

struct device : pin::pinned {
    std::string name;
    int flags;
    char tag[4];
};

int main() {
    pin::stack_slot<device> slot;
    auto init = pin::fields<device>()
                    .set<&device::name>("dev")
#ifdef PIN_CONTROL
                    .set<&device::flags>(0)
#endif
                    .init<&device::tag>(pin::zeroed<char[4]>());
    return slot.emplace(std::move(init)) ? 0 : 1;
}
