// pin::array_from_fn - arrays with prefix rollback.
#include "support.hpp"

#include <mutex>
#include <string>

namespace {
using namespace pin_test;

using ArrayTest = PinTest;

TEST_F(ArrayTest, BuildsEveryElementInPlaceAndDestroysInReverse) {
    {
        pin::stack_slot<tracked[4]> s;
        ASSERT_TRUE(s.emplace(pin::array_from_fn<tracked, 4>([](std::size_t i) { return make_tracked(int(i)); })));
        tracked(&arr)[4] = *s;
        for (int i = 0; i < 4; ++i) {
            EXPECT_EQ(arr[i].id, i);
            EXPECT_EQ(arr[i].self, &arr[i]);
        }
    }
    EXPECT_EQ(trace(), "+0 +1 +2 +3 -3 -2 -1 -0");  // like a built-in array
}

TEST_F(ArrayTest, FailureAtElementKDestroysPrefixInReverse) {
    constexpr int n = 5;
    for (int k = 0; k < n; ++k) {
        trace().clear();
        raw<tracked[n]> s;
        int made = 0;
        auto i = pin::array_from_fn<tracked, n>([&](std::size_t idx) {
            ++made;
            return make_tracked(int(idx), int(idx) == k);
        });
        auto r = pin::init_at(s.slot(), std::move(i));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error(), test_error{k});
        EXPECT_EQ(made, k + 1);  // elements after k are never built
        std::string want;
        for (int j = 0; j < k; ++j)
            want += (want.empty() ? "+" : " +") + std::to_string(j);
        for (int j = k - 1; j >= 0; --j)
            want += " -" + std::to_string(j);
        EXPECT_EQ(trace(), want) << "k = " << k;
    }
}

#if PIN_HAS_EXCEPTIONS
TEST_F(ArrayTest, ExceptionAtElementKDestroysPrefixInReverse) {
    raw<tracked[4]> s;
    auto i = pin::array_from_fn<tracked, 4>([](std::size_t idx) { return throwing_tracked(int(idx), idx == 2); });
    EXPECT_THROW(static_cast<void>(pin::init_at(s.slot(), std::move(i))), test_exception);
    EXPECT_EQ(trace(), "+0 +1 -1 -0");
}
#endif

TEST_F(ArrayTest, ValuesAndNonMovableElements) {
    raw<std::string[3]> strings;
    ASSERT_TRUE(pin::init_at(strings.slot(),
                             pin::array_from_fn<std::string, 3>([](std::size_t i) { return std::string(i + 1, 'a'); })));
    EXPECT_EQ((*strings.object())[2], "aaa");
    std::destroy_at(strings.object());

    raw<std::mutex[3]> mutexes;  // not movable: each built from a constructor-call initializer
    ASSERT_TRUE(pin::init_at(mutexes.slot(), pin::array_from_fn<std::mutex, 3>([](std::size_t) {
                                 return pin::construct<std::mutex>();
                             })));
    (*mutexes.object())[1].lock();
    (*mutexes.object())[1].unlock();
    std::destroy_at(mutexes.object());

    raw<std::mutex[2]> from_prvalues;  // a returned prvalue is built in place, not moved
    ASSERT_TRUE(pin::init_at(from_prvalues.slot(),
                             pin::array_from_fn<std::mutex, 2>([](std::size_t) { return std::mutex(); })));
    std::destroy_at(from_prvalues.object());
}

TEST_F(ArrayTest, NestedArrays) {
    raw<int[3][4]> s;
    auto i = pin::array_from_fn<int[4], 3>([](std::size_t row) {
        return pin::array_from_fn<int, 4>([row](std::size_t col) { return int(row * 10 + col); });
    });
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ((*s.object())[2][3], 23);
}

}  // namespace
