// PIN_ASSERT is replaceable: a program (kernel, firmware) defines it before the first pin
// header and gets its own handler instead of the default one. Built as its own executable:
// every translation unit of a program must see the same PIN_ASSERT.
#include <cstdlib>
#include <cstring>

#include <unistd.h>

namespace custom {
[[noreturn]] inline void fail(const char* msg) noexcept {
    const char prefix[] = "custom handler: ";
    if (::write(2, prefix, sizeof prefix - 1) < 0 || ::write(2, msg, std::strlen(msg)) < 0)
        std::_Exit(4);
    std::_Exit(3);
}
}  // namespace custom

#define PIN_ASSERT(cond, msg) ((cond) ? static_cast<void>(0) : ::custom::fail(msg))

#include <pin/pin.hpp>

#include <gtest/gtest.h>

namespace {

TEST(CustomAssertDeathTest, TheUserHandlerReceivesTheMessage) {
    pin::box<int> empty;
    EXPECT_EXIT(static_cast<void>(*empty), ::testing::ExitedWithCode(3),
                "custom handler: dereferencing an empty pin::box");
    pin::stack_slot<int> slot;
    EXPECT_EXIT(static_cast<void>(slot.get()), ::testing::ExitedWithCode(3),
                "custom handler: pin::stack_slot used while empty");
}

TEST(CustomAssertTest, PassingChecksCallNothing) {
    auto b = pin::make_box(5);
    ASSERT_TRUE(b);
    EXPECT_EQ(**b, 5);  // operator* checks, the check passes, the handler is not called
}

}  // namespace
