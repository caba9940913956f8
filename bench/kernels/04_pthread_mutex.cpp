// 04_pthread_mutex: a counter holding a pinned POSIX error-checking mutex whose
// pthread_mutex_init may fail. Library: the example's new_counter(kind) (pin::fields over
// posix_mutex::init, or the native fallible init functions make_counter/create) run by
// pin::init_at. Baseline: the usual two-phase wrapper, default-constructed, init(kind)
// returning the pthread error.
#define main example_main
#include "../../examples/04_pthread_mutex.cpp"
#undef main

namespace base {
class posix_mutex {
public:
    static inline int live = 0;
    int init(int kind) {
        pthread_mutexattr_t attr;
        if (int e = pthread_mutexattr_init(&attr))
            return e;
        int e = pthread_mutexattr_settype(&attr, kind);
        if (e == 0)
            e = pthread_mutex_init(&m_, &attr);
        pthread_mutexattr_destroy(&attr);
        if (e != 0)
            return e;
        ready_ = true;
        ++live;
        return 0;
    }
    ~posix_mutex() {
        if (ready_) {
            pthread_mutex_destroy(&m_);
            --live;
        }
    }

private:
    pthread_mutex_t m_;
    bool ready_ = false;
};
struct counter {
    posix_mutex lock;
    long value;
    long lock_errors;
    int init(int kind) {
        if (int e = lock.init(kind))
            return e;
        value = 0;
        lock_errors = 0;
        return 0;
    }
};
}  // namespace base

#include <algorithm>
constexpr std::size_t bench_storage = std::max(sizeof(counter), sizeof(base::counter));
#define BENCH_HAS_DIRECT 1
#include "harness.hpp"

// arg 1 -> PTHREAD_MUTEX_ERRORCHECK (2), the kind the example shares between threads.
BENCH_FN int bench_lib(void* out, int arg) {
    auto r = pin::init_at(static_cast<counter*>(out), new_counter(arg + 1));
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN int bench_base(void* out, int arg) {
    auto* c = ::new (out) base::counter;
    if (int e = c->init(arg + 1))
        return e;
    bench_escape(c);
    return 0;
}
BENCH_FN void destroy_lib(void* out) { std::launder(static_cast<counter*>(out))->~counter(); }
BENCH_FN void destroy_base(void* out) { std::launder(static_cast<base::counter*>(out))->~counter(); }

#if PIN_HAS_INIT_PARAMETERS
BENCH_FN int bench_direct(void* out, int arg) {
    auto r = make_counter(init *static_cast<counter*>(out), arg + 1);
    bench_escape(out);
    return r ? 0 : 1;
}
BENCH_FN void destroy_direct(void* out) { destroy_lib(out); }
#endif
