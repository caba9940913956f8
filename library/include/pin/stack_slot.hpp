// pin/stack_slot.hpp - pinned objects on the stack (pin-init's `stack_pin_init!` /
// `stack_try_pin_init!`).
#pragma once

#include <pin/init.hpp>
#include <pin/pinned.hpp>
#include <pin/pinned_ref.hpp>

#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace pin {

/// Storage for one `T` in the enclosing scope; an initializer fills it in place.
///
/// ```
/// pin::stack_slot drv(make_driver(5));         // one statement: stack_try_pin_init!
/// if (!drv)                                    // the initializer failed: nothing lives
///     return drv.error();                      // in the slot, drv.error() says why
/// use(*drv);                                   // destroyed when drv leaves scope
///
/// pin::stack_slot<driver_data> later;          // or the storage first, empty,
/// if (auto r = later.emplace(make_driver(5)); !r)   // and an initializer run in it
///     return r.error();
/// ```
///
/// It never returns storage by value: the declaration itself is the storage, and the
/// constructor or `emplace` builds in it. (pin-init's `stack_pin_init!` creates its
/// `StackInit` by value and moves it into a pinned place, which costs a second copy of the
/// stack space; here a 1 MiB object fits on a 2 MiB thread stack even at -O0.) The slot
/// itself is pinned.
///
/// `E` is the error the slot remembers from the initializer it last ran, so that the
/// one-statement form can report a failure; the default, `pin::infallible`, remembers
/// nothing. Class template argument deduction takes `T` and `E` from the initializer.
template <class T, class E = infallible>
class stack_slot : private pinned {
    static constexpr bool remembers_errors = !std::is_same_v<E, infallible>;
    // An initializer whose failure the slot can remember (or that cannot fail).
    template <class I>
    static constexpr bool keeps_error_of = !remembers_errors || std::is_same_v<error_type_t<I>, infallible> ||
                                           std::is_constructible_v<E, const error_type_t<I>&>;

public:
    /// Empty storage; nothing is constructed (and nothing is zeroed).
    stack_slot() noexcept {}

    /// Runs `init` (an initializer, a `std::expected<T, E>` or a `T`) in the storage. On
    /// failure the slot is empty and `error()` is the initializer's error. This is the
    /// one-statement form: `pin::stack_slot s(init);`.
    template <class X>
        requires(!std::is_same_v<std::remove_cvref_t<X>, stack_slot>) && init_source_for<X, T> &&
                keeps_error_of<initializer_of_t<X>>
    explicit stack_slot(X&& init) {
        run(into_initializer(std::forward<X>(init)));
    }

    /// Destroys the object, if any, at its address.
    ~stack_slot() { reset(); }

    /// Runs `init` in the storage, destroying the previous object first (its address is
    /// reused only after its destructor ran). On failure the slot is empty; the error is
    /// returned and, if the slot remembers errors, also kept for `error()` (a copy: the
    /// returned error is never a moved-from one).
    template <init_source_for<T> X>
        requires keeps_error_of<initializer_of_t<X>>
    [[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace(X&& init) {
        reset();
        return run(into_initializer(std::forward<X>(init)));
    }

    /// Destroys the object, if any; the slot becomes empty.
    void reset() noexcept {
        if (live_) {
            live_ = false;
            detail::destroy(std::launder(reinterpret_cast<T*>(storage_)));
        }
    }

    /// True if an object lives in the slot.
    bool has_value() const noexcept { return live_; }
    /// True if an object lives in the slot.
    explicit operator bool() const noexcept { return live_; }
    /// The error of the initializer that last failed in this slot (debug-checked: the
    /// last initializer run here failed). Only for slots that remember errors.
    const E& error() const noexcept
        requires remembers_errors
    {
        PIN_ASSERT(!status_, "pin::stack_slot::error() without a failed initializer");
        return status_.error();
    }
    /// The object's address (debug-checked: not empty).
    T* get() noexcept {
        PIN_ASSERT(live_, "pin::stack_slot used while empty");
        return std::launder(reinterpret_cast<T*>(storage_));
    }
    /// The object's address, read-only (debug-checked: not empty).
    const T* get() const noexcept {
        PIN_ASSERT(live_, "pin::stack_slot used while empty");
        return std::launder(reinterpret_cast<const T*>(storage_));
    }
    /// The object (debug-checked: not empty).
    T& operator*() noexcept { return *get(); }
    /// The object, read-only (debug-checked: not empty).
    const T& operator*() const noexcept { return *get(); }
    /// Member access (debug-checked: not empty).
    T* operator->() noexcept { return get(); }
    /// Read-only member access (debug-checked: not empty).
    const T* operator->() const noexcept { return get(); }
    /// A pinned reference to the object (debug-checked: not empty).
    pinned_ref<T> as_ref() noexcept { return *get(); }
    /// A pinned read-only reference to the object (debug-checked: not empty).
    pinned_ref<const T> as_ref() const noexcept { return *get(); }

private:
    template <class I>
    init_result<error_type_t<I>> run(I init) {
        auto r = std::move(init)(reinterpret_cast<T*>(storage_));
        live_ = r.has_value();
        if constexpr (remembers_errors && !std::is_same_v<error_type_t<I>, infallible>) {
            // r is returned to the caller as well: copy its error, never move from it.
            if (r)
                status_ = {};
            else
                status_ = std::unexpected<E>(std::in_place, std::as_const(r).error());
        } else if constexpr (remembers_errors) {
            status_ = {};
        }
        return r;
    }

    // A byte array whose lifetime begins with the slot: it provides storage for the T and
    // implicitly creates the implicit-lifetime objects initializers rely on.
    alignas(T) std::byte storage_[sizeof(T)];
    bool live_ = false;
    // Success, or the last initializer's error; absent when E is infallible.
    [[no_unique_address]] std::conditional_t<remembers_errors, init_result<E>, std::tuple<>> status_{};
};

/// `pin::stack_slot s(init);` is a slot for the initializer's type that remembers its
/// error type.
template <init_source X>
stack_slot(X&&) -> stack_slot<value_type_t<initializer_of_t<X>>, error_type_t<initializer_of_t<X>>>;

}  // namespace pin
