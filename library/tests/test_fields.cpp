// pin::fields - field-wise construction with reverse-order rollback.
#include "support.hpp"

#include <any>
#include <mutex>
#include <string>

namespace {
using namespace pin_test;

// Four pinned, non-default-constructible fields behind a pin::pinned base.
struct quad : pin::pinned {
    tracked a;
    tracked b;
    tracked c;
    tracked d;
};

auto make_quad(int fail_at) {
    return pin::fields<quad, test_error>()
        .init<&quad::a>(make_tracked(1, fail_at == 1))
        .init<&quad::b>(make_tracked(2, fail_at == 2))
        .init<&quad::c>(make_tracked(3, fail_at == 3))
        .init<&quad::d>(make_tracked(4, fail_at == 4));
}
static_assert(pin::initializer_for<decltype(make_quad(0)), quad>);

using FieldsTest = PinTest;

TEST_F(FieldsTest, BuildsAllFieldsInPlaceAndDestroysInReverse) {
    raw<quad> s;
    ASSERT_TRUE(pin::init_at(s.slot(), make_quad(0)));
    quad* q = s.object();
    EXPECT_EQ(q->a.self, &q->a);
    EXPECT_EQ(q->d.self, &q->d);
    std::destroy_at(q);
    EXPECT_EQ(trace(), "+1 +2 +3 +4 -4 -3 -2 -1");
}

TEST_F(FieldsTest, FailureAtEachFieldRollsBackEarlierFieldsInReverse) {
    for (int k = 1; k <= 4; ++k) {
        trace().clear();
        raw<quad> s;
        auto r = pin::init_at(s.slot(), make_quad(k));
        ASSERT_FALSE(r) << "fail_at " << k;
        EXPECT_EQ(r.error(), test_error{k});
        std::string want;
        for (int i = 1; i < k; ++i)
            want += (want.empty() ? "+" : " +") + std::to_string(i);
        for (int i = k - 1; i >= 1; --i)
            want += " -" + std::to_string(i);
        EXPECT_EQ(trace(), want) << "fail_at " << k;
    }
}

TEST_F(FieldsTest, RollbackFollowsConstructionOrderNotDeclarationOrder) {
    raw<quad> s;
    auto i = pin::fields<quad, test_error>()
                 .init<&quad::c>(make_tracked(3))
                 .init<&quad::a>(make_tracked(1))
                 .init<&quad::d>(make_tracked(4))
                 .init<&quad::b>(make_tracked(2, true));
    ASSERT_FALSE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ(trace(), "+3 +1 +4 -4 -1 -3");
}

#if PIN_HAS_EXCEPTIONS
TEST_F(FieldsTest, ExceptionAtEachFieldRollsBackEarlierFieldsInReverse) {
    for (int k = 1; k <= 4; ++k) {
        trace().clear();
        raw<quad> s;
        auto i = pin::fields<quad, test_error>()
                     .init<&quad::a>(throwing_tracked(1, k == 1))
                     .init<&quad::b>(throwing_tracked(2, k == 2))
                     .init<&quad::c>(throwing_tracked(3, k == 3))
                     .init<&quad::d>(throwing_tracked(4, k == 4));
        try {
            static_cast<void>(pin::init_at(s.slot(), std::move(i)));
            ADD_FAILURE() << "no exception at " << k;
        } catch (const test_exception& e) {
            EXPECT_EQ(e.where, k);
        }
        std::string want;
        for (int j = 1; j < k; ++j)
            want += (want.empty() ? "+" : " +") + std::to_string(j);
        for (int j = k - 1; j >= 1; --j)
            want += " -" + std::to_string(j);
        EXPECT_EQ(trace(), want) << "throw at " << k;
    }
}
#endif

// A self-referential node: the C list_head.
struct node : pin::pinned {
    node* next;
    node* prev;
    int value;
};

TEST_F(FieldsTest, SelfAddressIsTheFinalAddress) {
    raw<node> s;
    node* seen = nullptr;
    auto i = pin::fields<node>()
                 .init<&node::next>([](node* self) { return self; })
                 .init<&node::prev>([](node* self) { return self; })
                 .then([&](node* self) { seen = self; })
                 .set<&node::value>(42);
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    node* n = s.object();
    EXPECT_EQ(seen, n);
    EXPECT_EQ(n->next, n);
    EXPECT_EQ(n->prev, n);
    EXPECT_EQ(n->value, 42);
}

TEST_F(FieldsTest, CodeBetweenFieldsCanFailAndRollsBack) {
    struct two {
        tracked a;
        tracked b;
    };
    raw<two> s;
    bool b_reached = false;
    auto i = pin::fields<two, test_error>()
                 .init<&two::a>(make_tracked(1))
                 .then([](two* self) -> pin::init_result<test_error> {
                     return std::unexpected(test_error{self->a.id + 10});
                 })
                 .init<&two::b>([&](two*) {
                     b_reached = true;
                     return make_tracked(2);
                 });
    auto r = pin::init_at(s.slot(), std::move(i));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{11});
    EXPECT_FALSE(b_reached);
    EXPECT_EQ(trace(), "+1 -1");
}

