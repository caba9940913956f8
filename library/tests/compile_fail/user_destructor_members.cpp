// pin::fields rejects a type with a user-provided destructor also when its members are not
// all trivially destructible (a std::string here); the type's destructor body belongs in
// T::drop() with a pin::drop_hook<T> member (the control variant).
// EXPECT: user-provided destructor
#include <pin/pin.hpp>

#include <string>

struct named {
    std::string name;
    int* counter;
#ifdef PIN_CONTROL
    void drop() noexcept { ++*counter; }
    pin::drop_hook<named> on_drop;
#else
    ~named() { ++*counter; }
#endif
};

int main() {
    int drops = 0;
    pin::stack_slot<named> slot;
    auto init = pin::fields<named>()
                    .set<&named::name>("n")
                    .set<&named::counter>(&drops)
#ifdef PIN_CONTROL
                    .on_drop<&named::on_drop>()
#endif
        ;
    return slot.emplace(std::move(init)) ? 0 : 1;
}
