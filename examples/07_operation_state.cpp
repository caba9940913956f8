// 07_operation_state.cpp - std::execution-style operation states registered with a run
// loop by address (P2300: connect, start, completion later).
//
// The problem: `connect(sender, receiver)` produces an operation state; `start(op)`
// hands its address to an execution context (here a run loop's intrusive queue), which
// completes it later. From `start` until completion the operation state must not move:
// the queue would hold a dangling pointer. P2300 makes operation states immovable by
// convention, which makes them hard to hold: a composite operation (then, when_all) must
// build its child's state inside itself, with a receiver that points back at the parent,
// and containers or factories returning them by value do not work. Implementations use
// tricks (conversion-operator "emplacers", optional<>, deleted moves) for each case.
//
// Here an operation state is a pinned type and `connect` returns a pin initializer for
// it, so the caller chooses where it lives (stack slot, box, a deque that never moves
// its elements) and a composite builds its child in place, handing the child a receiver
// that holds the parent's final address (self access during initialization). On the
// patched compiler the builders are native init functions, `connect_into(init op, sndr,
// rcvr)`, which the compiler checks member by member; `connect` hands them to
// pin::from_init_fn, so it still returns an initializer.
#include <pin/containers.hpp>  // pin::emplace_back, pin::init_allocator (not in pin/pin.hpp)
#include <pin/pin.hpp>

#include <cstddef>
#include <cstdio>
#include <deque>
#include <type_traits>
#include <utility>

namespace exec {

// An intrusive queue node, embedded in operation states; the loop knows it by address.
struct PIN_PINNED task : pin::pinned {
    task* next;
    void (*execute)(task*) noexcept;
    void* owner;  // the operation state this node is part of

#if PIN_HAS_INIT_PARAMETERS
    static void make(init task& self, void* owner, void (*execute)(task*) noexcept) {
        self.next = nullptr;
        self.execute = execute;
        self.owner = owner;
    }
#else
    static auto init(void* owner, void (*execute)(task*) noexcept) {
        return pin::fields<task>()
            .set<&task::next>(nullptr)
            .set<&task::execute>(execute)
            .set<&task::owner>(owner);
    }
#endif
};

class PIN_PINNED run_loop : pin::pinned {
public:
    struct scheduler {
        run_loop* loop;
    };
    scheduler get_scheduler() noexcept { return {this}; }

    void push(task* t) noexcept {
        t->next = nullptr;
        (tail_ ? tail_->next : head_) = t;
        tail_ = t;
        ++pending_;
    }
    // Runs queued tasks until the queue is empty.
    void run() noexcept {
        running_ = true;
        while (task* t = head_) {
            head_ = t->next;
            if (!head_)
                tail_ = nullptr;
            --pending_;
            t->execute(t);
        }
        running_ = false;
    }
    int pending() const noexcept { return pending_; }
    bool running() const noexcept { return running_; }
    // True if some queued task lies inside [obj, obj + size): the object is registered
    // with the loop by its address.
    bool holds_address_in(const void* obj, std::size_t size) const noexcept {
        auto* lo = static_cast<const unsigned char*>(obj);
        for (const task* t = head_; t; t = t->next) {
            auto* p = reinterpret_cast<const unsigned char*>(t);
            if (p >= lo && p < lo + size)
                return true;
        }
        return false;
    }

private:
    task* head_ = nullptr;
    task* tail_ = nullptr;
    int pending_ = 0;
    bool running_ = false;
};

// --- senders ----------------------------------------------------------------------------
struct schedule_sender {
    run_loop* loop;
};
inline schedule_sender schedule(run_loop::scheduler s) { return {s.loop}; }

template <class S, class F>
struct then_sender {
    S sndr;
    F f;
};
template <class S, class F>
then_sender<S, F> then(S s, F f) {
    return {std::move(s), std::move(f)};
}

template <class S, class R>
using connect_result_t = pin::value_type_t<decltype(connect(std::declval<S>(), std::declval<R>()))>;

// --- schedule: completes on the loop ----------------------------------------------------
template <class R>
struct schedule_op {
    task node;  // pinned member: the operation state is pinned
    run_loop* loop;
    R rcvr;

    void start() noexcept { loop->push(&node); }
    static void execute(task* t) noexcept { static_cast<schedule_op*>(t->owner)->rcvr.set_value(); }
};

#if PIN_HAS_INIT_PARAMETERS
// connect_into builds the operation state in the caller's storage; connect, the
// customization point, wraps it into an initializer so that the caller picks the storage.
template <class R>
void connect_into(init schedule_op<R>& self, schedule_sender s, R r) {
    task::make(init self.node, &self, &schedule_op<R>::execute);
    self.loop = s.loop;
    self.rcvr = std::move(r);
}
template <class R>
auto connect(schedule_sender s, R r) {
    return pin::from_init_fn<schedule_op<R>>(connect_into<R>, s, std::move(r));
}
#else
template <class R>
auto connect(schedule_sender s, R r) {
    using Op = schedule_op<R>;
    return pin::fields<Op>()
        .template init<&Op::node>([](Op* self) { return task::init(self, &Op::execute); })
        .template set<&Op::loop>(s.loop)
        .template set<&Op::rcvr>(std::move(r));
}
#endif

// --- then: a composite; its child's state lives inside it ------------------------------
template <class S, class F, class R>
struct then_op {
    // The receiver the child completes into: it holds the parent's final address.
    struct inner_receiver {
        then_op* op;
        template <class... V>
        void set_value(V&&... v) noexcept {
            if constexpr (std::is_void_v<std::invoke_result_t<F&, V...>>) {
                op->f(std::forward<V>(v)...);
                op->rcvr.set_value();
            } else {
                op->rcvr.set_value(op->f(std::forward<V>(v)...));
            }
        }
    };

