// An initializer does nothing until an emplacer runs it, so one that is built and dropped
// is a mistake: every initializer type is [[nodiscard]], also when a user's own function
// returns it (here with -Werror=unused-result and, for Clang, which reports it under
// -Wunused-value, -Werror=unused-value: the FLAGS line adds both).
// FLAGS: -Werror=unused-result -Werror=unused-value
// EXPECT: ignoring return(ed)? value of (type .*(fields|nodiscard)|function declared with 'nodiscard')
#include <pin/pin.hpp>

struct list_head : pin::pinned {
    list_head* next;
    list_head* prev;
    static auto init() {  // a user function, not itself [[nodiscard]]
        return pin::fields<list_head>()
            .init<&list_head::next>([](list_head* self) { return self; })
            .init<&list_head::prev>([](list_head* self) { return self; });
    }
};

int main() {
    pin::stack_slot<list_head> head;
#ifdef PIN_CONTROL
    return head.emplace(list_head::init()) ? 0 : 1;
#else
    list_head::init();  // meant: head.emplace(list_head::init())
    return head ? 0 : 1;
#endif
}
