// pin/stack_slot.hpp - pinned objects on the stack (pin-init's `stack_pin_init!` /
// `stack_try_pin_init!`).
#pragma once

#include <pin/init.hpp>
#include <pin/pinned.hpp>
#include <pin/pinned_ref.hpp>

#include <cstddef>
#include <memory>
#include <new>

namespace pin {

/// Storage for one `T` in the enclosing scope; an initializer fills it in place.
///
/// ```
/// pin::stack_slot<driver_data> slot;                  // storage, nothing constructed
/// if (auto r = slot.emplace(make_driver(5)); !r)      // built at &slot's storage
///     return r.error();
/// use(*slot);                                          // destroyed when slot leaves scope
/// ```
///
/// It never returns storage by value: the declaration itself is the storage, and
/// `emplace` builds in it. (pin-init's `stack_pin_init!` creates its `StackInit` by value
/// and moves it into a pinned place, which costs a second copy of the stack space; here a
/// 1 MiB object fits on a 2 MiB thread stack even at -O0.) The slot itself is pinned.
template <class T>
class stack_slot : private pinned {
public:
    /// Empty storage; nothing is constructed (and nothing is zeroed).
    stack_slot() noexcept {}
    /// Destroys the object, if any, at its address.
    ~stack_slot() { reset(); }

    /// Runs `init` in the storage, destroying the previous object first (its address is
    /// reused only after its destructor ran). On failure the slot is empty.
    template <initializer_for<T> I>
    [[nodiscard]] init_result<error_type_t<I>> emplace(I init) {
        reset();
        auto r = std::move(init)(reinterpret_cast<T*>(storage_));
        live_ = r.has_value();
        return r;
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
    /// The object's address (debug-checked: not empty).
    T* get() noexcept {
        PIN_ASSERT(live_, "pin::stack_slot used while empty");
        return std::launder(reinterpret_cast<T*>(storage_));
    }
    /// The object (debug-checked: not empty).
    T& operator*() noexcept { return *get(); }
    /// Member access (debug-checked: not empty).
    T* operator->() noexcept { return get(); }
    /// A pinned reference to the object (debug-checked: not empty).
    pinned_ref<T> as_ref() noexcept { return *get(); }

private:
    // A byte array whose lifetime begins with the slot: it provides storage for the T and
    // implicitly creates the implicit-lifetime objects initializers rely on.
    alignas(T) std::byte storage_[sizeof(T)];
    bool live_ = false;
};

}  // namespace pin
