// Emplacement into std::optional, std::deque and std::list from initializers.
#include "support.hpp"

#include <pin/containers.hpp>

#include <deque>
#include <list>
#include <mutex>
#include <optional>
#include <string>

namespace {
using namespace pin_test;

using ContainersTest = PinTest;

struct node : pin::pinned {
    node* self;
    int value;
};
auto make_node(int v, bool fail = false) {
    return pin::fields<node, test_error>()
        .init<&node::self>([](node* s) { return s; })
        .then([fail, v](node*) -> pin::init_result<test_error> {
            if (fail)
                return std::unexpected(test_error{v});
            return {};
        })
        .set<&node::value>(v);
}

TEST_F(ContainersTest, OptionalFromConstructorCall) {
    std::optional<tracked> opt;
    ASSERT_TRUE(pin::emplace(opt, pin::construct<tracked>(1)));
    ASSERT_TRUE(opt);
    EXPECT_EQ(opt->self, &*opt);
    ASSERT_TRUE(pin::emplace(opt, pin::construct<tracked>(2)));  // replaces in place
    opt.reset();
    EXPECT_EQ(trace(), "+1 -1 +2 -2");

    std::optional<std::mutex> m;  // not movable: built by optional's own emplace
    ASSERT_TRUE(pin::emplace(m, pin::construct<std::mutex>()));
    std::lock_guard lock(*m);
}

TEST_F(ContainersTest, DequeWithInitAllocatorRunsAnyInitializer) {
    std::deque<node, pin::init_allocator<node>> d;
    std::vector<node*> addresses;
    for (int i = 0; i < 100; ++i) {
        ASSERT_TRUE(i % 2 ? pin::emplace_back(d, make_node(i)) : pin::emplace_front(d, make_node(i)));
        addresses.push_back(i % 2 ? &d.back() : &d.front());
    }
    for (node& n : d)
        EXPECT_EQ(n.self, &n);  // every element still where it was built
    EXPECT_EQ(&d.front(), addresses[98]);
    EXPECT_EQ(&d.back(), addresses[99]);

    auto r = pin::emplace_back(d, make_node(1000, true));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{1000});
    EXPECT_EQ(d.size(), 100u);
    EXPECT_EQ(d.back().value, 99);
    ASSERT_FALSE(pin::emplace_front(d, make_node(1001, true)));
    EXPECT_EQ(d.size(), 100u);
    EXPECT_EQ(d.front().value, 98);
}

TEST_F(ContainersTest, ListWithInitAllocatorRollsBackFailedElements) {
    std::list<tracked, pin::init_allocator<tracked>> l;
    ASSERT_TRUE(pin::emplace_back(l, make_tracked(1)));
    ASSERT_TRUE(pin::emplace_front(l, make_tracked(0)));
    const tracked* first = &l.front();
    auto r = pin::emplace_back(l, make_tracked(2, true));
    ASSERT_FALSE(r);
    ASSERT_FALSE(pin::emplace_front(l, make_tracked(3, true)));
    EXPECT_EQ(l.size(), 2u);
    EXPECT_EQ(&l.front(), first);
    l.emplace_back(5);  // ordinary emplace still works with the allocator
    l.clear();
    EXPECT_EQ(trace(), "+1 +0 +5 -0 -1 -5");
}

#if PIN_HAS_EXCEPTIONS
TEST_F(ContainersTest, ListInitializerExceptionLeavesListUnchanged) {
    std::list<tracked, pin::init_allocator<tracked>> l;
    ASSERT_TRUE(pin::emplace_back(l, make_tracked(1)));
    EXPECT_THROW(static_cast<void>(pin::emplace_back(l, throwing_tracked(2, true))), test_exception);
    EXPECT_EQ(l.size(), 1u);
}
#endif

TEST_F(ContainersTest, StdAllocatorContainersTakeConstructorCalls) {
    std::list<tracked> l;
    std::deque<tracked> d;
    ASSERT_TRUE(pin::emplace_back(l, pin::construct<tracked>(1)));
    ASSERT_TRUE(pin::emplace_front(d, pin::construct<tracked>(2)));
    EXPECT_EQ(l.front().self, &l.front());
    EXPECT_EQ(d.front().self, &d.front());
}

TEST_F(ContainersTest, ValuesAndExpectedValuesInStdContainers) {
    std::optional<std::string> opt;
    ASSERT_TRUE(pin::emplace(opt, std::string("value")));
    EXPECT_EQ(*opt, "value");
    std::deque<std::string> d;
    ASSERT_TRUE(pin::emplace_back(d, std::expected<std::string, test_error>("expected")));
    auto r = pin::emplace_front(d, std::expected<std::string, test_error>(std::unexpected(test_error{5})));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{5});
    ASSERT_EQ(d.size(), 1u);
    EXPECT_EQ(d.front(), "expected");
}

}  // namespace
