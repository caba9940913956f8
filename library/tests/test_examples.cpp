// The example from README.md, compiled and run: a self-referential list head and a
// driver_data with a fallible 1 MiB buffer, created in one statement on the heap and on
// the stack; on failure nothing is left constructed.
#include "support.hpp"

#include <cstddef>
#include <system_error>

namespace {
using namespace pin_test;

// --- README example begins -------------------------------------------------------------
struct list_head : pin::pinned {  // pinned: copy and move are deleted
    list_head* next;
    list_head* prev;

    static auto init() {  // an initializer, not an object
        return pin::fields<list_head>()
            .init<&list_head::next>([](list_head* self) { return self; })
            .init<&list_head::prev>([](list_head* self) { return self; });
    }
};

struct buffer {
    std::byte bytes[1 << 20];
};

template <class Alloc = pin::heap_allocator>
struct driver_data {
    list_head queue;
    int irq;
    pin::box<buffer, Alloc> buf;
};

template <class Alloc = pin::heap_allocator>
auto make_driver(int irq, Alloc alloc = {}) {  // fails with std::errc
    return pin::fields<driver_data<Alloc>, std::errc>()
        .template init<&driver_data<Alloc>::queue>(list_head::init())
        .template set<&driver_data<Alloc>::irq>(irq)
        .template init<&driver_data<Alloc>::buf>([alloc](auto) { return pin::make_box(pin::zeroed<buffer>(), alloc); });
}
// --- README example ends ---------------------------------------------------------------

bool empty_list(const list_head& h) { return h.next == &h && h.prev == &h; }

TEST(ExamplesTest, DriverDataOnTheHeapAndOnTheStack) {
    auto heap = pin::make_box(make_driver(5));  // std::expected<pin::box<driver_data>, std::errc>
    ASSERT_TRUE(heap);
    EXPECT_TRUE(empty_list((*heap)->queue));
    EXPECT_EQ((*heap)->buf->bytes[1000], std::byte{0});

    pin::stack_slot slot(make_driver(7));  // one statement, as in the README
    ASSERT_TRUE(slot);
    EXPECT_TRUE(empty_list(slot->queue));
    EXPECT_EQ(slot->irq, 7);
}

TEST(ExamplesTest, DriverDataBufferAllocationFailureLeavesNothing) {
    alloc_stats stats;
    stats.budget = 0;  // the buffer allocation fails
    pin::stack_slot slot(make_driver(5, counting_allocator{&stats}));
    ASSERT_FALSE(slot);
    EXPECT_EQ(slot.error(), std::errc::not_enough_memory);

    stats.budget = 1;  // heap box: the object fits, its buffer does not
    auto heap = pin::make_box(make_driver(5, counting_allocator{&stats}), counting_allocator{&stats});
    ASSERT_FALSE(heap);
    EXPECT_EQ(heap.error(), std::errc::not_enough_memory);
    EXPECT_EQ(stats.allocations, stats.deallocations);
}

}  // namespace
