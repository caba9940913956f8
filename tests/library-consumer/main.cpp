// Uses the installed pin headers: a self-referential list head built in a box and in a
// stack slot. Exit code 0 means the package works.
#include <pin/pin.hpp>

#include <cstdio>

namespace {

struct list_head : pin::pinned {
    list_head* next;
    list_head* prev;

    static auto init() {
        return pin::fields<list_head>()
            .init<&list_head::next>([](list_head* self) { return self; })
            .init<&list_head::prev>([](list_head* self) { return self; });
    }
};

bool is_empty_list(const list_head& h) { return h.next == &h && h.prev == &h; }

}  // namespace

int main() {
    auto boxed = pin::make_box(list_head::init());
    if (!boxed || !is_empty_list(**boxed))
        return 1;

    pin::stack_slot<list_head> slot;
    if (!slot.emplace(list_head::init()) || !is_empty_list(*slot))
        return 2;

    static_assert(pin::is_pinned_v<list_head>);
    std::puts("pin consumer: ok");
    return 0;
}
