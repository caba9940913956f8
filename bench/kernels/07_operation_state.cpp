// 07_operation_state: connect(then(then(schedule(loop), f1), f2), receiver) - a nested
// operation state whose inner receivers point back at their parents' final addresses
// and whose innermost node the run loop will know by address. Library: pin::init_at of
// the example's exec::connect (pin::fields with self access, or the native init functions
// connect_into). Baseline: the same three nested operation states written as two-phase
// structs, default-constructed, then init(sender, receiver) top-down.
#define main example_main
#include "../../examples/07_operation_state.cpp"
#undef main

namespace base {
template <class S, class R>
struct op_for;

template <class R>
struct schedule_op {
    exec::task node;
    exec::run_loop* loop;
    R rcvr;
    int init(exec::schedule_sender s, R r) {
        node.next = nullptr;
        node.execute = &execute;
        node.owner = this;
        loop = s.loop;
        rcvr = r;
        return 0;
    }
    void start() noexcept { loop->push(&node); }
    static void execute(exec::task* t) noexcept { static_cast<schedule_op*>(t->owner)->rcvr.set_value(); }
};

template <class S, class F, class R>
struct then_op {
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
    typename op_for<S, inner_receiver>::type child;
    int init(exec::then_sender<S, F> s, R r) {
        f = s.f;
        rcvr = r;
        return child.init(s.sndr, inner_receiver{this});
    }
    void start() noexcept { child.start(); }
};

template <class R>
struct op_for<exec::schedule_sender, R> {
    using type = schedule_op<R>;
};
template <class S, class F, class R>
struct op_for<exec::then_sender<S, F>, R> {
    using type = then_op<S, F, R>;
};
}  // namespace base

using sender_t = decltype(answer(std::declval<exec::run_loop::scheduler>()));
using base_op = base::op_for<sender_t, print_receiver>::type;
static exec::run_loop bench_loop;
const char* const receiver_names[] = {"A", "B"};

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(answer_op), sizeof(base_op));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

BENCH_FN int bench_lib(void* out, int arg) {
    auto r = pin::init_at(static_cast<answer_op*>(out),
                          exec::connect(answer(bench_loop.get_scheduler()), print_receiver{receiver_names[arg]}));
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN int bench_base(void* out, int arg) {
    auto* op = ::new (out) base_op;
    if (int e = op->init(answer(bench_loop.get_scheduler()), print_receiver{receiver_names[arg]}))
        return e;
    bench_escape(op);
    return 0;
}
BENCH_FN void destroy_lib(void* out) { std::launder(static_cast<answer_op*>(out))->~answer_op(); }
BENCH_FN void destroy_base(void* out) { std::launder(static_cast<base_op*>(out))->~base_op(); }

#if PIN_HAS_INIT_PARAMETERS
BENCH_FN int bench_direct(void* out, int arg) {
    exec::connect_into(init *static_cast<answer_op*>(out), answer(bench_loop.get_scheduler()),
                       print_receiver{receiver_names[arg]});
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_direct(void* out) { destroy_lib(out); }
#endif
