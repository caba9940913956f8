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

TEST_F(StackSlotTest, OneStatementBuildsInTheSlotAndDeducesTypeAndError) {
    {
        pin::stack_slot slot(make_tracked(1));  // stack_try_pin_init!
        static_assert(std::is_same_v<decltype(slot), pin::stack_slot<tracked, test_error>>);
        ASSERT_TRUE(slot.has_value());
        EXPECT_EQ(slot->self, slot.get());
        EXPECT_EQ(trace(), "+1");
    }
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(StackSlotTest, OneStatementFailureLeavesTheSlotEmptyWithTheError) {
    {
        pin::stack_slot slot(make_tracked(4, true));
        EXPECT_FALSE(slot);
        EXPECT_EQ(slot.error(), test_error{4});
    }
    EXPECT_EQ(trace(), "");  // nothing was built, nothing destroyed
}

TEST_F(StackSlotTest, OneStatementInfallibleSlotRemembersNoError) {
    pin::stack_slot slot(pin::construct<tracked>(2));  // stack_pin_init!
    static_assert(std::is_same_v<decltype(slot), pin::stack_slot<tracked, pin::infallible>>);
    static_assert(sizeof(pin::stack_slot<tracked>) <= sizeof(tracked) + alignof(tracked));
    EXPECT_EQ(slot->id, 2);
}

TEST_F(StackSlotTest, EmplaceRecordsTheLatestOutcome) {
    pin::stack_slot<tracked, test_error> slot;
    ASSERT_FALSE(slot.emplace(make_tracked(1, true)));
    EXPECT_EQ(slot.error(), test_error{1});
    ASSERT_TRUE(slot.emplace(make_tracked(2)));  // infallible and fallible both accepted
    ASSERT_TRUE(slot.emplace(pin::construct<tracked>(3)));
    EXPECT_EQ(slot->id, 3);
    EXPECT_EQ(trace(), "+2 -2 +3");
}

#if PIN_HAS_EXCEPTIONS
TEST_F(StackSlotTest, OneStatementExceptionLeavesNothing) {
    try {
        pin::stack_slot slot(throwing_tracked(5, true));
        FAIL() << "the initializer should have thrown";
    } catch (const test_exception& e) {
        EXPECT_EQ(e.where, 5);
    }
    EXPECT_EQ(trace(), "");
}
#endif

TEST_F(StackSlotTest, TheSlotItselfIsPinned) {
    static_assert(!std::is_move_constructible_v<pin::stack_slot<int>>);
    static_assert(!std::is_copy_assignable_v<pin::stack_slot<int>>);
    static_assert(pin::is_pinned_v<pin::stack_slot<int>>);
}

}  // namespace
