// 01_list_head: a task (id + pinned, self-referential list_head) built in the caller's storage.
// Library: the example's make_task(id) (pin::fields, or the native init function
// build_task) run by pin::init_at. Baseline: the C way, a plain struct default-initialized
// and then INIT_LIST_HEAD-style init().
#define main example_main
#include "../../examples/01_list_head.cpp"
#undef main

namespace base {
// Two-phase list head: default-initialization leaves garbage; init() makes the ring.
struct list_head {
    list_head* next;
    list_head* prev;
    static inline int live = 0;
    int init() noexcept {
        next = prev = this;
        ++live;
        return 0;
    }
    ~list_head() {  // same unlink-on-destruction as the example's pinned list_head
        next->prev = prev;
        prev->next = next;
        next = prev = this;
        --live;
    }
};
struct task {
    int id;
    list_head node;
    int init(int id_) {
        id = id_;
        return node.init();
    }
};
}  // namespace base

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(task), sizeof(base::task));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

BENCH_FN int bench_lib(void* out, int arg) {
    auto r = pin::init_at(static_cast<task*>(out), make_task(arg));
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN int bench_base(void* out, int arg) {
    auto* t = ::new (out) base::task;  // default-initialization: no code
    if (int e = t->init(arg))
        return e;
    bench_escape(t);
    return 0;
}
BENCH_FN void destroy_lib(void* out) { std::launder(static_cast<task*>(out))->~task(); }
BENCH_FN void destroy_base(void* out) { std::launder(static_cast<base::task*>(out))->~task(); }

#if PIN_HAS_INIT_PARAMETERS
BENCH_FN int bench_direct(void* out, int arg) {
    build_task(init *static_cast<task*>(out), arg);
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_direct(void* out) { destroy_lib(out); }
#endif
