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

/// Deleter for `std::unique_ptr<T, box_deleter<T, A>>`: what `pin::box<T, A>` does on
/// destruction - runs `~T()` where the object lives and gives the memory back to the
/// allocator that provided it. `box::into_unique()` pairs a released object with it.
template <class T, raw_allocator A>
struct box_deleter {
    /// The allocator that provided the memory.
    [[no_unique_address]] A alloc;
    /// Destroys `*p` in place and frees its memory.
    void operator()(T* p) noexcept {
        detail::destroy(p);
        alloc.deallocate(static_cast<void*>(p), sizeof(T), alignof(T));
    }
};

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

    /// Gives up ownership: returns the object's address (nullptr if empty) and leaves the
    /// box empty. The object stays where it is; the caller must eventually destroy it and
    /// free its memory with this box's allocator, e.g. `box_deleter<T, A>{alloc}(p)`, or
    /// use `into_unique()`, which does the pairing.
    [[nodiscard]] T* release() noexcept { return std::exchange(ptr_, nullptr); }

    /// Hands the object to a `std::unique_ptr` whose deleter destroys it in place and frees
    /// it with this box's allocator. The object does not move (only the pointer does), so
    /// this is valid for pinned types too; the box becomes empty.
    [[nodiscard]] std::unique_ptr<T, box_deleter<T, A>> into_unique() && noexcept {
        T* p = release();
        return std::unique_ptr<T, box_deleter<T, A>>(p, box_deleter<T, A>{std::move(alloc_)});
    }

    /// Adopts the object of a `std::unique_ptr` made by `into_unique()` (or any object
    /// allocated by `u.get_deleter().alloc` for a `T` and built in place).
    explicit box(std::unique_ptr<T, box_deleter<T, A>>&& u) noexcept
        : ptr_(u.get()), alloc_(std::move(u.get_deleter().alloc)) {
        static_cast<void>(u.release());
    }

    /// Adopts an object built by `pin::make_box` (the tag keeps this out of user code).
    box(detail::adopt_t, T* p, A&& alloc) noexcept : ptr_(p), alloc_(std::move(alloc)) {}

private:

    T* ptr_ = nullptr;
    [[no_unique_address]] A alloc_;
};

/// Allocates memory for `T` with `alloc` and runs `init` in it (pin-init's
/// `Box::try_pin_init`, `Box::pin_init`). `init` is any `init_source`: an initializer, a
/// `std::expected<T, E>` or a `T`.
///
/// Errors: allocation failure is a value, never an exception or abort. If `init` cannot
/// fail the error type is `pin::alloc_error`; otherwise it is the initializer's error type,
/// which must be constructible from `pin::alloc_error` (or be `std::errc`, which maps it to
/// `not_enough_memory`). On any failure (or exception) the memory is freed and nothing is
/// left constructed.
template <init_source X, raw_allocator A = heap_allocator, initializer I = initializer_of_t<X>>
[[nodiscard]] std::expected<box<value_type_t<I>, A>, detail::box_error_t<error_type_t<I>>> make_box(X&& source,
                                                                                                   A alloc = A()) {
    I init = into_initializer(std::forward<X>(source));
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