// Sub-initializers: nested builders, constructor calls, closures, arrays, zeroed. `last`
// has no default constructor, so completeness is counted with bare clauses, where a big
// array must sit in a struct (`page`).
struct inner {
    node head;
    std::string name;
};
struct page {
    char bytes[1 << 20];
};
struct outer : pin::pinned {
    inner in;
    std::mutex lock;
    int numbers[8];
    page buffer;
    tracked last;
};

auto make_inner(const char* name) {
    return pin::fields<inner>()
        .init<&inner::head>(pin::fields<node>()
                                .init<&node::next>([](node* self) { return self; })
                                .init<&node::prev>([](node* self) { return self; })
                                .set<&node::value>(0))
        .set<&inner::name>(name);
}

TEST_F(FieldsTest, NestedSubInitializersAndArrays) {
    auto storage = std::make_unique<raw<outer>>();
    bool fail_last = false;
    for (int round = 0; round < 2; ++round, fail_last = true) {
        trace().clear();
        auto i = pin::fields<outer, test_error>()
                     .init<&outer::in>(make_inner("a name long enough to live on the heap"))
                     .init<&outer::lock>([](outer*) { return std::mutex(); })  // prvalue: built in place
                     .init<&outer::numbers>(pin::array_from_fn<int, 8>([](std::size_t k) { return int(k * k); }))
                     .init<&outer::buffer>(pin::zeroed<page>())
                     .init<&outer::last>(make_tracked(9, fail_last));
        auto r = pin::init_at(storage->slot(), std::move(i));
        if (!fail_last) {
            ASSERT_TRUE(r);
            outer* o = storage->object();
            EXPECT_EQ(o->in.head.next, &o->in.head);
            EXPECT_EQ(o->in.name, "a name long enough to live on the heap");
            EXPECT_EQ(o->numbers[7], 49);
            EXPECT_EQ(o->buffer.bytes[(1 << 20) - 1], 0);
            std::destroy_at(o);
            EXPECT_EQ(trace(), "+9 -9");
        } else {
            ASSERT_FALSE(r);
            EXPECT_EQ(trace(), "");  // last never built; LeakSanitizer checks the string was destroyed
        }
    }
}

TEST_F(FieldsTest, SetForwardsSeveralArgumentsAndNone) {
    struct pair_holder {
        std::string s;
        int zero;
    };
    raw<pair_holder> s;
    ASSERT_TRUE(pin::init_at(s.slot(), pin::fields<pair_holder>().set<&pair_holder::s>(3, 'x').set<&pair_holder::zero>()));
    EXPECT_EQ(s.object()->s, "xxx");
    EXPECT_EQ(s.object()->zero, 0);
    std::destroy_at(s.object());
}

