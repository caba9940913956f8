// 04_pthread_mutex.cpp - a C++ wrapper around a real POSIX pthread_mutex_t.
//
// The problem: POSIX says "only mutex itself may be used for performing synchronization;
// the result of referring to copies of mutex in calls to pthread_mutex_lock() ... is
// undefined". glibc's mutex records its owner and kind inside the object, and a robust or
// process-shared mutex is known to the kernel by address. Yet pthread_mutex_t is a plain
// C struct: a C++ class holding one is copyable and movable by default, memcpy compiles,
// and pthread_mutex_init can fail (EAGAIN, ENOMEM, EINVAL for a bad attribute), which a
// constructor can only report by throwing - so wrappers end up two-phase.
//
// Here posix_mutex is pinned and created only by an initializer that runs
// pthread_mutex_init at the final address and fails with an error value. A counter
// holding one is built field-wise inside a shared box; four threads use it through that
// one address; the error-checking kind proves it is the real POSIX object (EDEADLK,
// EPERM); an invalid attribute fails the initializer with EINVAL and leaves nothing.
// On the patched compiler both builders are native init functions: the compiler checks
// that every member is constructed once, and its rollback on failure replaces the
// hand-written "end the object again" of the stock path.
#include <pin/pin.hpp>

#include <pthread.h>

#include <cerrno>
#include <cstdio>
#include <expected>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

const char* errno_name(int e) {
    switch (e) {
    case 0: return "0 (success)";
    case EDEADLK: return "EDEADLK";
    case EPERM: return "EPERM";
    case EINVAL: return "EINVAL";
    case EBUSY: return "EBUSY";
    default: return "another error";
    }
}

/// A pthread_mutex_t that stays where pthread_mutex_init put it until
/// pthread_mutex_destroy runs there.
class PIN_PINNED posix_mutex : pin::pinned {
public:
    static inline int live = 0;

#if PIN_HAS_INIT_PARAMETERS
    /// Init function: a mutex of the given kind (PTHREAD_MUTEX_NORMAL, _ERRORCHECK,
    /// _RECURSIVE) in the caller's storage. Fails with the error of
    /// pthread_mutexattr_settype or pthread_mutex_init; then nothing is left constructed.
    static std::expected<void, std::errc> create(init posix_mutex& self, int kind) {
        pthread_mutexattr_t attr;
        if (int e = pthread_mutexattr_init(&attr))
            return std::unexpected(std::errc(e));
        // The C++ object first (zero bytes, not PTHREAD_MUTEX_INITIALIZER: initializing an
        // initialized mutex is undefined), then the POSIX mutex in it, at its final address.
        self.m_ = pthread_mutex_t{};
        int e = pthread_mutexattr_settype(&attr, kind);
        if (e == 0)
            e = pthread_mutex_init(&self.m_, &attr);
        pthread_mutexattr_destroy(&attr);
        if (e != 0)
            return std::unexpected(std::errc(e));  // rolls back m_; ~posix_mutex does not run
        self.init_error_ = 0;
        ++live;
        return {};
    }
    /// Initializer for the library's emplacers: runs create().
    static auto init(int kind) { return pin::from_init_fn(create, kind); }
#else
    /// Initializer: a mutex of the given kind (PTHREAD_MUTEX_NORMAL, _ERRORCHECK,
    /// _RECURSIVE). Fails with the error of pthread_mutexattr_settype or
    /// pthread_mutex_init; then nothing is left constructed.
    static auto init(int kind) {
        return pin::from_closure<posix_mutex, std::errc>([kind](posix_mutex* slot) -> pin::init_result<std::errc> {
            pthread_mutexattr_t attr;
            if (int e = pthread_mutexattr_init(&attr))
                return std::unexpected(std::errc(e));
            int e = pthread_mutexattr_settype(&attr, kind);
            if (e == 0) {
                // void*: slot is storage, no posix_mutex lives there yet (see 02's raw_mutex).
                auto* m = ::new (static_cast<void*>(slot)) posix_mutex(&attr);
                e = m->init_error_;
                if (e != 0)
                    m->~posix_mutex();  // nothing to destroy in pthread terms; ends the object
            }
            pthread_mutexattr_destroy(&attr);
            if (e != 0)
                return std::unexpected(std::errc(e));
            return {};
        });
    }
#endif

    ~posix_mutex() {
        if (init_error_ == 0) {
            if (int e = pthread_mutex_destroy(&m_))
                std::fprintf(stderr, "pthread_mutex_destroy: %s\n", errno_name(e));
            --live;
        }
    }

    int lock() noexcept { return pthread_mutex_lock(&m_); }
    int unlock() noexcept { return pthread_mutex_unlock(&m_); }
    int try_lock() noexcept { return pthread_mutex_trylock(&m_); }
    pthread_mutex_t* native_handle() noexcept { return &m_; }

private:
    explicit posix_mutex(const pthread_mutexattr_t* attr) noexcept : init_error_(pthread_mutex_init(&m_, attr)) {
        if (init_error_ == 0)
            ++live;
    }

