// kernel_mutex.hpp - a kernel-style C `struct mutex` and the C++ `kernel::mutex<T>` over
// it, shared by examples 02 and 03 (and their misuse tests).
//
// The C side is a small model of the Linux one: a mutex has an owner, a wait list that is
// a self-referential `list_head` (waiters on their own stacks are linked into it by
// address), and a lockdep map. `mutex_init_with_key` registers the lock *by its address*
// with a lockdep-like validator, as the kernel's `__mutex_init(lock, name, key)` does
// (lockdep_init_map). Every later lock/unlock looks the address up. So the object must
// be initialized where it will stay, and never be copied, moved or memcpy'd: a copy has a
// wait list pointing into the original and an address lockdep has never seen.
//
// The C++ side (`namespace kernel`) is the Rust-for-Linux `Mutex<T>` in C++: the C
// object wrapped in a pinned class whose only way in is an initializer, and `mutex<T>`
// built field-wise by `pin::fields` so that it composes into bigger pinned objects. On
// the patched compiler both are also init functions (`raw_mutex::make`,
// `kernel::init_mutex`), which the examples' own init functions call for their members.
#pragma once

#include <pin/pin.hpp>

#include <cstddef>
#include <cstdio>
#include <cstring>
#include <utility>

// ===================================================================== the C side
extern "C" {

struct list_head {
    struct list_head *next, *prev;
};
inline void INIT_LIST_HEAD(struct list_head* h) { h->next = h->prev = h; }
inline int list_empty(const struct list_head* h) { return h->next == h; }
inline void list_add_tail(struct list_head* entry, struct list_head* head) {
    entry->next = head;
    entry->prev = head->prev;
    head->prev->next = entry;
    head->prev = entry;
}
inline void list_del_init(struct list_head* entry) {
    entry->next->prev = entry->prev;
    entry->prev->next = entry->next;
    INIT_LIST_HEAD(entry);
}

// One key per place that initializes locks ("lock class"), with static storage duration.
struct lock_class_key {
    const char* class_name;
};
struct lockdep_map {
    const char* name;
    struct lock_class_key* key;
};

struct task_struct {
    const char* comm;
};

struct mutex {
    struct task_struct* owner;   // NULL: unlocked
    struct list_head wait_list;  // FIFO of mutex_waiter, points at itself when empty
    struct lockdep_map dep_map;
};

// A task waiting for a mutex; lives on the waiting task's stack, linked by address.
struct mutex_waiter {
    struct list_head list;
    struct task_struct* task;
    int granted;
};

// --- the lockdep model: lock instances are known by address --------------------------
struct lockdep_instance {
    const void* lock;
    const char* name;
    const struct lock_class_key* key;
};
inline struct lockdep_instance lockdep_table[64];
inline int lockdep_registered;  // live entries in lockdep_table
inline int lockdep_bugs;        // reports printed so far
inline const void* lockdep_held[16];
inline int lockdep_depth;
// Optional observer of registrations (+) and removals (-), for tracing examples.
inline void (*lockdep_observer)(char event, const char* name);

inline const struct lockdep_instance* lockdep_lookup(const void* lock) {
    for (int i = 0; i < lockdep_registered; ++i)
        if (lockdep_table[i].lock == lock)
            return &lockdep_table[i];
    return NULL;
}
inline void lockdep_bug(const char* what, const void* lock) {
    const struct lockdep_instance* i = lockdep_lookup(lock);
    std::printf("lockdep: BUG: %s (%s)\n", what, i ? i->name : "lock at an address that was never registered");
    ++lockdep_bugs;
}
inline void lockdep_init_map(struct lockdep_map* map, const char* name, struct lock_class_key* key,
                             const void* lock) {
    map->name = name;
    map->key = key;
    if (lockdep_lookup(lock)) {
        lockdep_bug("lock initialized twice", lock);
        return;
    }
    lockdep_table[lockdep_registered++] = lockdep_instance{lock, name, key};
    if (lockdep_observer)
        lockdep_observer('+', name);
}
inline void lockdep_free(const void* lock) {
    for (int i = 0; i < lockdep_registered; ++i)
        if (lockdep_table[i].lock == lock) {
            if (lockdep_observer)
                lockdep_observer('-', lockdep_table[i].name);
            lockdep_table[i] = lockdep_table[--lockdep_registered];
            return;
        }
    lockdep_bug("destroying a lock that was never registered", lock);
}
inline void lock_acquire(const void* lock) {
    if (!lockdep_lookup(lock))
        lockdep_bug("acquiring an unregistered lock", lock);
    lockdep_held[lockdep_depth++] = lock;
}
inline void lock_release(const void* lock) {
    for (int i = lockdep_depth - 1; i >= 0; --i)
        if (lockdep_held[i] == lock) {
            for (int j = i; j + 1 < lockdep_depth; ++j)
                lockdep_held[j] = lockdep_held[j + 1];
            --lockdep_depth;
            return;
        }
    lockdep_bug("releasing a lock that is not held", lock);
}

// --- the mutex API ----------------------------------------------------------------------
inline void mutex_init_with_key(struct mutex* lock, const char* name, struct lock_class_key* key) {
    lock->owner = NULL;
    INIT_LIST_HEAD(&lock->wait_list);                      // self-referential
    lockdep_init_map(&lock->dep_map, name, key, lock);    // registered by address
}
inline void mutex_destroy(struct mutex* lock) {
    if (lock->owner || !list_empty(&lock->wait_list))
        lockdep_bug("destroying a mutex in use", lock);
    lockdep_free(lock);
}
// Single-threaded model: taking a held mutex would sleep; mutex_lock_or_wait queues
// instead and reports whether the lock was taken.
inline void mutex_lock(struct mutex* lock, struct task_struct* task) {
    lock_acquire(lock);
    if (lock->owner)
        lockdep_bug("mutex_lock would sleep forever", lock);
    lock->owner = task;
}
inline int mutex_lock_or_wait(struct mutex* lock, struct mutex_waiter* waiter) {
    if (!lock->owner) {
        mutex_lock(lock, waiter->task);
        return 1;
    }
    waiter->granted = 0;
    list_add_tail(&waiter->list, &lock->wait_list);  // the waiter is known by address
    return 0;
}
// Hands the lock to the first waiter, if any (the kernel's handoff).
inline void mutex_unlock(struct mutex* lock) {
    lock_release(lock);
    if (list_empty(&lock->wait_list)) {
        lock->owner = NULL;
        return;
    }
    struct mutex_waiter* w = (struct mutex_waiter*)((char*)lock->wait_list.next - offsetof(struct mutex_waiter, list));
    list_del_init(&w->list);
    lock->owner = w->task;
    w->granted = 1;
    lock_acquire(lock);  // now held on behalf of the waiter
}

}  // extern "C"