// A member without default constructor plus a small array: counted with bare clauses.
struct no_default_with_array {
    tracked t;
    int small[3];
};

TEST_F(FieldsTest, NonDefaultConstructibleMemberWithSmallArray) {
    raw<no_default_with_array> s;
    auto i = pin::fields<no_default_with_array, test_error>()
                 .init<&no_default_with_array::t>(make_tracked(1))
                 .init<&no_default_with_array::small>(pin::zeroed<int[3]>());
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    std::destroy_at(s.object());
    EXPECT_EQ(trace(), "+1 -1");
}

TEST_F(FieldsTest, InfallibleSubInitializersInFallibleBuilder) {
    struct two_ints {
        int a;
        int b;
    };
    raw<two_ints> s;
    auto i = pin::fields<two_ints, test_error>().init<&two_ints::a>(pin::construct<int>(1)).set<&two_ints::b>(2);
    static_assert(std::is_same_v<pin::error_type_t<decltype(i)>, test_error>);
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ(s.object()->a + s.object()->b, 3);
}

// Typed access to the fields already built (pin-init: a later field may refer to an
// earlier one); get<> of a later field does not compile (compile_fail.field_not_yet_built).
struct connection {
    std::string name;
    std::size_t name_length;
    const char* first_char;
};

TEST_F(FieldsTest, LaterFieldsReadEarlierFieldsThroughTheBuiltView) {
    raw<connection> s;
    auto i = pin::fields<connection>()
                 .set<&connection::name>("eth0")
                 .init<&connection::name_length>([](auto built) {
                     static_assert(std::is_same_v<decltype(built), pin::built<connection, &connection::name>>);
                     return built.template get<&connection::name>().size();
                 })
                 .init<&connection::first_char>([](auto built) {
                     EXPECT_EQ(built.template get<&connection::name_length>(), 4u);
                     return built.template get<&connection::name>().c_str();
                 });
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    connection* c = s.object();
    EXPECT_EQ(c->name_length, 4u);
    EXPECT_EQ(c->first_char, c->name.c_str());  // the field at its final address
    std::destroy_at(c);
}

TEST_F(FieldsTest, FieldsFromExpectedValuesAndValues) {
    struct owner {
        pin::box<int> value;
        std::string label;
    };
    raw<owner> s;
    auto i = pin::fields<owner, pin::alloc_error>()
                 .init<&owner::value>([](owner*) { return pin::make_box(7); })  // std::expected<box<int>, alloc_error>
                 .init<&owner::label>(std::string("moved in"));
    ASSERT_TRUE(pin::init_at(s.slot(), std::move(i)));
    EXPECT_EQ(*s.object()->value, 7);
    EXPECT_EQ(s.object()->label, "moved in");
    std::destroy_at(s.object());

    bool label_built = false;
    auto failing = pin::fields<owner, test_error>()
                       .init<&owner::value>([](owner*) -> std::expected<pin::box<int>, test_error> {
                           return std::unexpected(test_error{12});
                       })
                       .init<&owner::label>([&](owner*) {
                           label_built = true;
                           return std::string();
                       });
    auto r = pin::init_at(s.slot(), std::move(failing));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error(), test_error{12});
    EXPECT_FALSE(label_built);

    // A std::expected given directly (not returned by a callable): its value is moved in,
    // its error fails the builder after rolling back the fields before it.
    auto direct = [](std::expected<std::string, test_error> label) {
        return pin::fields<owner, test_error>()
            .init<&owner::value>([](owner*) -> std::expected<pin::box<int>, test_error> { return pin::make_box(8); })
            .init<&owner::label>(std::move(label));
    };
    ASSERT_TRUE(pin::init_at(s.slot(), direct(std::string("from an expected"))));
    EXPECT_EQ(*s.object()->value, 8);
    EXPECT_EQ(s.object()->label, "from an expected");
    std::destroy_at(s.object());
    auto d = pin::init_at(s.slot(), direct(std::unexpected(test_error{13})));
    ASSERT_FALSE(d);
    EXPECT_EQ(d.error(), test_error{13});  // the box built first was freed: LeakSanitizer checks
}

