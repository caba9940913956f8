// pin::box and pin::shared_box - heap emplacers with fallible allocation.
#include "support.hpp"

#include <memory>
#include <string>
#include <system_error>

namespace {
using namespace pin_test;

using BoxTest = PinTest;

TEST_F(BoxTest, BuildsInPlaceAndNeverMovesTheObject) {
    auto b = pin::make_box(make_tracked(1));
    static_assert(std::is_same_v<decltype(b), std::expected<pin::box<tracked>, test_error>>);
    ASSERT_TRUE(b);
    tracked* where = b->get();
    EXPECT_EQ(where->self, where);
    pin::box<tracked> moved = std::move(*b);  // moves the pointer, not the object
    EXPECT_EQ(moved.get(), where);
    EXPECT_FALSE(*b);
    moved.reset();
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(BoxTest, InfallibleInitializerReportsAllocError) {
    auto b = pin::make_box(pin::construct<int>(3));
    static_assert(std::is_same_v<decltype(b), std::expected<pin::box<int>, pin::alloc_error>>);
    ASSERT_TRUE(b);
    EXPECT_EQ(**b, 3);
    auto failed = pin::make_box(pin::construct<int>(3), failing_allocator{});
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error(), pin::alloc_error{});
}

struct app_error {
    bool out_of_memory = false;
    int code = 0;
    app_error(pin::alloc_error) : out_of_memory(true) {}
    app_error(int c) : code(c) {}
};

TEST_F(BoxTest, AllocationFailureBecomesTheInitializersErrorAndRunsNothing) {
    bool ran = false;
    auto i = pin::from_closure<int, app_error>([&](int* slot) -> pin::init_result<app_error> {
        ran = true;
        ::new (slot) int(1);
        return {};
    });
    auto b = pin::make_box(std::move(i), failing_allocator{});
    ASSERT_FALSE(b);
    EXPECT_TRUE(b.error().out_of_memory);
    EXPECT_FALSE(ran);
}

TEST_F(BoxTest, ErrcMapsAllocationFailureToNotEnoughMemory) {
    auto i = pin::from_closure<int, std::errc>([](int* slot) { ::new (slot) int(1); });
    auto b = pin::make_box(std::move(i), failing_allocator{});
    ASSERT_FALSE(b);
    EXPECT_EQ(b.error(), std::errc::not_enough_memory);
}

TEST_F(BoxTest, InitializerFailureFreesTheMemory) {
    alloc_stats stats;
    auto b = pin::make_box(make_tracked(1, true), counting_allocator{&stats});
    ASSERT_FALSE(b);
    EXPECT_EQ(b.error(), test_error{1});
    EXPECT_EQ(stats.allocations, 1);
    EXPECT_EQ(stats.deallocations, 1);
    EXPECT_EQ(trace(), "");
}

#if PIN_HAS_EXCEPTIONS
TEST_F(BoxTest, InitializerExceptionFreesTheMemory) {
    alloc_stats stats;
    EXPECT_THROW(static_cast<void>(pin::make_box(throwing_tracked(1, true), counting_allocator{&stats})),
                 test_exception);
    EXPECT_EQ(stats.allocations, 1);
    EXPECT_EQ(stats.deallocations, 1);
}
#endif

TEST_F(BoxTest, AllocatorBudgetRunsOut) {
    alloc_stats stats;
    stats.budget = 2;
    auto a = pin::make_box(make_tracked(1), counting_allocator{&stats});
    auto b = pin::make_box(make_tracked(2), counting_allocator{&stats});
    auto c = pin::make_box(make_tracked(3), counting_allocator{&stats});
    ASSERT_TRUE(a);
    ASSERT_TRUE(b);
    ASSERT_FALSE(c);
    EXPECT_EQ(trace(), "+1 +2");
    a->reset();
    b->reset();
    EXPECT_EQ(stats.deallocations, 2);
}

// A 64 MiB object is built directly in the allocation: nothing of that size ever exists
// on the stack (the test threads' stacks are far smaller).
struct huge {
    unsigned char bytes[64u << 20];
    std::size_t size;
};

TEST_F(BoxTest, HugeObjectInPlace) {
    auto b = pin::make_box(pin::fields<huge>()
                               .init<&huge::bytes>(pin::zeroed<unsigned char[64u << 20]>())
                               .set<&huge::size>(sizeof(huge::bytes)));
    ASSERT_TRUE(b);
    EXPECT_EQ((*b)->size, 64u << 20);
    EXPECT_EQ((*b)->bytes[12345678], 0);
}

TEST_F(BoxTest, PinnedRefFromBox) {
    auto b = pin::make_box(make_tracked(4));
    ASSERT_TRUE(b);
    pin::pinned_ref<tracked> r = b->as_ref();
    EXPECT_EQ(r.get(), b->get());
    EXPECT_EQ(r->id, 4);
}

TEST_F(BoxTest, SharedBoxSharesOneObjectAndDestroysItOnce) {
    alloc_stats stats;
    auto s = pin::make_shared_box(make_tracked(1), counting_allocator{&stats});
    ASSERT_TRUE(s);
    pin::shared_box<tracked, counting_allocator> a = *s;
    EXPECT_EQ(a.use_count(), 2);
    {
        auto c = a;
        EXPECT_EQ(c.get(), a.get());
        EXPECT_EQ(a.use_count(), 3);
    }
    EXPECT_EQ(a->self, a.get());
    s->reset();
    EXPECT_EQ(trace(), "+1");
    a.reset();
    EXPECT_EQ(trace(), "+1 -1");
    EXPECT_EQ(stats.allocations, 1);
    EXPECT_EQ(stats.deallocations, 1);
}

TEST_F(BoxTest, SharedBoxFailures) {
    alloc_stats stats;
    auto failed_init = pin::make_shared_box(make_tracked(1, true), counting_allocator{&stats});
    ASSERT_FALSE(failed_init);
    EXPECT_EQ(failed_init.error(), test_error{1});
    EXPECT_EQ(stats.deallocations, 1);
    auto failed_alloc = pin::make_shared_box(pin::construct<int>(1), failing_allocator{});
    ASSERT_FALSE(failed_alloc);
    EXPECT_EQ(failed_alloc.error(), pin::alloc_error{});
}

// box::release and std::unique_ptr adoption: the object never moves, and the deleter
// destroys it in place and frees it with the box's allocator.
TEST_F(BoxTest, IntoUniqueAndBackUseTheBoxAllocator) {
    alloc_stats stats;
    auto b = pin::make_box(make_tracked(1), counting_allocator{&stats});
    ASSERT_TRUE(b);
    tracked* where = b->get();
    std::unique_ptr<tracked, pin::box_deleter<tracked, counting_allocator>> u = std::move(*b).into_unique();
    EXPECT_FALSE(*b);
    EXPECT_EQ(u.get(), where);
    pin::box<tracked, counting_allocator> back(std::move(u));
    EXPECT_EQ(back.get(), where);
    EXPECT_EQ(u.get(), nullptr);
    auto u2 = std::move(back).into_unique();
    u2.reset();
    EXPECT_EQ(trace(), "+1 -1");
    EXPECT_EQ(stats.allocations, 1);
    EXPECT_EQ(stats.deallocations, 1);
}

TEST_F(BoxTest, ReleaseHandsOverTheObject) {
    alloc_stats stats;
    auto b = pin::make_box(make_tracked(2), counting_allocator{&stats});
    ASSERT_TRUE(b);
    tracked* p = b->release();
    EXPECT_FALSE(*b);
    b->reset();  // empty: frees nothing
    EXPECT_EQ(stats.deallocations, 0);
    EXPECT_EQ(p->self, p);
    pin::box_deleter<tracked, counting_allocator>{counting_allocator{&stats}}(p);
    EXPECT_EQ(trace(), "+2 -2");
    EXPECT_EQ(stats.deallocations, 1);
}

TEST_F(BoxTest, ValuesAndExpectedValuesAreInitializers) {
    auto v = pin::make_box(std::string("value"));
    static_assert(std::is_same_v<decltype(v), std::expected<pin::box<std::string>, pin::alloc_error>>);
    ASSERT_TRUE(v);
    EXPECT_EQ(**v, "value");
    auto e = pin::make_shared_box(std::expected<std::string, std::errc>(std::unexpected(std::errc::invalid_argument)));
    ASSERT_FALSE(e);
    EXPECT_EQ(e.error(), std::errc::invalid_argument);
    auto oom = pin::make_box(std::expected<int, std::errc>(1), failing_allocator{});
    ASSERT_FALSE(oom);
    EXPECT_EQ(oom.error(), std::errc::not_enough_memory);
}

}  // namespace
