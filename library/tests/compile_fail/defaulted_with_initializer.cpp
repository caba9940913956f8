// With defaulted<>() members every step must produce its member as a value inside one
// aggregate initialization; a (fallible) initializer, which writes to an address and may
// fail, cannot run there. One error, naming the member whose step it is.
// ERRORS: 1
// EXPECT: step_needs_an_address<&port::lock>
#include <pin/pin.hpp>

#include <cerrno>

struct raw_lock : pin::pinned {
    int owner;
    static auto init(int id) {
        return pin::from_closure<raw_lock, int>([id](raw_lock* slot) -> pin::init_result<int> {
            if (id < 0)
                return std::unexpected(EINVAL);
            ::new (static_cast<void*>(slot)) raw_lock{{}, id};
            return {};
        });
    }
};
struct port {
    raw_lock lock;
    int baud = 9600;
};

int main() {
    pin::stack_slot<port, int> slot;
    auto init = pin::fields<port, int>()
                    .init<&port::lock>(raw_lock::init(1))
#ifdef PIN_CONTROL
                    .set<&port::baud>(9600);
#else
                    .defaulted<&port::baud>();
#endif
    return slot.emplace(std::move(init)) ? 0 : 1;
}
