// 06_pinned_array: sensor[5], element i brought up by a fallible sensor::init(i) that
// registers the element's address; on failure the built prefix is torn down in reverse.
// Library: pin::init_at of the example's new_sensors() (pin::array_from_fn over
// sensor::init: a closure, or the native init function bring_up). Baseline: the
// "allocate, loop calling init(), on failure loop back calling exit()" code the example
// describes. Measured on the success path (no element fails).
#define main example_main
#include "../../examples/06_pinned_array.cpp"
#undef main

#include <cerrno>

namespace base {
class sensor;
sensor* registry[16];
int registered = 0;
class sensor {
public:
    int init(int id) {
        if (id == ::sensor::fail_at) {
            event('!', std::to_string(id));
            return -ENODEV;
        }
        id_ = id;
        registry[registered++] = this;
        event('+', std::to_string(id));
        return 0;
    }
    void exit() {
        for (int i = 0; i < registered; ++i)
            if (registry[i] == this) {
                registry[i] = registry[--registered];
                break;
            }
        event('-', std::to_string(id_));
    }
    int id_;
};
struct sensor_array {
    sensor s[N];
    int init() {
        int i = 0, e = 0;
        for (; i < static_cast<int>(N); ++i)
            if ((e = s[i].init(i)) != 0)
                goto unwind;
        return 0;
    unwind:
        while (i-- > 0)
            s[i].exit();
        return e;
    }
    void exit() {
        for (int i = static_cast<int>(N); i-- > 0;)
            s[i].exit();
    }
};
}  // namespace base

using lib_array = sensor[N];

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(lib_array), sizeof(base::sensor_array));
#include "harness.hpp"

BENCH_FN int bench_lib(void* out, int) {
    auto r = pin::init_at(static_cast<lib_array*>(out), new_sensors());
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN int bench_base(void* out, int) {
    auto* a = ::new (out) base::sensor_array;
    if (int e = a->init())
        return e;
    bench_escape(a);
    return 0;
}
BENCH_FN void destroy_lib(void* out) {
    pin::detail::destroy(std::launder(static_cast<lib_array*>(out)));
    events.clear();
}
BENCH_FN void destroy_base(void* out) {
    std::launder(static_cast<base::sensor_array*>(out))->exit();
    events.clear();
}
