// Initializer concept and the basic initializers: construct, from_closure, chain, zeroed,
// init_scope, init_at.
#include "support.hpp"

#include <cstring>
#include <mutex>
#include <string>
#include <system_error>

namespace {
using namespace pin_test;

static_assert(pin::initializer<decltype(pin::construct<int>(1))>);
static_assert(pin::initializer_for<decltype(make_tracked(1)), tracked>);
static_assert(!pin::initializer<int>);
static_assert(std::is_same_v<pin::error_type_t<decltype(pin::construct<int>(1))>, pin::infallible>);
static_assert(std::is_same_v<pin::error_type_t<decltype(make_tracked(1))>, test_error>);

using InitTest = PinTest;

TEST_F(InitTest, ConstructCallsTheConstructorAtTheSlot) {
    raw<tracked> s;
    auto r = pin::init_at(s.slot(), pin::construct<tracked>(7));
    ASSERT_TRUE(r);
    EXPECT_EQ(s.object()->id, 7);
    EXPECT_EQ(s.object()->self, s.object());  // constructed at the slot, not moved there
    std::destroy_at(s.object());
    EXPECT_EQ(trace(), "+7 -7");
}

TEST_F(InitTest, ConstructBuildsNonMovableTypes) {
    raw<std::mutex> s;
    ASSERT_TRUE(pin::init_at(s.slot(), pin::construct<std::mutex>()));
    s.object()->lock();
    s.object()->unlock();
    std::destroy_at(s.object());
}

TEST_F(InitTest, ClosureSuccessAndFailure) {
    raw<tracked> s;
    auto ok = pin::init_at(s.slot(), make_tracked(1));
    ASSERT_TRUE(ok);
    std::destroy_at(s.object());
    auto bad = pin::init_at(s.slot(), make_tracked(2, true));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error(), test_error{2});
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(InitTest, ClosureReturningVoidIsInfallible) {
    raw<int> s;
    auto i = pin::from_closure<int>([](int* slot) { ::new (slot) int(5); });
    static_assert(std::is_same_v<pin::error_type_t<decltype(i)>, pin::infallible>);
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ(*s.object(), 5);
}

TEST_F(InitTest, ChainRunsHookOnFinishedObjectAtItsAddress) {
    raw<tracked> s;
    const tracked* seen = nullptr;
    auto i = pin::chain(make_tracked(1), [&](tracked& t) { seen = &t; });
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ(seen, s.object());
    std::destroy_at(s.object());
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(InitTest, ChainHookFailureDestroysTheObject) {
    raw<tracked> s;
    auto i = pin::chain(make_tracked(1), [](tracked& t) -> pin::init_result<test_error> {
        return std::unexpected(test_error{100 + t.id});
    });
    auto r = pin::init_at(s.slot(), std::move(i));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{101});
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(InitTest, ChainPropagatesInnerFailureWithoutRunningHook) {
    raw<tracked> s;
    bool ran = false;
    auto r = pin::init_at(s.slot(), pin::chain(make_tracked(1, true), [&](tracked&) { ran = true; }));
    ASSERT_FALSE(r);
    EXPECT_FALSE(ran);
    EXPECT_EQ(trace(), "");
}

TEST_F(InitTest, ChainOnInfallibleInitializerTakesHookErrorType) {
    auto i = pin::chain(pin::construct<int>(1), [](int&) -> pin::init_result<test_error> { return {}; });
    static_assert(std::is_same_v<pin::error_type_t<decltype(i)>, test_error>);
    raw<int> s;
    EXPECT_TRUE(pin::init_at(s.slot(), std::move(i)));
}

#if PIN_HAS_EXCEPTIONS
TEST_F(InitTest, ChainHookExceptionDestroysTheObject) {
    raw<tracked> s;
    auto i = pin::chain(make_tracked(1), [](tracked&) { throw test_exception{1}; });
    EXPECT_THROW(static_cast<void>(pin::init_at(s.slot(), std::move(i))), test_exception);
    EXPECT_EQ(trace(), "+1 -1");
}
#endif

struct plain {
    int a;
    void* p;
    double d[4];
};

TEST_F(InitTest, ZeroedZeroesStructsAndArrays) {
    raw<plain> s;
    std::memset(s.bytes, 0xAB, sizeof s.bytes);
    ASSERT_TRUE(pin::init_at(s.slot(), pin::zeroed<plain>()));
    EXPECT_EQ(s.object()->a, 0);
    EXPECT_EQ(s.object()->p, nullptr);
    EXPECT_EQ(s.object()->d[3], 0.0);

    raw<int[1000]> arr;
    std::memset(arr.bytes, 0xAB, sizeof arr.bytes);
    ASSERT_TRUE(pin::init_at(arr.slot(), pin::zeroed<int[1000]>()));
    for (int v : *arr.object())
        ASSERT_EQ(v, 0);
}

TEST_F(InitTest, InitScopeRunsLazilyThenInitializes) {
    int calls = 0;
    auto i = pin::init_scope([&] {
        ++calls;
        return make_tracked(3);
    });
    EXPECT_EQ(calls, 0);  // nothing happens until the initializer runs
    raw<tracked> s;
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ(calls, 1);
    std::destroy_at(s.object());
    EXPECT_EQ(trace(), "+3 -3");
}

TEST_F(InitTest, InitScopeFailureBeforeInitializerConstructsNothing) {
    auto lookup = [](bool ok) -> std::expected<int, test_error> {
        if (!ok)
            return std::unexpected(test_error{42});
        return 9;
    };
    for (bool ok : {true, false}) {
        trace().clear();
        auto i = pin::init_scope([&]() -> std::expected<decltype(make_tracked(0)), test_error> {
            auto id = lookup(ok);
            if (!id)
                return std::unexpected(id.error());
            return make_tracked(*id);
        });
        raw<tracked> s;
        auto r = pin::init_at(s.slot(), std::move(i));
        if (ok) {
            ASSERT_TRUE(r);
            std::destroy_at(s.object());
            EXPECT_EQ(trace(), "+9 -9");
        } else {
            ASSERT_FALSE(r);
            EXPECT_EQ(r.error(), test_error{42});
            EXPECT_EQ(trace(), "");
        }
    }
}

TEST_F(InitTest, InitScopeForwardsInnerFailure) {
    raw<tracked> s;
    auto r = pin::init_at(s.slot(), pin::init_scope([] { return make_tracked(5, true); }));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{5});
}

// Initializers are one-shot: movable, not copyable, and runnable only as rvalues (running
// consumes them). A copy once ran twice and closed the same descriptor twice.
template <class I>
constexpr bool one_shot = std::is_move_constructible_v<I> && !std::is_copy_constructible_v<I> &&
                          !std::is_copy_assignable_v<I> && !std::invocable<I&, pin::value_type_t<I>*> &&
                          !std::invocable<const I&, pin::value_type_t<I>*>;

struct two_ints {
    int a;
    int b;
};

TEST_F(InitTest, EveryInitializerIsMoveOnlyAndRunsOnlyAsAnRvalue) {
    static_assert(one_shot<decltype(pin::construct<int>(1))>);
    static_assert(one_shot<decltype(make_tracked(1))>);
    static_assert(one_shot<decltype(pin::chain(pin::construct<int>(1), [](int&) {}))>);
    static_assert(one_shot<decltype(pin::zeroed<int>())>);
    static_assert(one_shot<decltype(pin::default_init<int>())>);
    static_assert(one_shot<decltype(pin::init_scope([] { return pin::construct<int>(1); }))>);
    static_assert(one_shot<decltype(pin::fields<two_ints>().set<&two_ints::a>(1).set<&two_ints::b>(2))>);
    static_assert(one_shot<decltype(pin::array_from_fn<int, 2>([](std::size_t i) { return int(i); }))>);
    static_assert(one_shot<decltype(pin::into_initializer(std::string("value")))>);
    static_assert(one_shot<decltype(pin::into_initializer(std::expected<int, test_error>(1)))>);
}

// The double close: an initializer owning a descriptor-like resource is moved, never
// copied, into the emplacer, and runs exactly once.
TEST_F(InitTest, AnInitializerOwningAResourceRunsOnce) {
    int closes = 0;
    struct descriptor {
        int* closes;
        int fd;
        ~descriptor() {
            if (fd >= 0)
                ++*closes;
        }
    };
    {
        auto i = pin::from_closure<descriptor>([&closes](descriptor* slot) { ::new (slot) descriptor{&closes, 3}; });
        auto b = pin::make_box(std::move(i));
        ASSERT_TRUE(b);
        EXPECT_EQ(closes, 0);
    }
    EXPECT_EQ(closes, 1);
}

TEST_F(InitTest, DefaultInitRunsTheDefaultConstructorAndTakesTrivialArrays) {
    raw<std::string> str;
    ASSERT_TRUE(pin::init_at(str.slot(), pin::default_init<std::string>()));
    EXPECT_TRUE(str.object()->empty());
    std::destroy_at(str.object());

    // For a trivially default-constructible type default-initialization performs no
    // initialization (what it leaves is indeterminate, so there is nothing to compare):
    // the object exists and can be written.
    static_assert(std::is_trivially_default_constructible_v<std::byte[4096]>);
    raw<std::byte[4096]> buf;
    ASSERT_TRUE(pin::init_at(buf.slot(), pin::default_init<std::byte[4096]>()));
    (*buf.object())[4095] = std::byte{1};
    EXPECT_EQ((*buf.object())[4095], std::byte{1});
}

TEST_F(InitTest, ExpectedValuesAndPlainValuesAreInitializers) {
    raw<std::string> s;
    ASSERT_TRUE(pin::init_at(s.slot(), std::string("plain")));
    EXPECT_EQ(*s.object(), "plain");
    std::destroy_at(s.object());

    auto ok = pin::into_initializer(std::expected<std::string, test_error>("expected"));
    static_assert(std::is_same_v<pin::error_type_t<decltype(ok)>, test_error>);
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(ok)));
    EXPECT_EQ(*s.object(), "expected");
    std::destroy_at(s.object());

    auto bad = pin::init_at(s.slot(), std::expected<std::string, test_error>(std::unexpected(test_error{8})));
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error(), test_error{8});
}

