// With defaulted<>() members the builder runs as one aggregate initialization, which builds
// members in declaration order: steps written in another order are rejected, naming the
// member that comes earlier.
// ERRORS: 1
// EXPECT: step_out_of_declaration_order<&settings::id>
#include <pin/pin.hpp>

struct settings {
    int id;
    const char* name;
    int retries = 7;
};

int main() {
    pin::stack_slot<settings> slot;
    auto init = pin::fields<settings>()
#ifdef PIN_CONTROL
                    .set<&settings::id>(1)
                    .set<&settings::name>("eth0")
#else
                    .set<&settings::name>("eth0")
                    .set<&settings::id>(1)
#endif
                    .defaulted<&settings::retries>();
    return slot.emplace(std::move(init)) ? 0 : 1;
}