    pthread_mutex_t m_;
    int init_error_;
};

class [[nodiscard]] lock_guard {
public:
    explicit lock_guard(posix_mutex& m) : m_(m) { ok_ = m_.lock() == 0; }
    lock_guard(const lock_guard&) = delete;
    lock_guard& operator=(const lock_guard&) = delete;
    ~lock_guard() {
        if (ok_)
            m_.unlock();
    }
    bool ok() const { return ok_; }

private:
    posix_mutex& m_;
    bool ok_;
};

// Shared state of the worker threads; pinned because of its lock.
struct counter {
    posix_mutex lock;
    long value;
    long lock_errors;
};

#if PIN_HAS_INIT_PARAMETERS
std::expected<void, std::errc> make_counter(init counter& self, int kind) {
    if (auto r = posix_mutex::create(init self.lock, kind); !r)
        return r;
    self.value = 0;
    self.lock_errors = 0;
    return {};
}
auto new_counter(int kind) { return pin::from_init_fn(make_counter, kind); }
#else
auto new_counter(int kind) {
    return pin::fields<counter, std::errc>()
        .init<&counter::lock>(posix_mutex::init(kind))
        .set<&counter::value>(0L)
        .set<&counter::lock_errors>(0L);
}
#endif

constexpr int threads = 4;
constexpr long iterations = 50000;

int main() {
    show("posix_mutex is pinned", pin::is_pinned_v<posix_mutex>);
    show("counter is pinned (through its member lock)", pin::is_pinned_v<counter>);
    show("counter can be moved or copied",
         std::is_move_constructible_v<counter> || std::is_copy_constructible_v<counter>, false);

    std::printf("== %d threads share one counter in a pin::shared_box\n", threads);
    {
        auto shared = pin::make_shared_box(new_counter(PTHREAD_MUTEX_ERRORCHECK));
        show("created", shared.has_value());
        if (!shared)
            return 1;
        pthread_mutex_t* const home = (*shared)->lock.native_handle();
        std::vector<const pthread_mutex_t*> seen(threads);
        {
            std::vector<std::thread> workers;
            for (int t = 0; t < threads; ++t)
                workers.emplace_back([box = *shared, &seen, t] {  // each thread owns a share
                    seen[t] = box->lock.native_handle();
                    for (long i = 0; i < iterations; ++i) {
                        lock_guard g(box->lock);
                        if (g.ok())
                            ++box->value;
                        else
                            ++box->lock_errors;
                    }
                });
            for (auto& w : workers)
                w.join();
        }
        std::printf("final count: %ld (%d threads x %ld)\n", (*shared)->value, threads, iterations);
        show("no update lost, no lock error", (*shared)->value == threads * iterations && (*shared)->lock_errors == 0);
        bool same = true;
        for (const pthread_mutex_t* p : seen)
            same = same && p == home;
        show("every thread locked the mutex at the address it was initialized at", same);
        show("the threads' shares are gone", shared->use_count() == 1);

        std::printf("== it is the real POSIX object (error-checking kind)\n");
        posix_mutex& m = (*shared)->lock;
        int first = m.lock();
        int again = m.lock();
        std::printf("relock by the owner: %s\n", errno_name(again));
        int foreign = 0;
        std::thread([&] { foreign = m.unlock(); }).join();
        std::printf("unlock by another thread: %s\n", errno_name(foreign));
        int mine = m.unlock();
        show("lock/relock/foreign unlock/unlock as POSIX specifies",
             first == 0 && again == EDEADLK && foreign == EPERM && mine == 0);
        std::printf("live posix_mutexes: %d\n", posix_mutex::live);
    }
    std::printf("live posix_mutexes after the last share: %d\n", posix_mutex::live);

    std::printf("== an invalid mutex kind fails the initializer\n");
    {
        pin::stack_slot<counter> c;
        auto r = c.emplace(new_counter(12345));
        show("created", r.has_value(), false);
        std::printf("error: %s\n", r ? "none" : errno_name(static_cast<int>(r.error())));
        show("the slot holds a counter", c.has_value(), false);
        std::printf("live posix_mutexes: %d\n", posix_mutex::live);
    }

    std::printf("== on the stack, a recursive mutex\n");
    {
        pin::stack_slot<counter> c;
        auto r = c.emplace(new_counter(PTHREAD_MUTEX_RECURSIVE));
        show("created", r.has_value());
        if (!r)
            return 1;
        int a = c->lock.lock(), b = c->lock.lock();
        int u1 = c->lock.unlock(), u2 = c->lock.unlock();
        show("a recursive mutex can be locked twice by its owner", a == 0 && b == 0 && u1 == 0 && u2 == 0);
    }
    show("all mutexes destroyed", posix_mutex::live == 0);
    return failures == 0 ? 0 : 1;
}
