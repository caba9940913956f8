// Moving a pinned object must not compile (natively: the pinned diagnostic; stock: the
// deleted move/copy constructor inherited from pin::pinned).
// EXPECT: (deleted function .*list_head::list_head|implicitly-deleted copy constructor of .*list_head|pinned type .*list_head)
#include <pin/pin.hpp>

#include <utility>

struct list_head : pin::pinned {
    list_head* next;
    list_head* prev;
};

int main() {
    pin::stack_slot<list_head> slot;
    if (!slot.emplace(pin::zeroed<list_head>()))
        return 1;
#ifdef PIN_CONTROL
    list_head& same = *slot;
    return same.next == nullptr ? 0 : 1;
#else
    list_head moved = std::move(*slot);
    return moved.next == nullptr ? 0 : 1;
#endif
}
