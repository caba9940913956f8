// 03_driver_data: irq + kernel::mutex<queue<command>> + a 1 MiB zeroed DMA buffer whose
// allocation may fail, the whole object in a heap box. Library: pin::make_box of the
// example's new_driver_data (pin::fields, or the native fallible init function
// make_driver_data) with the example's counting_allocator; the box is handed to the caller
// in `out`. Baseline: allocate, default-construct, init() with a goto-style unwind of the
// mutex when the buffer allocation fails, the raw pointer handed to the caller.
#define main example_main
#include "../../examples/03_driver_data.cpp"
#undef main

#include <cerrno>

namespace base {
struct driver_data {
    int irq;
    ::mutex lock;
    queue<command> commands;  // has a constructor: runs at default construction
    dma_buffer* buffer;
    bool ready = false;       // what the destructor may tear down
    int init(int irq_, const char* lock_name) {
        irq = irq_;
        mutex_init_with_key(&lock, lock_name, &commands_key);
        void* b = counting_allocator{}.allocate(sizeof(dma_buffer), alignof(dma_buffer));
        if (!b) {
            mutex_destroy(&lock);  // unwind what init() did so far
            return -ENOMEM;
        }
        buffer = ::new (b) dma_buffer();  // zeroed
        ready = true;
        return 0;
    }
    ~driver_data() {
        if (ready) {
            counting_allocator{}.deallocate(buffer, sizeof(dma_buffer), alignof(dma_buffer));
            mutex_destroy(&lock);
        }
    }
};
}  // namespace base

const char* const lock_names[] = {"drv0.commands", "drv1.commands"};
using lib_box = pin::box<driver_data, counting_allocator>;

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(lib_box), sizeof(base::driver_data*));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

BENCH_FN int bench_lib(void* out, int arg) {
    auto r = pin::make_box(new_driver_data(4 + arg, lock_names[arg]), counting_allocator{});
    if (!r)
        return 1;
    ::new (out) lib_box(std::move(*r));
    bench_escape(out);
    return 0;
}
BENCH_FN int bench_base(void* out, int arg) {
    void* mem = counting_allocator{}.allocate(sizeof(base::driver_data), alignof(base::driver_data));
    if (!mem)
        return -ENOMEM;
    auto* d = ::new (mem) base::driver_data;
    if (int e = d->init(4 + arg, lock_names[arg])) {
        d->~driver_data();
        counting_allocator{}.deallocate(mem, sizeof(base::driver_data), alignof(base::driver_data));
        return e;
    }
    *static_cast<base::driver_data**>(out) = d;
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_lib(void* out) {
    std::launder(static_cast<lib_box*>(out))->~lib_box();
    events.clear();
}
BENCH_FN void destroy_base(void* out) {
    base::driver_data* d = *static_cast<base::driver_data**>(out);
    d->~driver_data();
    counting_allocator{}.deallocate(d, sizeof(base::driver_data), alignof(base::driver_data));
    events.clear();
}

#if PIN_HAS_INIT_PARAMETERS
// The allocation and the box written out by hand around the init function.
BENCH_FN int bench_direct(void* out, int arg) {
    void* mem = counting_allocator{}.allocate(sizeof(driver_data), alignof(driver_data));
    if (!mem)
        return -ENOMEM;
    if (auto r = make_driver_data(init *static_cast<driver_data*>(mem), 4 + arg, lock_names[arg]); !r) {
        counting_allocator{}.deallocate(mem, sizeof(driver_data), alignof(driver_data));
        return 1;
    }
    ::new (out) lib_box(pin::detail::adopt_t{}, std::launder(static_cast<driver_data*>(mem)), counting_allocator{});
    bench_escape(out);
    return 0;
}
BENCH_FN void destroy_direct(void* out) { destroy_lib(out); }
#endif
