// pin/box.hpp - pinned owning box (pin-init's `Box::try_pin_init` / `InPlaceInit`).
#pragma once

#include <pin/alloc.hpp>
#include <pin/init.hpp>
#include <pin/pinned_ref.hpp>

#include <expected>
#include <memory>
#include <new>
#include <utility>

namespace pin {

/// Owning pointer to a heap object that was built in place and never moves.
///
/// Moving the box moves the pointer, not the object (like `Pin<Box<T>>`). The only way to
/// fill one is `pin::make_box`, which runs an initializer directly in the new allocation,
/// so the object (64 MiB or a self-referential list head alike) never exists anywhere
/// else, and the stack use is that of the initializer, not of `T`.
///
/// @tparam T the object type (may be an array type)
/// @tparam A a `pin::raw_allocator`; stored in the box to free the memory
template <class T, raw_allocator A = heap_allocator>
class box {
public:
    /// The pointee type.
    using element_type = T;
    /// The allocator type.
    using allocator_type = A;

    /// An empty box.
    box() noexcept(std::is_nothrow_default_constructible_v<A>)
        requires std::default_initializable<A>
        : alloc_() {}

    /// Takes over the object of `other`, which becomes empty.
    box(box&& other) noexcept : ptr_(std::exchange(other.ptr_, nullptr)), alloc_(std::move(other.alloc_)) {}

    /// Destroys the current object, then takes over the one of `other`.
    box& operator=(box&& other) noexcept {
        if (this != &other) {
            reset();
            ptr_ = std::exchange(other.ptr_, nullptr);
            alloc_ = std::move(other.alloc_);
        }
        return *this;
    }

    /// Destroys the object (at its address) and frees the memory.
    ~box() { reset(); }

    /// Destroys the object and frees the memory; the box becomes empty.
    void reset() noexcept {
        if (T* p = std::exchange(ptr_, nullptr)) {
            detail::destroy(p);
            alloc_.deallocate(static_cast<void*>(p), sizeof(T), alignof(T));
        }
    }

    /// The object's address, or nullptr if empty.
    T* get() const noexcept { return ptr_; }
    /// The object (debug-checked: not empty).
    T& operator*() const noexcept {
        PIN_ASSERT(ptr_ != nullptr, "dereferencing an empty pin::box");
        return *ptr_;
    }
    /// Member access (debug-checked: not empty).
    T* operator->() const noexcept {
        PIN_ASSERT(ptr_ != nullptr, "dereferencing an empty pin::box");
        return ptr_;
    }
    /// True unless empty.
    explicit operator bool() const noexcept { return ptr_ != nullptr; }
    /// A pinned reference to the object (debug-checked: not empty).
    pinned_ref<T> as_ref() const noexcept { return **this; }
    /// The allocator that will free the memory.
    const A& get_allocator() const noexcept { return alloc_; }

    /// Adopts an object built by `pin::make_box` (the tag keeps this out of user code).
    box(detail::adopt_t, T* p, A&& alloc) noexcept : ptr_(p), alloc_(std::move(alloc)) {}

private:

    T* ptr_ = nullptr;
    [[no_unique_address]] A alloc_;
};

/// Allocates memory for `T` with `alloc` and runs `init` in it (pin-init's
/// `Box::try_pin_init`, `Box::pin_init`).
///
/// Errors: allocation failure is a value, never an exception or abort. If `init` cannot
/// fail the error type is `pin::alloc_error`; otherwise it is the initializer's error type,
/// which must be constructible from `pin::alloc_error` (or be `std::errc`, which maps it to
/// `not_enough_memory`). On any failure (or exception) the memory is freed and nothing is
/// left constructed.
template <initializer I, raw_allocator A = heap_allocator>
[[nodiscard]] std::expected<box<value_type_t<I>, A>, detail::box_error_t<error_type_t<I>>> make_box(I init,
                                                                                                   A alloc = A()) {
    using T = value_type_t<I>;
    using E = detail::box_error_t<error_type_t<I>>;
    void* mem = alloc.allocate(sizeof(T), alignof(T));
    if (mem == nullptr)
        return std::unexpected(detail::make_alloc_error<E>());
    PIN_ASSERT(detail::is_aligned(mem, alignof(T)), "allocator returned misaligned memory");
    detail::dealloc_guard<A> guard(alloc, mem, sizeof(T), alignof(T));
    if (auto r = std::move(init)(static_cast<T*>(mem)); !r)
        return detail::error_of<E>(r);
    guard.release();
    return box<T, A>(detail::adopt_t{}, std::launder(static_cast<T*>(mem)), std::move(alloc));
}

}  // namespace pin