    F f;
    R rcvr;
    connect_result_t<S, inner_receiver> child;

    void start() noexcept { child.start(); }
};

#if PIN_HAS_INIT_PARAMETERS
template <class S, class F, class R>
void connect_into(init then_op<S, F, R>& self, then_sender<S, F> s, R r) {
    self.f = std::move(s.f);
    self.rcvr = std::move(r);
    // The slot's type picks the overload (a schedule_op or another then_op); the child's
    // receiver holds the final address of self, which is known before self is complete.
    connect_into(init self.child, std::move(s.sndr), typename then_op<S, F, R>::inner_receiver{&self});
}
template <class S, class F, class R>
auto connect(then_sender<S, F> s, R r) {
    return pin::from_init_fn<then_op<S, F, R>>(connect_into<S, F, R>, std::move(s), std::move(r));
}
#else
template <class S, class F, class R>
auto connect(then_sender<S, F> s, R r) {
    using Op = then_op<S, F, R>;
    return pin::fields<Op>()
        .template set<&Op::f>(std::move(s.f))
        .template set<&Op::rcvr>(std::move(r))
        .template init<&Op::child>([sndr = std::move(s.sndr)](Op* self) mutable {
            return connect(std::move(sndr), typename Op::inner_receiver{self});
        });
}
#endif

}  // namespace exec

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

exec::run_loop* the_loop = nullptr;
int completions = 0;

struct print_receiver {
    const char* name;
    void set_value(int v) noexcept {
        ++completions;
        std::printf("%s completed with %d, on the loop: %s\n", name, v, the_loop->running() ? "yes" : "no");
    }
};

auto answer(exec::run_loop::scheduler sch) {
    return exec::then(exec::then(exec::schedule(sch), [] { return 41; }), [](int v) { return v + 1; });
}
auto square(exec::run_loop::scheduler sch, int x) {
    return exec::then(exec::schedule(sch), [x] { return x * x; });
}

using answer_op = exec::connect_result_t<decltype(answer(std::declval<exec::run_loop::scheduler>())), print_receiver>;
using square_op =
    exec::connect_result_t<decltype(square(std::declval<exec::run_loop::scheduler>(), 0)), print_receiver>;

int main() {
    exec::run_loop loop;
    the_loop = &loop;
    auto sch = loop.get_scheduler();

    show("an operation state is pinned", pin::is_pinned_v<answer_op>);
    show("it can be moved or copied",
         std::is_move_constructible_v<answer_op> || std::is_copy_constructible_v<answer_op>, false);

    std::printf("== connect into a stack slot and a box, then start\n");
    pin::stack_slot<answer_op> a;
    static_cast<void>(a.emplace(exec::connect(answer(sch), print_receiver{"A"})));
    auto b = pin::make_box(exec::connect(square(sch, 7), print_receiver{"B"}));
    if (!b)
        return 1;
    show("the innermost receiver points back at its parent's final address",
         a->child.child.rcvr.op == &a->child && a->child.rcvr.op == a.get());
    a->start();
    (*b)->start();
    std::printf("pending: %d\n", loop.pending());
    show("A is registered with the loop by an address inside A", loop.holds_address_in(a.get(), sizeof(answer_op)));
    show("B is registered with the loop by an address inside B",
         loop.holds_address_in(b->get(), sizeof(square_op)));
    show("completed before the loop runs", completions != 0, false);

    std::printf("== a dynamic number of operations in a deque that never moves elements\n");
    std::deque<square_op, pin::init_allocator<square_op>> many;
    for (int i = 1; i <= 3; ++i) {
        static const char* names[] = {"C1", "C2", "C3"};
        static_cast<void>(pin::emplace_back(many, exec::connect(square(sch, i), print_receiver{names[i - 1]})));
        many.back().start();  // earlier elements stay where they are while more are added
    }
    std::printf("pending: %d\n", loop.pending());
    bool all_in_place = true;
    for (auto& op : many)
        all_in_place = all_in_place && loop.holds_address_in(&op, sizeof op);
    show("each of them is registered at its place in the deque", all_in_place);

    std::printf("== run the loop\n");
    loop.run();
    std::printf("pending: %d, completions: %d\n", loop.pending(), completions);
    show("everything completed, in start order, on the loop", loop.pending() == 0 && completions == 5);
    return failures == 0 ? 0 : 1;
}
