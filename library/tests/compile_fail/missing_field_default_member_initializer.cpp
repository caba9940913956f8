// A member with a default member initializer that the builder does not mention, declared
// before a member built by a step (the issue's `struct S { int a; int b = 7; std::mutex m; }`):
// C++ cannot run that initializer on its own, so it is a missing field, named by index and
// type even though its neighbour has the same type; the message points to defaulted<>().
// ERRORS: 1
// EXPECT: (missing_field<S, 1(UL)?, 2(UL)?, int>.*defaulted<>\(\)|defaulted<>\(\).*missing_field<S, 1(UL)?, 2(UL)?, int>)
#include <pin/pin.hpp>

#include <mutex>

struct S {
    int a;
    int b = 7;
    std::mutex m;
};

int main() {
    pin::stack_slot<S> slot;
    auto init = pin::fields<S>()
                    .set<&S::a>(1)
#ifdef PIN_CONTROL
                    .set<&S::b>(7)
#endif
                    .init<&S::m>([](S*) { return std::mutex(); });
    return slot.emplace(std::move(init)) ? 0 : 1;
}
