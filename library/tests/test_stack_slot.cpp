// pin::stack_slot - pinned objects in the enclosing scope.
#include "support.hpp"

#include <string>

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

// An error type whose moved-from state differs from its value: an error longer than the
// small-string buffer is left empty by a move.
auto failing_with(const std::string& why) {
    return pin::from_closure<tracked, std::string>(
        [why](tracked*) -> pin::init_result<std::string> { return std::unexpected(why); });
}

TEST_F(StackSlotTest, EmplaceReturnsTheErrorAndKeepsACopyNeitherMovedFrom) {
    const std::string why(100, 'e');
    pin::stack_slot<tracked, std::string> slot;
    auto r = slot.emplace(failing_with(why));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), why);     // the returned error is intact...
    EXPECT_EQ(slot.error(), why);  // ...and so is the one the slot keeps
}

TEST_F(StackSlotTest, OneStatementKeepsANonTrivialError) {
    const std::string why(64, 'x');
    pin::stack_slot slot(failing_with(why));
    static_assert(std::is_same_v<decltype(slot), pin::stack_slot<tracked, std::string>>);
    ASSERT_FALSE(slot);
    EXPECT_EQ(slot.error(), why);
}

TEST_F(StackSlotTest, ValuesAndExpectedValuesAreInitializers) {
    pin::stack_slot from_value(std::string("a value is an infallible initializer"));
    static_assert(std::is_same_v<decltype(from_value), pin::stack_slot<std::string, pin::infallible>>);
    EXPECT_EQ(*from_value, "a value is an infallible initializer");

    pin::stack_slot from_expected(std::expected<std::string, test_error>("moved into place"));
    static_assert(std::is_same_v<decltype(from_expected), pin::stack_slot<std::string, test_error>>);
    EXPECT_EQ(*from_expected, "moved into place");

    pin::stack_slot failed(std::expected<std::string, test_error>(std::unexpected(test_error{3})));
    EXPECT_FALSE(failed);
    EXPECT_EQ(failed.error(), test_error{3});
}

TEST_F(StackSlotTest, ConstAccessReadsTheObject) {
    pin::stack_slot slot(pin::construct<tracked>(6));
    const auto& view = slot;
    static_assert(std::is_same_v<decltype(view.get()), const tracked*>);
    static_assert(std::is_same_v<decltype(*view), const tracked&>);
    static_assert(std::is_same_v<decltype(view.as_ref()), pin::pinned_ref<const tracked>>);
    EXPECT_EQ(view->id, 6);
    EXPECT_EQ(view.as_ref().get(), slot.get());
}

}  // namespace
