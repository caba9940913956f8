// 02_kernel_mutex: a device (name + kernel::mutex<device_stats>) whose C mutex is
// registered with lockdep at its final address. Library: the example's new_device(name)
// (pin::fields with self access, or the native init function make_device) run by
// pin::init_at. Baseline: a plain struct holding the C `struct mutex`, default-initialized,
// then init() calling mutex_init_with_key.
#define main example_main
#include "../../examples/02_kernel_mutex.cpp"
#undef main

namespace base {
struct device {
    const char* name;
    ::mutex lock;
    device_stats data;
    int init(const char* n) {
        name = n;
        mutex_init_with_key(&lock, name, &device_stats_key);
        data = device_stats{0, 0};
        return 0;
    }
    ~device() { mutex_destroy(&lock); }
};
}  // namespace base

const char* const device_names[] = {"dev0", "dev1"};

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(device), sizeof(base::device));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

BENCH_FN int bench_lib(void* out, int arg) {
    auto r = pin::init_at(static_cast<device*>(out), new_device(device_names[arg]));
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN int bench_base(void* out, int arg) {
    auto* d = ::new (out) base::device;
    if (int e = d->init(device_names[arg]))
        return e;
    bench_escape(d);
    return 0;
}
BENCH_FN void destroy_lib(void* out) { std::launder(static_cast<device*>(out))->~device(); }
BENCH_FN void destroy_base(void* out) { std::launder(static_cast<base::device*>(out))->~device(); }

#if PIN_HAS_INIT_PARAMETERS
BENCH_FN int bench_direct(void* out, int arg) {
    make_device(init *static_cast<device*>(out), device_names[arg]);
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_direct(void* out) { destroy_lib(out); }
#endif
