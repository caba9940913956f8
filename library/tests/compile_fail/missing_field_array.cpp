// A missing array of elements that have no default constructor, next to a member whose
// class has a converting constructor (so `{x}` is ambiguous for it), like `sensor_bank` of
// examples/06: named by index and element type, once.
// ERRORS: 1
// EXPECT: missing_field<bank, 1(UL)?, 1(UL)?, sensor>
#include <pin/pin.hpp>

struct bus_name {
    bus_name(const char* n) : name(n) {}  // converting constructor
    const char* name;
};
class sensor : pin::pinned {
public:
    static auto init(int id) {
        return pin::from_closure<sensor>([id](sensor* slot) { ::new (static_cast<void*>(slot)) sensor(id); });
    }
    int id;

private:
    explicit sensor(int i) : id(i) {}
};
struct bank {
    bus_name bus;
    sensor sensors[3];
};

int main() {
    pin::stack_slot<bank> slot;
    auto init = pin::fields<bank>()
                    .init<&bank::bus>(pin::construct<bus_name>("i2c-0"))
#ifdef PIN_CONTROL
                    .init<&bank::sensors>(pin::array_from_fn<sensor, 3>([](std::size_t i) { return sensor::init(int(i)); }))
#endif
        ;
    return slot.emplace(std::move(init)) ? 0 : 1;
}
