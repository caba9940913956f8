// 02_kernel_mutex.cpp - a kernel-style mutex<T> over a C `struct mutex` (see
// kernel_mutex.hpp for both).
//
// The problem: `mutex_init(lock, name, key)` must run where the mutex will live. It makes
// the wait list point at itself and registers the lock's address with lockdep; waiters
// later link themselves into the wait list by address. C gets this right by discipline:
// declare the struct, then call mutex_init, and never copy it. A C++ class with a
// constructor can run it in place, but cannot report failure without exceptions, cannot
// be returned from a factory by name, and a struct holding one must become two-phase too
// (the problem Rust-for-Linux solved with pin-init).
//
// Here the C object lives in a pinned `raw_mutex` that only an initializer can create,
// `mutex<T>` is built field-wise in place, and a `device` containing one is built in one
// statement - the lock's lockdep name taken from the device's own, already constructed
// field (self access during initialization). On the patched compiler the device's builder
// is a native init function, and the compiler checks that both members are constructed
// and that the name is not read before it is. The program first shows what a plain C
// copy of an initialized mutex does to lockdep and to the wait list.
#include "kernel_mutex.hpp"

#include <pin/pin.hpp>

#include <cstdio>
#include <type_traits>

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

task_struct task_a{"task A"}, task_b{"task B"};

struct device_stats {
    int opens;
    int errors;
};

// Pinned because its member `stats` is (through mutex<device_stats>::raw).
struct device {
    const char* name;
    kernel::mutex<device_stats> stats;
};

lock_class_key device_stats_key{"device::stats"};  // one lock class for every device

#if PIN_HAS_INIT_PARAMETERS
// The whole device, built in the caller's storage; the lock is registered under the
// device's name, a member that is already constructed when the lock is built.
void make_device(init device& self, const char* name) {
    self.name = name;
    kernel::init_mutex(init self.stats, self.name, &device_stats_key, 0, 0);
}
auto new_device(const char* name) { return pin::from_init_fn(make_device, name); }
#else
// One initializer for the whole device; the lock is registered under the device's name.
auto new_device(const char* name) {
    return pin::fields<device>()
        .set<&device::name>(name)
        .init<&device::stats>([](device* self) {  // self: the final address, name already built
            return kernel::new_mutex<device_stats>(device_stats{0, 0}, self->name, &device_stats_key);
        });
}
#endif

void print_held() {
    std::printf("lockdep: held locks:");
    if (lockdep_depth == 0)
        std::printf(" (none)");
    for (int i = 0; i < lockdep_depth; ++i)
        std::printf(" %s", lockdep_lookup(lockdep_held[i]) ? lockdep_lookup(lockdep_held[i])->name : "?");
    std::printf("\n");
}

// True if `m` is registered with lockdep at its own address under `name`.
bool registered_here(const ::mutex* m, const char* name) {
    const lockdep_instance* i = lockdep_lookup(m);
    return i && std::strcmp(i->name, name) == 0 && i->key == &device_stats_key;
}

int main() {
    std::printf("== what C allows: copying an initialized struct mutex\n");
    {
        ::mutex original;
        mutex_init_with_key(&original, "original", &device_stats_key);
        ::mutex copy = original;  // compiles in C and C++: it is a plain struct
        show("the copy's wait list points at the copy", copy.wait_list.next == &copy.wait_list, false);
        show("it points into the original instead", copy.wait_list.next == &original.wait_list);
        mutex_lock(&copy, &task_a);  // lockdep has never seen this address
        lock_release(&copy);         // (undone by hand: mutex_unlock would follow the wait
        copy.owner = nullptr;        //  list into the original and corrupt it)
        mutex_destroy(&original);
        show("lockdep reported the copy", lockdep_bugs == 1);
        lockdep_bugs = 0;
    }

    std::printf("== kernel::mutex<T> inside a device, built in place\n");
    show("device is pinned (through stats.raw)", pin::is_pinned_v<device>);
    show("device can be moved or copied",
         std::is_move_constructible_v<device> || std::is_copy_constructible_v<device>, false);
    {
        pin::stack_slot dev0(new_device("dev0"));        // one statement, infallible
        auto dev1 = pin::make_box(new_device("dev1"));      // one statement, on the heap
        if (!dev1) {
            std::printf("allocation failed\n");
            return 1;
        }
        std::printf("lockdep: registered locks: %d\n", lockdep_registered);
        show("dev0's lock is registered at its final address", registered_here(dev0->stats.raw.get(), "dev0"));
        show("dev1's lock is registered at its final address", registered_here((*dev1)->stats.raw.get(), "dev1"));
        ::mutex* m0 = dev0->stats.raw.get();
        show("dev0's wait list is an empty ring at its final address",
             m0->wait_list.next == &m0->wait_list && m0->wait_list.prev == &m0->wait_list);

        {
            auto stats = dev0->stats.lock(&task_a);
            ++stats->opens;
            std::printf("dev0 opens: %d\n", stats->opens);
            print_held();
        }
        print_held();

        std::printf("== contention: task B waits on the wait list, by address\n");
        {
            mutex_lock(m0, &task_a);               // task A holds the lock
            pin::stack_slot waiter(pin::zeroed<mutex_waiter>());  // on task B's stack, linked in by address
            waiter->task = &task_b;
            show("task B got the lock at once", mutex_lock_or_wait(m0, waiter.get()) == 1, false);
            show("the wait list holds B's waiter", m0->wait_list.next == &waiter->list);
            mutex_unlock(m0);  // task A unlocks: the lock is handed to B
            show("the unlock handed the lock to task B", waiter->granted == 1 && m0->owner == &task_b);
            show("the wait list is empty again", list_empty(&m0->wait_list) != 0);
            ++dev0->stats.data.errors;  // B's critical section
            mutex_unlock(m0);           // task B is done
        }
        show("the lock is free again", m0->owner == nullptr);
        std::printf("dev0 errors: %d\n", dev0->stats.lock(&task_a)->errors);
    }
    std::printf("lockdep: registered locks after the scope: %d\n", lockdep_registered);
    std::printf("lockdep: bug reports: %d\n", lockdep_bugs);
    show("every lock unregistered, no lockdep report", lockdep_registered == 0 && lockdep_bugs == 0);
    return failures == 0 ? 0 : 1;
}