// PinnedDrop: drop() runs for a finished object, first, with every field alive; never for a
// builder that failed (its fields are rolled back without it).
struct guarded : pin::pinned {
    tracked a;
    tracked b;
    std::string* log;
    void drop() noexcept { *log += "drop(" + std::to_string(a.id) + "," + std::to_string(b.id) + ") "; }
    pin::drop_hook<guarded> on_drop;
};

auto make_guarded(std::string* log, bool fail_b) {
    return pin::fields<guarded, test_error>()
        .init<&guarded::a>(make_tracked(1))
        .init<&guarded::b>(make_tracked(2, fail_b))
        .set<&guarded::log>(log)
        .on_drop<&guarded::on_drop>();
}

TEST_F(FieldsTest, DropHookRunsDropFirstForFinishedObjectsOnly) {
    std::string log;
    {
        pin::stack_slot g(make_guarded(&log, false));
        ASSERT_TRUE(g);
        EXPECT_EQ(log, "");
    }
    EXPECT_EQ(log, "drop(1,2) ");
    EXPECT_EQ(trace(), "+1 +2 -2 -1");  // drop ran before the members were destroyed

    log.clear();
    trace().clear();
    pin::stack_slot failed(make_guarded(&log, true));
    ASSERT_FALSE(failed);
    EXPECT_EQ(log, "");  // no drop() for a half-built object
    EXPECT_EQ(trace(), "+1 -1");
}

// Default member initializers: defaulted<&T::m...>() leaves members declared after every
// member built by a step to their initializers; the builder then runs as one aggregate
// initialization in which each step yields its member as a prvalue (built in place).
int default_count = 0;
int next_default_id() {
    return 100 + ++default_count;
}
#if PIN_HAS_EXCEPTIONS
bool throw_in_default = false;
tracked tracked_default() {
    if (throw_in_default)
        throw test_exception{100};
    return tracked(next_default_id());
}
#endif

struct with_defaults : pin::pinned {
    int id;
    tracked first;
    std::string name;
    tracked second;
    int retries = 7;                       // defaulted
    std::mutex lock{};                     // defaulted
    tracked third{next_default_id()};      // defaulted, runs code
    const char* label = "default label";   // defaulted
};

auto make_with_defaults(int id) {
    return pin::fields<with_defaults, test_error>()
        .set<&with_defaults::id>(id)
        .init<&with_defaults::first>([](auto built) {  // a prvalue of a pinned type, built in place
            return tracked(built.template get<&with_defaults::id>() + 1);
        })
        .init<&with_defaults::name>(std::string("a name long enough to live on the heap"))
        .init<&with_defaults::second>(pin::construct<tracked>(id + 2))
        .defaulted<&with_defaults::retries, &with_defaults::lock>()
        .defaulted<&with_defaults::third, &with_defaults::label>();
}

