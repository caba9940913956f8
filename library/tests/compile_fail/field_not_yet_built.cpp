// A field initializer sees only the fields built before it: reading a later one through
// the built<> view does not compile.
// EXPECT: field not yet built
#include <pin/pin.hpp>

#include <cstddef>
#include <string>

struct connection {
    std::string name;
    std::size_t name_length;
};

int main() {
    pin::stack_slot<connection> slot;
#ifdef PIN_CONTROL
    auto init = pin::fields<connection>()
                    .set<&connection::name>("eth0")
                    .init<&connection::name_length>(
                        [](auto built) { return built.template get<&connection::name>().size(); });
#else
    auto init = pin::fields<connection>()
                    .init<&connection::name_length>(
                        [](auto built) { return built.template get<&connection::name>().size(); })
                    .set<&connection::name>("eth0");
#endif
    return slot.emplace(std::move(init)) ? 0 : 1;
}
