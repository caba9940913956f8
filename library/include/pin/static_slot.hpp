// pin/static_slot.hpp - pinned objects with static storage duration (pin-init's
// `static_init` example).
#pragma once

#include <pin/init.hpp>
#include <pin/pinned.hpp>
#include <pin/pinned_ref.hpp>

#include <atomic>
#include <cstddef>
#include <expected>
#include <memory>
#include <new>

namespace pin {

/// Storage for one `T` with static storage duration, filled once by an initializer.
///
/// ```
/// constinit pin::static_slot<registry> g_registry;   // constant-initialized: no code at startup
/// ...
/// auto r = g_registry.get_or_init(registry::create());   // first caller builds it
/// ```
///
/// It is constant-initialized, so there is no static initialization order problem and it
/// costs nothing until first use. `get_or_init` is thread-safe: exactly one caller runs its
/// initializer at a time, the others wait; if it fails (error or exception) the slot is
/// empty again and the next caller tries its own initializer. The object is destroyed at
/// its address when static objects are destroyed at exit.
template <class T>
class static_slot : private pinned {
public:
    /// Empty; constexpr so that `constinit` works.
    constexpr static_slot() noexcept = default;
    /// Destroys the object, if any, at its address.
    ~static_slot() {
        if (state_.load(std::memory_order_acquire) == ready)
            detail::destroy(object());
    }

    /// Returns the object, running `init` (any `init_source` for `T`) to build it if
    /// nobody has yet. `init` is discarded unused when the object already exists.
    ///
    /// Like a function-local static: while one caller runs its initializer the others
    /// wait; if it fails - with an error or an exception - the slot is empty again, the
    /// waiters wake and the next caller (a waiter or a later call) runs its own initializer.
    template <init_source_for<T> X>
    [[nodiscard]] std::expected<T*, error_type_t<initializer_of_t<X>>> get_or_init(X&& init) {
        using E = error_type_t<initializer_of_t<X>>;
        for (;;) {
            unsigned char s = state_.load(std::memory_order_acquire);
            if (s == ready)
                return object();
            if (s == empty && state_.compare_exchange_strong(s, busy, std::memory_order_acquire)) {
                // Leaves "busy" on every way out: ready on success, empty on an error
                // return or while an exception passes (else every later call would wait
                // forever), and wakes the waiters either way.
                busy_guard guard(state_);
                auto r = into_initializer(std::forward<X>(init))(reinterpret_cast<T*>(storage_));
                if (!r)
                    return detail::error_of<E>(r);
                guard.outcome = ready;
                return object();
            }
            state_.wait(busy, std::memory_order_acquire);
        }
    }

    /// True once the object exists.
    bool has_value() const noexcept { return state_.load(std::memory_order_acquire) == ready; }
    /// The object's address (debug-checked: initialized).
    T* get() noexcept {
        PIN_ASSERT(has_value(), "pin::static_slot used before get_or_init succeeded");
        return object();
    }
    /// The object's address, read-only (debug-checked: initialized).
    const T* get() const noexcept {
        PIN_ASSERT(has_value(), "pin::static_slot used before get_or_init succeeded");
        return std::launder(reinterpret_cast<const T*>(storage_));
    }
    /// The object (debug-checked: initialized).
    T& operator*() noexcept { return *get(); }
    /// The object, read-only (debug-checked: initialized).
    const T& operator*() const noexcept { return *get(); }
    /// Member access (debug-checked: initialized).
    T* operator->() noexcept { return get(); }
    /// Read-only member access (debug-checked: initialized).
    const T* operator->() const noexcept { return get(); }
    /// A pinned reference to the object (debug-checked: initialized).
    pinned_ref<T> as_ref() noexcept { return *get(); }
    /// A pinned read-only reference to the object (debug-checked: initialized).
    pinned_ref<const T> as_ref() const noexcept { return *get(); }

private:
    static constexpr unsigned char empty = 0, busy = 1, ready = 2;
    T* object() noexcept { return std::launder(reinterpret_cast<T*>(storage_)); }

    struct busy_guard {
        std::atomic<unsigned char>& state;
        unsigned char outcome = empty;
        explicit busy_guard(std::atomic<unsigned char>& s) noexcept : state(s) {}
        busy_guard(const busy_guard&) = delete;
        busy_guard& operator=(const busy_guard&) = delete;
        ~busy_guard() {
            state.store(outcome, std::memory_order_release);
            state.notify_all();
        }
    };

    // Zero-initialized so the whole slot is a constant expression (it lands in .bss).
    alignas(T) std::byte storage_[sizeof(T)]{};
    std::atomic<unsigned char> state_{empty};
};

}  // namespace pin