// ===================================================================== the C++ side
namespace kernel {

/// The C `struct mutex`, pinned. The only way to create one is `raw_mutex::init`, an
/// initializer that runs `mutex_init_with_key` at the final address; the destructor runs
/// `mutex_destroy` there. No two-phase init: a raw_mutex that exists is initialized.
class PIN_PINNED raw_mutex : pin::pinned {
public:
#if PIN_HAS_INIT_PARAMETERS
    /// Init function (patched compiler): constructs the raw_mutex in the caller's storage,
    /// the only place where a raw_mutex may come into existence. Members and friends of a
    /// class may build it; everyone else has to go through here.
    static void make(init raw_mutex& self, const char* name, lock_class_key* key) { self = raw_mutex(name, key); }
    static auto init(const char* name, lock_class_key* key) { return pin::from_init_fn(make, name, key); }
#else
    static auto init(const char* name, lock_class_key* key) {
        // `slot` is storage in which no raw_mutex lives yet (the initializer contract). The
        // cast to void* tells the patched compiler so: its -Wpinned-storage-reuse cannot
        // know that a `raw_mutex*` parameter points at dead storage.
        return pin::from_closure<raw_mutex>(
            [name, key](raw_mutex* slot) { ::new (static_cast<void*>(slot)) raw_mutex(name, key); });
    }
#endif
    ~raw_mutex() { mutex_destroy(&m_); }

    ::mutex* get() noexcept { return &m_; }
    const ::mutex* get() const noexcept { return &m_; }

private:
    raw_mutex(const char* name, lock_class_key* key) noexcept { mutex_init_with_key(&m_, name, key); }
    ::mutex m_;
};

template <class T>
struct mutex;

/// Holds the lock while it lives; gives access to the data.
template <class T>
class [[nodiscard]] mutex_guard {
public:
    mutex_guard(mutex<T>& m, task_struct* task) : m_(m) { mutex_lock(m_.raw.get(), task); }
    mutex_guard(const mutex_guard&) = delete;
    mutex_guard& operator=(const mutex_guard&) = delete;
    ~mutex_guard() { mutex_unlock(m_.raw.get()); }
    T& operator*() const noexcept { return m_.data; }
    T* operator->() const noexcept { return &m_.data; }

private:
    mutex<T>& m_;
};

/// `mutex<T>`: a lock and the data it protects (Rust-for-Linux's `Mutex<T>`).
///
/// An aggregate so that `pin::fields` can build it in place, member by member, inside
/// whatever contains it; the members are public for that reason only - use `lock()`.
/// It is pinned because `raw` is.
template <class T>
struct mutex {
    raw_mutex raw;  // built first: the lock exists before the data it protects
    T data;

    mutex_guard<T> lock(task_struct* task) { return mutex_guard<T>(*this, task); }
};

#if PIN_HAS_INIT_PARAMETERS
/// Kernel's `mutex_init` for `mutex<T>` as an init function (patched compiler): the lock
/// first, registered at its final address under `name` and class `key`, then the data,
/// `T{data_args...}`. Containing objects call it with their member as the slot,
/// `kernel::init_mutex(init self.lock, ...)`; the compiler checks both members are built.
template <class T, class... DataArgs>
void init_mutex(init mutex<T>& self, const char* name, lock_class_key* key, DataArgs... data_args) {
    raw_mutex::make(init self.raw, name, key);
    self.data = T{data_args...};
}
#endif

/// Kernel's `new_mutex!(data, name)`: an initializer for a `mutex<T>` whose lock is
/// registered under `name` and class `key`, and whose data is built from `data` - a
/// value, or an initializer for T (which may fail; then the lock is destroyed again).
template <class T, class D>
auto new_mutex(D data, const char* name, lock_class_key* key) {
    if constexpr (pin::initializer<D>) {
        return pin::fields<mutex<T>, pin::error_type_t<D>>()
            .template init<&mutex<T>::raw>(raw_mutex::init(name, key))
            .template init<&mutex<T>::data>(std::move(data));
    } else {
        return pin::fields<mutex<T>>()
            .template init<&mutex<T>::raw>(raw_mutex::init(name, key))
            .template set<&mutex<T>::data>(std::move(data));
    }
}

}  // namespace kernel
