// pin::stack_slot - pinned objects in the enclosing scope.
#include "support.hpp"

namespace {
using namespace pin_test;

using StackSlotTest = PinTest;

TEST_F(StackSlotTest, EmplaceBuildsInTheSlotAndScopeEndDestroys) {
    {
        pin::stack_slot<tracked> slot;
        EXPECT_FALSE(slot.has_value());
        ASSERT_TRUE(slot.emplace(make_tracked(1)));
        EXPECT_TRUE(slot);
        EXPECT_EQ(slot->self, slot.get());
        EXPECT_EQ(slot.as_ref().get(), slot.get());
    }
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(StackSlotTest, ReEmplaceDestroysThePreviousObjectFirst) {
    pin::stack_slot<tracked> slot;
    ASSERT_TRUE(slot.emplace(make_tracked(1)));
    tracked* first = slot.get();
    ASSERT_TRUE(slot.emplace(make_tracked(2)));
    EXPECT_EQ(slot.get(), first);  // same storage, reused only after ~tracked ran
    EXPECT_EQ(trace(), "+1 -1 +2");
}

TEST_F(StackSlotTest, FailureLeavesTheSlotEmpty) {
    pin::stack_slot<tracked> slot;
    auto r = slot.emplace(make_tracked(1, true));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{1});
    EXPECT_FALSE(slot.has_value());
    EXPECT_EQ(trace(), "");
}

TEST_F(StackSlotTest, TheSlotItselfIsPinned) {
    static_assert(!std::is_move_constructible_v<pin::stack_slot<int>>);
    static_assert(!std::is_copy_assignable_v<pin::stack_slot<int>>);
    static_assert(pin::is_pinned_v<pin::stack_slot<int>>);
}

}  // namespace
