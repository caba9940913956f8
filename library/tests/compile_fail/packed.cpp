// pin::fields rejects packed types, as pin-init does: a member below its alignment cannot
// be pinned (nor referenced).
// EXPECT: T is packed
#include <pin/pin.hpp>

#include <cstdint>

#ifdef PIN_CONTROL
struct header {
#else
struct __attribute__((packed)) header {
#endif
    std::uint8_t kind;
    std::uint64_t length;
};

int main() {
    pin::stack_slot<header> slot;
    return slot.emplace(pin::fields<header>().set<&header::kind>(1).set<&header::length>(8)) ? 0 : 1;
}