TEST_F(FieldsTest, DefaultedMembersTakeTheirDefaultMemberInitializers) {
    default_count = 0;
    {
        pin::stack_slot w(make_with_defaults(10));
        static_assert(std::is_same_v<decltype(w), pin::stack_slot<with_defaults, test_error>>);
        ASSERT_TRUE(w);
        EXPECT_EQ(w->id, 10);
        EXPECT_EQ(w->first.id, 11);
        EXPECT_EQ(w->first.self, &w->first);  // built at its final address, never moved
        EXPECT_EQ(w->name, "a name long enough to live on the heap");
        EXPECT_EQ(w->second.id, 12);
        EXPECT_EQ(w->second.self, &w->second);
        EXPECT_EQ(w->retries, 7);
        EXPECT_TRUE(w->lock.try_lock());
        w->lock.unlock();
        EXPECT_EQ(w->third.id, 101);
        EXPECT_EQ(w->third.self, &w->third);
        EXPECT_STREQ(w->label, "default label");
        EXPECT_EQ(default_count, 1);  // each default member initializer ran once
        EXPECT_EQ(trace(), "+11 +12 +101");
    }
    EXPECT_EQ(trace(), "+11 +12 +101 -101 -12 -11");  // every object built once, destroyed once

    // On the heap too, and a member with the same type as its neighbour is not confused.
    struct counters {
        int a;
        int b;
        int c = 3;
        int d = 4;
    };
    auto b = pin::make_box(pin::fields<counters>().set<&counters::a>(1).set<&counters::b>(2).defaulted<&counters::c, &counters::d>());
    ASSERT_TRUE(b);
    EXPECT_EQ((*b)->a * 1000 + (*b)->b * 100 + (*b)->c * 10 + (*b)->d, 1234);
}

#if PIN_HAS_EXCEPTIONS
TEST_F(FieldsTest, DefaultedMembersRollBackWhenAStepOrAnInitializerThrows) {
    struct three {
        tracked a;
        tracked b;
        tracked c = tracked_default();
    };
    for (int k = 1; k <= 3; ++k) {
        trace().clear();
        default_count = 0;
        throw_in_default = k == 3;
        raw<three> s;
        auto throwing = [k](int id) {
            return [k, id](three*) -> tracked {
                if (k == id)
                    throw test_exception{id};
                return tracked(id);
            };
        };
        auto i = pin::fields<three>()
                     .init<&three::a>(throwing(1))
                     .init<&three::b>(throwing(2))
                     .defaulted<&three::c>();
        try {
            static_cast<void>(pin::init_at(s.slot(), std::move(i)));
            ADD_FAILURE() << "no exception at " << k;
        } catch (const test_exception& e) {
            EXPECT_EQ(e.where, k == 3 ? 100 : k);
        }
        const char* want[] = {"", "+1 -1", "+1 +2 -2 -1"};
        EXPECT_EQ(trace(), want[k - 1]) << "throw at " << k;
        EXPECT_EQ(default_count, 0);
    }
    throw_in_default = false;
}
#endif

// A nested pin::fields builder whose steps all make values is one aggregate initialization
// too, run for the member in place: its `self` is the member's final address.
struct link : pin::pinned {
    link* next;
    link* prev;
    int weight = 1;
};
auto make_link() {
    return pin::fields<link>()
        .init<&link::next>([](link* self) { return self; })
        .init<&link::prev>([](link* self) { return self; })
        .defaulted<&link::weight>();
}
struct queue_with_defaults {
    int id;
    link head;
    node spare;
    tracked owner;
    int depth = 16;
};

TEST_F(FieldsTest, DefaultedBuilderTakesNestedBuildersThatMakeValues) {
    {
        pin::stack_slot q(pin::fields<queue_with_defaults>()
                              .set<&queue_with_defaults::id>(1)
                              .init<&queue_with_defaults::head>(make_link())
                              .init<&queue_with_defaults::spare>(pin::fields<node>()  // no defaulted<>() of its own
                                                                     .init<&node::next>([](node* self) { return self; })
                                                                     .init<&node::prev>([](node* self) { return self; })
                                                                     .set<&node::value>(5))
                              .init<&queue_with_defaults::owner>(pin::construct<tracked>(2))
                              .defaulted<&queue_with_defaults::depth>());
        ASSERT_TRUE(q);
        EXPECT_EQ(q->id, 1);
        EXPECT_EQ(q->head.next, &q->head);
        EXPECT_EQ(q->head.prev, &q->head);
        EXPECT_EQ(q->head.weight, 1);
        EXPECT_EQ(q->spare.next, &q->spare);
        EXPECT_EQ(q->spare.value, 5);
        EXPECT_EQ(q->owner.self, &q->owner);
        EXPECT_EQ(q->depth, 16);
    }
    EXPECT_EQ(trace(), "+2 -2");

    pin::stack_slot alone(make_link());  // and on its own
    ASSERT_TRUE(alone);
    EXPECT_EQ(alone->next, alone.get());
    EXPECT_EQ(alone->weight, 1);
}

