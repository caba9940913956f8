// PIN_ASSERT: what the type system cannot reject is checked at run time in debug builds.
#include "support.hpp"

namespace {

#if PIN_DEBUG
TEST(DebugChecksDeathTest, EmptyBoxDereference) {
    pin::box<int> empty;
    EXPECT_DEATH(static_cast<void>(*empty), "dereferencing an empty pin::box");
}

TEST(DebugChecksDeathTest, EmptyStackSlotAccess) {
    pin::stack_slot<int> slot;
    EXPECT_DEATH(static_cast<void>(slot.get()), "pin::stack_slot used while empty");
}

TEST(DebugChecksDeathTest, StaticSlotBeforeInitialization) {
    static constinit pin::static_slot<int> never;
    EXPECT_DEATH(static_cast<void>(never.get()), "pin::static_slot used before get_or_init succeeded");
}
#endif

}  // namespace
