// defaulted<&T::m>() on a member declared before a member that a step builds: aggregate
// initialization (the only way C++ runs a default member initializer) can leave out only the
// members after the last one it initializes. One error, naming the member.
// ERRORS: 1
// EXPECT: defaulted_member_before_a_step<&(config::)?settings::retries>
#include <pin/pin.hpp>

#include <mutex>

namespace config {
struct settings {
    int id;
    int retries = 7;
    std::mutex lock;
};
}  // namespace config
using config::settings;

int main() {
    pin::stack_slot<settings> slot;
    auto init = pin::fields<settings>()
                    .set<&settings::id>(1)
#ifdef PIN_CONTROL
                    .set<&settings::retries>(7)
#else
                    .defaulted<&settings::retries>()
#endif
                    .init<&settings::lock>([](settings*) { return std::mutex(); });
    return slot.emplace(std::move(init)) ? 0 : 1;
}
