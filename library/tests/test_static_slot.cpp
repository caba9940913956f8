// pin::static_slot - pinned objects with static storage duration.
#include "support.hpp"

#include <atomic>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {
using namespace pin_test;

struct registry : pin::pinned {
    registry* self;
    int generation;
};

std::atomic<int> builds{0};

auto make_registry(int generation, bool fail = false) {
    return pin::from_closure<registry, test_error>([=](registry* slot) -> pin::init_result<test_error> {
        builds.fetch_add(1);
        if (fail)
            return std::unexpected(test_error{generation});
        std::this_thread::yield();  // widen the window for concurrent callers
        ::new (slot) registry{{}, slot, generation};
        return {};
    });
}

// Constant-initialized: no constructor runs at program start.
constinit pin::static_slot<registry> g_registry;
constinit pin::static_slot<registry> g_retry;
// Checks its address when the slot destroys it at exit, after main (and gtest) are gone,
// so it aborts instead of using gtest or the trace.
struct exit_checked : pin::pinned {
    const exit_checked* self;
    ~exit_checked() {
        if (self != this)
            std::abort();
    }
};
constinit pin::static_slot<exit_checked> g_exit_checked;

TEST(StaticSlotTest, InitializedOnceAcrossThreads) {
    std::vector<std::thread> threads;
    std::atomic<registry*> seen[8] = {};
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([t, &seen] {
            auto r = g_registry.get_or_init(make_registry(t));
            seen[t] = r ? *r : nullptr;
        });
    for (auto& th : threads)
        th.join();
    EXPECT_EQ(builds.load(), 1);
    ASSERT_TRUE(g_registry.has_value());
    for (auto& s : seen)
        EXPECT_EQ(s.load(), g_registry.get());
    EXPECT_EQ(g_registry->self, g_registry.get());
    // Static storage: the object is inside the slot object itself, not on a heap.
    auto* slot_begin = reinterpret_cast<const char*>(&g_registry);
    auto* obj = reinterpret_cast<const char*>(g_registry.get());
    EXPECT_TRUE(obj >= slot_begin && obj < slot_begin + sizeof g_registry);
}

TEST(StaticSlotTest, FailureLeavesItEmptyAndALaterCallRetries) {
    auto failed = g_retry.get_or_init(make_registry(1, true));
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error(), test_error{1});
    EXPECT_FALSE(g_retry.has_value());
    auto ok = g_retry.get_or_init(make_registry(2));
    ASSERT_TRUE(ok);
    EXPECT_EQ((*ok)->generation, 2);
    auto again = g_retry.get_or_init(make_registry(3));  // already built: init discarded
    ASSERT_TRUE(again);
    EXPECT_EQ((*again)->generation, 2);
}

TEST(StaticSlotTest, DestroyedAtExitAtItsAddress) {
    // A user-provided destructor rules out pin::fields (not an implicit-lifetime type), so
    // it is built by aggregate initialization at the slot.
    auto r = g_exit_checked.get_or_init(
        pin::from_closure<exit_checked>([](exit_checked* slot) { ::new (slot) exit_checked{{}, slot}; }));
    ASSERT_TRUE(r);
    EXPECT_EQ((*r)->self, *r);
    EXPECT_EQ(g_exit_checked.as_ref().get(), *r);
}

}  // namespace
