// pin::from_init_fn - native init functions run by the library's emplacers. Only the
// patched compiler has init parameters, so only its configuration builds these tests.
#include "support.hpp"

#include <pin/containers.hpp>

#include <deque>
#include <system_error>

namespace {
using namespace pin_test;

#if PIN_HAS_INIT_PARAMETERS

// Field-wise: a pinned aggregate with a stateless pinned base (pin::pinned).
struct ring : pin::pinned {
    ring* next;
    int id;
};
static_assert(pin::is_pinned_v<ring>);

void make_ring(init ring& self, int id) {
    self.next = &self;  // the final address
    self.id = id;
}

// Fallible, with a member whose construction is logged: a failure after `first` rolls it
// back (the compiler's rollback), success leaves both.
struct pair_of_tracked {
    tracked first;
    tracked second;
};
std::expected<void, test_error> make_pair_of(init pair_of_tracked& self, int a, int b, bool fail_second) {
    self.first = tracked(a);
    if (fail_second)
        return std::unexpected(test_error{b});
    self.second = tracked(b);
    return {};
}

using InitFnTest = PinTest;

template <class F, class... Args>
constexpr bool slot_type_deducible = requires(F f, Args... args) { pin::from_init_fn(f, args...); };

TEST_F(InitFnTest, InfallibleInitFunctionInEveryEmplacer) {
    auto init = pin::from_init_fn<ring>(make_ring, 1);
    static_assert(pin::initializer_for<decltype(init), ring>);
    static_assert(std::is_same_v<pin::error_type_t<decltype(init)>, pin::infallible>);

    pin::stack_slot on_stack(std::move(init));
    EXPECT_EQ(on_stack->next, on_stack.get());

    auto boxed = pin::make_box(pin::from_init_fn<ring>(make_ring, 2));
    ASSERT_TRUE(boxed);
    EXPECT_EQ((*boxed)->next, boxed->get());
    EXPECT_EQ((*boxed)->id, 2);

    std::deque<ring, pin::init_allocator<ring>> many;
    for (int i = 0; i < 100; ++i)
        ASSERT_TRUE(pin::emplace_back(many, pin::from_init_fn<ring>(make_ring, i)));
    int self_linked = 0;
    for (ring& r : many)
        self_linked += r.next == &r;
    EXPECT_EQ(self_linked, 100);
}

TEST_F(InitFnTest, FallibleInitFunctionReportsItsErrorAndRollsBack) {
    {
        pin::stack_slot ok(pin::from_init_fn<pair_of_tracked>(make_pair_of, 1, 2, false));
        static_assert(std::is_same_v<decltype(ok), pin::stack_slot<pair_of_tracked, test_error>>);
        ASSERT_TRUE(ok);
        EXPECT_EQ(ok->first.self, &ok->first);
    }
    EXPECT_EQ(trace(), "+1 +2 -2 -1");
    trace().clear();

    pin::stack_slot failed(pin::from_init_fn<pair_of_tracked>(make_pair_of, 3, 4, true));
    EXPECT_FALSE(failed);
    EXPECT_EQ(failed.error(), test_error{4});
    EXPECT_EQ(trace(), "+3 -3");  // first was built, then rolled back by the compiler

    auto boxed = pin::make_box(pin::from_init_fn<pair_of_tracked>(make_pair_of, 5, 6, true));
    ASSERT_FALSE(boxed);
    EXPECT_EQ(boxed.error(), test_error{6});
}

TEST_F(InitFnTest, LambdasAndReferenceArguments) {
    int built = 0;
    auto make = [](init ring& self, int& counter) {
        self.next = &self;
        self.id = ++counter;
    };
    pin::stack_slot a(pin::from_init_fn<ring>(make, std::ref(built)));
    pin::stack_slot b(pin::from_init_fn<ring>(make, std::ref(built)));
    EXPECT_EQ(built, 2);
    EXPECT_EQ(a->id + b->id, 3);
}

TEST_F(InitFnTest, TheSlotTypeIsDeducedFromTheInitFunction) {
    auto from_function = pin::from_init_fn(make_ring, 1);
    auto from_pointer = pin::from_init_fn(&make_pair_of, 1, 2, false);
    auto lambda = [](init ring& self) noexcept {
        self.next = &self;
        self.id = 3;
    };
    auto from_lambda = pin::from_init_fn(lambda);
    static_assert(pin::initializer_for<decltype(from_function), ring>);
    static_assert(pin::initializer_for<decltype(from_pointer), pair_of_tracked>);
    static_assert(std::is_same_v<pin::error_type_t<decltype(from_pointer)>, test_error>);
    static_assert(pin::initializer_for<decltype(from_lambda), ring>);
    // A generic lambda has no single slot type: T must be named.
    auto generic = [](init ring& self, auto id) {
        self.next = &self;
        self.id = id;
    };
    static_assert(!slot_type_deducible<decltype(generic), int>);
    static_assert(slot_type_deducible<decltype(lambda)>);
    static_assert(!slot_type_deducible<decltype(lambda), int>);  // wrong arguments: no initializer
    pin::stack_slot r(pin::from_init_fn<ring>(generic, 4));
    EXPECT_EQ(r->id, 4);
    pin::stack_slot l(std::move(from_lambda));
    EXPECT_EQ(l->next, l.get());
}

TEST_F(InitFnTest, ComposesWithTheFieldsBuilder) {
    struct holder {
        int tag;
        ring inner;
    };
    auto h = pin::make_box(
        pin::fields<holder>().set<&holder::tag>(7).init<&holder::inner>(pin::from_init_fn<ring>(make_ring, 8)));
    ASSERT_TRUE(h);
    EXPECT_EQ((*h)->inner.next, &(*h)->inner);
    EXPECT_EQ((*h)->inner.id, 8);
}

#if PIN_HAS_TRUSTED_INIT
// pin::init_at: an init function hands a member to a library initializer. The member
// counts as constructed exactly when the initializer succeeds: a later failure or
// exception rolls it back, a failure of the initializer itself leaves nothing to undo.
struct three_tracked {
    tracked a;
    tracked b;
    tracked c;
};

std::expected<void, test_error> make_three(init three_tracked& self, int fail_b, int fail_after) {
    self.a = tracked(1);
    if (auto r = pin::init_at(init self.b, make_tracked(2, fail_b != 0)); !r)
        return r;
    if (fail_after == 1)
        return std::unexpected(test_error{99});
#if PIN_HAS_EXCEPTIONS
    if (fail_after == 2)
        throw test_error{98};
#endif
    pin::init_at(init self.c, pin::construct<tracked>(3));  // infallible: returns void
    return {};
}

TEST_F(InitFnTest, InitAtHandsAMemberToAnInitializer) {
    {
        pin::stack_slot ok(pin::from_init_fn<three_tracked>(make_three, 0, 0));
        ASSERT_TRUE(ok);
        EXPECT_EQ(ok->b.self, &ok->b);
        EXPECT_EQ(ok->c.self, &ok->c);
        EXPECT_EQ(trace(), "+1 +2 +3");
    }
    EXPECT_EQ(trace(), "+1 +2 +3 -3 -2 -1");
    trace().clear();

    pin::stack_slot failed_b(pin::from_init_fn<three_tracked>(make_three, 1, 0));
    ASSERT_FALSE(failed_b);
    EXPECT_EQ(failed_b.error(), test_error{2});
    EXPECT_EQ(trace(), "+1 -1");  // b never built: only a is rolled back
    trace().clear();

    pin::stack_slot failed_after(pin::from_init_fn<three_tracked>(make_three, 0, 1));
    ASSERT_FALSE(failed_after);
    EXPECT_EQ(failed_after.error(), test_error{99});
    EXPECT_EQ(trace(), "+1 +2 -2 -1");  // b, built by the initializer, is rolled back too
    trace().clear();

#if PIN_HAS_EXCEPTIONS
    EXPECT_THROW((void)pin::make_box(pin::from_init_fn<three_tracked>(make_three, 0, 2)), test_error);
    EXPECT_EQ(trace(), "+1 +2 -2 -1");
#endif
}
#endif  // PIN_HAS_TRUSTED_INIT

#endif  // PIN_HAS_INIT_PARAMETERS: stock compilers register none of these tests

}  // namespace
