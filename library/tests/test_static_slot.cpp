// pin::static_slot - pinned objects with static storage duration.
#include "support.hpp"

#include <atomic>
#include <chrono>
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

#if PIN_HAS_EXCEPTIONS
// Runs `f` on its own thread and reports whether it returned within `limit`. A thread that
// hangs (the regression: a slot left "busy" by a throwing initializer makes every later
// get_or_init wait forever) is detached, so the test fails instead of hanging.
template <class F>
bool finishes_within(std::chrono::seconds limit, F f) {
    auto done = std::make_shared<std::atomic<bool>>(false);
    std::thread t([done, f]() mutable {
        f();
        done->store(true);
    });
    auto deadline = std::chrono::steady_clock::now() + limit;
    while (!done->load() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (!done->load()) {
        t.detach();
        return false;
    }
    t.join();
    return true;
}

auto throwing_registry(std::atomic<int>* entered = nullptr, std::atomic<bool>* go = nullptr) {
    return pin::from_closure<registry, test_error>([=](registry*) -> pin::init_result<test_error> {
        if (entered)
            entered->store(1);
        while (go && !go->load())
            std::this_thread::yield();
        throw test_exception{7};
    });
}

constinit pin::static_slot<registry> g_after_throw;
constinit pin::static_slot<registry> g_waiter_after_throw;

TEST(StaticSlotTest, AThrowingInitializerLeavesItEmptyAndTheNextCallRetries) {
    EXPECT_THROW(static_cast<void>(g_after_throw.get_or_init(throwing_registry())), test_exception);
    EXPECT_FALSE(g_after_throw.has_value());
    registry* built = nullptr;
    ASSERT_TRUE(finishes_within(std::chrono::seconds(10), [&] {
        auto r = g_after_throw.get_or_init(make_registry(5));
        built = r ? *r : nullptr;
    })) << "get_or_init after a throwing initializer never returned";
    ASSERT_EQ(built, g_after_throw.get());
    EXPECT_EQ(built->generation, 5);
}

TEST(StaticSlotTest, AWaiterWakesAfterAThrowAndBuildsTheObject) {
    std::atomic<int> entered{0};
    std::atomic<bool> go{false};
    std::thread thrower([&] {
        EXPECT_THROW(static_cast<void>(g_waiter_after_throw.get_or_init(throwing_registry(&entered, &go))),
                     test_exception);
    });
    while (entered.load() == 0)
        std::this_thread::yield();
    registry* built = nullptr;
    // The waiter starts while the thrower holds the slot, then the thrower throws.
    bool finished = finishes_within(std::chrono::seconds(10), [&] {
        std::thread release([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            go.store(true);
        });
        auto r = g_waiter_after_throw.get_or_init(make_registry(9));
        built = r ? *r : nullptr;
        release.join();
    });
    go.store(true);
    thrower.join();
    ASSERT_TRUE(finished) << "a caller waiting on a throwing initializer never woke";
    ASSERT_EQ(built, g_waiter_after_throw.get());
    EXPECT_EQ(built->generation, 9);
}
#endif

// A caller waiting while another caller's initializer fails with an error (not only by an
// exception, above) wakes and runs its own initializer.
constinit pin::static_slot<registry> g_waiter_after_failure;

TEST(StaticSlotTest, AWaiterWakesAfterAFailureAndBuildsTheObject) {
    std::atomic<int> entered{0};
    std::atomic<bool> go{false};
    std::thread failer([&] {
        auto r = g_waiter_after_failure.get_or_init(
            pin::from_closure<registry, test_error>([&](registry*) -> pin::init_result<test_error> {
                entered.store(1);
                while (!go.load())
                    std::this_thread::yield();
                return std::unexpected(test_error{11});
            }));
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error(), test_error{11});
    });
    while (entered.load() == 0)
        std::this_thread::yield();
    // The waiter starts while the failing initializer holds the slot.
    std::thread release([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        go.store(true);
    });
    auto r = g_waiter_after_failure.get_or_init(make_registry(12));
    release.join();
    failer.join();
    ASSERT_TRUE(r);
    EXPECT_EQ((*r)->generation, 12);
    EXPECT_EQ(*r, g_waiter_after_failure.get());
}

TEST(StaticSlotTest, ConstAccessReadsTheObject) {
    static constinit pin::static_slot<registry> slot;
    ASSERT_TRUE(slot.get_or_init(make_registry(4)));
    const auto& view = slot;
    static_assert(std::is_same_v<decltype(view.get()), const registry*>);
    static_assert(std::is_same_v<decltype(*view), const registry&>);
    static_assert(std::is_same_v<decltype(view.as_ref()), pin::pinned_ref<const registry>>);
    EXPECT_EQ(view->generation, 4);
    EXPECT_EQ(view.get(), slot.get());
}

// get_or_init takes any init_source: a value (moved in) or a std::expected (its error is
// the call's error, and the slot stays empty for the next caller).
constinit pin::static_slot<std::string> g_from_values;

TEST(StaticSlotTest, ValuesAndExpectedValuesAreInitializers) {
    auto failed = g_from_values.get_or_init(std::expected<std::string, test_error>(std::unexpected(test_error{4})));
    static_assert(std::is_same_v<decltype(failed), std::expected<std::string*, test_error>>);
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error(), test_error{4});
    EXPECT_FALSE(g_from_values.has_value());
    auto built = g_from_values.get_or_init(std::string("a value is an infallible initializer"));
    static_assert(std::is_same_v<decltype(built), std::expected<std::string*, pin::infallible>>);
    ASSERT_TRUE(built);
    EXPECT_EQ(**built, "a value is an infallible initializer");
}

}  // namespace
