// 08_static_pinned: a kernel module linked into a static, self-referential list, built on
// first use in static storage. Library: pin::static_slot<kmodule>::get_or_init of the
// example's kmodule::init (a closure, or the native fallible init function kmodule::load):
// thread-safe (acquire load, compare-exchange, release store, notify), retried after a
// failure. Baseline: the unsafe two-phase norm, `static kmodule g; if (!g.ready) g.init()`,
// which is neither thread-safe nor protected against use before init. The slot is put
// back into its constant-initialized empty state before every run (setup_*, not measured).
#define main example_main
#include "../../examples/08_static_pinned.cpp"
#undef main

#include <cerrno>

namespace base {
class kmodule {
public:
    int init(const char* name) {
        init_runs.fetch_add(1);
        if (std::strcmp(name, "uart") == 0 && !firmware_ready)
            return -ENODEV;
        name_ = name;
        self_ = this;
        node_.next = &modules;
        node_.prev = modules.prev;
        modules.prev->next = &node_;  // list_add_tail(&node_, &modules)
        modules.prev = &node_;
        ready = true;
        return 0;
    }
    ~kmodule() {
        if (ready) {
            node_.next->prev = node_.prev;
            node_.prev->next = node_.next;
        }
    }
    bool ready;  // zero in static storage (zero-initialized before any code runs)

private:
    list_head node_;
    const char* name_;
    const kmodule* self_;
};
}  // namespace base

using lib_slot = pin::static_slot<kmodule>;
const char* const module_names[] = {"uart", "spi"};

#include <algorithm>
#define BENCH_HAS_SETUP 1
constexpr std::size_t bench_storage = std::max(sizeof(lib_slot), sizeof(base::kmodule));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

BENCH_FN void setup_lib(void* out) { ::new (out) lib_slot(); }
// Value-initialization zero-initializes, as static storage would be before main.
BENCH_FN void setup_base(void* out) { ::new (out) base::kmodule(); }

BENCH_FN int bench_lib(void* out, int arg) {
    auto r = std::launder(static_cast<lib_slot*>(out))->get_or_init(kmodule::init(module_names[arg]));
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN int bench_base(void* out, int arg) {
    auto* m = std::launder(static_cast<base::kmodule*>(out));
    if (!m->ready)
        if (int e = m->init(module_names[arg]))
            return e;
    bench_escape(m);
    return 0;
}
BENCH_FN void destroy_lib(void* out) { std::launder(static_cast<lib_slot*>(out))->~lib_slot(); }
BENCH_FN void destroy_base(void* out) { std::launder(static_cast<base::kmodule*>(out))->~kmodule(); }

#if PIN_HAS_INIT_PARAMETERS
// The init function on plain storage, without the slot's once-protocol: the same
// (unsafe) guarantee as the baseline.
BENCH_FN int bench_direct(void* out, int arg) {
    auto r = kmodule::load(init *static_cast<kmodule*>(out), module_names[arg]);
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN void destroy_direct(void* out) { std::launder(static_cast<kmodule*>(out))->~kmodule(); }
#endif