// The clause that runs a step inside the aggregate initialization is never what initializes
// the member: a member class with a constructor template taking anything (std::any, here
// `greedy`) gets the step's value. (The first version stored the clause in the std::any.)
struct greedy {
    int v;
    template <class X>
    greedy(X&&) : v(-1) {}
    greedy(int i) : v(i) {}
};
struct with_greedy_members {
    std::any value;
    greedy g;
    int n = 4;
};

TEST_F(FieldsTest, DefaultedBuilderGivesMembersTheStepsValue) {
    pin::stack_slot s(pin::fields<with_greedy_members>()
                          .init<&with_greedy_members::value>(std::any(5))
                          .init<&with_greedy_members::g>([](with_greedy_members*) { return greedy(3); })
                          .defaulted<&with_greedy_members::n>());
    ASSERT_TRUE(s);
    const int* v = std::any_cast<int>(&s->value);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, 5);
    EXPECT_EQ(s->g.v, 3);
    EXPECT_EQ(s->n, 4);
}

// A builder with defaulted<>() members is a plain aggregate initialization, so T may have a
// user-provided destructor (the field-wise builder rejects one: compile_fail.user_destructor).
TEST_F(FieldsTest, DefaultedBuilderAcceptsAUserProvidedDestructor) {
    struct closer {
        int* closed;
        int fd = 3;
        ~closer() { *closed += fd; }
    };
    int closed = 0;
    {
        pin::stack_slot c(pin::fields<closer>().set<&closer::closed>(&closed).defaulted<&closer::fd>());
        ASSERT_TRUE(c);
        EXPECT_EQ(c->fd, 3);
        EXPECT_EQ(closed, 0);
    }
    EXPECT_EQ(closed, 3);  // the destructor ran once, in place
}

// Cost: forty std::string fields (11.8 s and 594 MB with g++-12 in the first version; see
// library/bench/compile_time.sh and the figures in library/README.md).
struct forty {
    std::string f00, f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19;
    std::string f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35, f36, f37, f38, f39;
};

TEST_F(FieldsTest, FortyStringFields) {
    auto b = pin::make_box(pin::fields<forty>()
                               .set<&forty::f00>("0").set<&forty::f01>("1").set<&forty::f02>("2").set<&forty::f03>("3")
                               .set<&forty::f04>("4").set<&forty::f05>("5").set<&forty::f06>("6").set<&forty::f07>("7")
                               .set<&forty::f08>("8").set<&forty::f09>("9").set<&forty::f10>("10").set<&forty::f11>("11")
                               .set<&forty::f12>("12").set<&forty::f13>("13").set<&forty::f14>("14").set<&forty::f15>("15")
                               .set<&forty::f16>("16").set<&forty::f17>("17").set<&forty::f18>("18").set<&forty::f19>("19")
                               .set<&forty::f20>("20").set<&forty::f21>("21").set<&forty::f22>("22").set<&forty::f23>("23")
                               .set<&forty::f24>("24").set<&forty::f25>("25").set<&forty::f26>("26").set<&forty::f27>("27")
                               .set<&forty::f28>("28").set<&forty::f29>("29").set<&forty::f30>("30").set<&forty::f31>("31")
                               .set<&forty::f32>("32").set<&forty::f33>("33").set<&forty::f34>("34").set<&forty::f35>("35")
                               .set<&forty::f36>("36").set<&forty::f37>("37").set<&forty::f38>("38").set<&forty::f39>("39"));
    ASSERT_TRUE(b);
    EXPECT_EQ((*b)->f00, "0");
    EXPECT_EQ((*b)->f39, "39");
}

}  // namespace