TEST_F(InitTest, UninitIsStorageBuiltLaterInPlace) {
    struct holder {
        int tag;
        pin::uninit<tracked> later;  // pin-init's MaybeUninit field
    };
    raw<holder> h;
    ASSERT_TRUE(pin::init_at(h.slot(), pin::fields<holder>()
                                           .set<&holder::tag>(1)
                                           .init<&holder::later>(pin::default_init<pin::uninit<tracked>>())));
    holder* o = h.object();
    EXPECT_EQ(trace(), "");  // nothing built in the uninit field
    ASSERT_FALSE(o->later.emplace(make_tracked(2, true)));
    ASSERT_TRUE(o->later.emplace(make_tracked(3)));
    EXPECT_EQ(o->later.assume_init().self, o->later.slot());  // built at the field's address
    o->later.destroy();
    std::destroy_at(o);
    EXPECT_EQ(trace(), "+3 -3");
}

TEST_F(InitTest, UninitEmplaceTakesValuesAndExpectedValues) {
    pin::uninit<std::string> u;
    auto failed = u.emplace(std::expected<std::string, test_error>(std::unexpected(test_error{5})));
    ASSERT_FALSE(failed);
    EXPECT_EQ(failed.error(), test_error{5});
    ASSERT_TRUE(u.emplace(std::expected<std::string, test_error>("from an expected")));
    EXPECT_EQ(u.assume_init(), "from an expected");
    u.destroy();
    ASSERT_TRUE(u.emplace(std::string("a plain value")));
    EXPECT_EQ(u.assume_init(), "a plain value");
    u.destroy();
}

}  // namespace
