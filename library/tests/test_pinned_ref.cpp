// pin::pinned, pin::is_pinned_v, pin::pinned_ref and projections; pinned destructors.
#include "support.hpp"

#include <pin/containers.hpp>

#include <atomic>
#include <deque>
#include <list>
#include <mutex>
#include <optional>
#include <string>

namespace {
using namespace pin_test;

struct marker_only : pin::pinned {
    int x;
};
struct holds_pinned {
    marker_only m;
};
struct movable {
    int x;
    std::string s;
};

// The marker deletes copy and move, transitively through bases and members.
static_assert(!std::is_copy_constructible_v<pin::pinned> && !std::is_move_constructible_v<pin::pinned>);
static_assert(!std::is_move_constructible_v<marker_only> && !std::is_move_assignable_v<marker_only>);
static_assert(!std::is_move_constructible_v<holds_pinned>);
// ...and keeps types aggregates and trivially default-constructible.
static_assert(std::is_aggregate_v<marker_only> && std::is_trivially_default_constructible_v<marker_only>);

static_assert(pin::is_pinned_v<marker_only>);
static_assert(pin::is_pinned_v<holds_pinned>);
static_assert(pin::is_pinned_v<marker_only[3]>);
static_assert(!pin::is_pinned_v<movable>);
static_assert(!pin::is_pinned_v<int>);
static_assert(!pin::is_pinned_v<int&>);
#if !PIN_HAS_NATIVE_PINNED
// The stock approximation also treats non-movable library types as pinned.
static_assert(pin::is_pinned_v<std::mutex> && pin::is_pinned_v<std::atomic<int>>);
#endif

struct device : pin::pinned {
    marker_only regs;  // pinned member: projects to pinned_ref
    int irq;           // unpinned member: projects to int&
    std::string name;  // unpinned member: projects to std::string&
};

static_assert(std::is_same_v<decltype(pin::project<&device::regs>(std::declval<pin::pinned_ref<device>>())),
                             pin::pinned_ref<marker_only>>);
static_assert(std::is_same_v<decltype(pin::project<&device::irq>(std::declval<pin::pinned_ref<device>>())), int&>);
static_assert(std::is_same_v<decltype(pin::project<&device::irq>(std::declval<pin::pinned_ref<const device>>())),
                             const int&>);
static_assert(!std::is_convertible_v<pin::pinned_ref<marker_only>, marker_only&>);

using PinnedRefTest = PinTest;

TEST_F(PinnedRefTest, ProjectionsReachTheMembersOfThePinnedObject) {
    auto b = pin::make_box(pin::fields<device>()
                               .set<&device::regs>()
                               .set<&device::irq>(5)
                               .set<&device::name>("dev"));
    ASSERT_TRUE(b);
    pin::pinned_ref<device> dev = b->as_ref();
    pin::pinned_ref<marker_only> regs = pin::project<&device::regs>(dev);
    EXPECT_EQ(regs.get(), &(*b)->regs);
    int& irq = pin::project<&device::irq>(dev);
    irq = 7;  // an unpinned member may be freely assigned
    EXPECT_EQ((*b)->irq, 7);
    std::string taken = std::move(pin::project<&device::name>(dev));  // and moved out of
    EXPECT_EQ(taken, "dev");
    pin::pinned_ref<const device> cdev = dev;
    EXPECT_EQ(&pin::project<&device::irq>(cdev), &(*b)->irq);
}

// PinnedDrop counterpart: a C++ destructor always runs in place, at the address the
// object was built at, in every emplacer; tracked's destructor checks exactly that.
TEST_F(PinnedRefTest, DestructorsRunAtTheConstructionAddressInEveryEmplacer) {
    {
        auto b = pin::make_box(make_tracked(1));
        auto s = pin::make_shared_box(make_tracked(2));
        pin::stack_slot<tracked> slot;
        ASSERT_TRUE(slot.emplace(make_tracked(3)));
        std::list<tracked, pin::init_allocator<tracked>> l;
        ASSERT_TRUE(pin::emplace_back(l, make_tracked(4)));
        std::deque<tracked, pin::init_allocator<tracked>> d;
        ASSERT_TRUE(pin::emplace_front(d, make_tracked(5)));
        std::optional<tracked> o;
        ASSERT_TRUE(pin::emplace(o, pin::construct<tracked>(6)));
        pin::uninit<tracked> u;
        ASSERT_TRUE(u.emplace(make_tracked(7)));
        u.destroy();  // pin::uninit destroys only when told
        ASSERT_TRUE(b && s);
    }
    // (pin::static_slot: StaticSlotTest.DestroyedAtExitAtItsAddress)
    EXPECT_EQ(trace(), "+1 +2 +3 +4 +5 +6 +7 -7 -6 -5 -4 -3 -2 -1");
}

}  // namespace
