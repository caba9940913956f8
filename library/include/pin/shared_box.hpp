// pin/shared_box.hpp - pinned reference-counted box (pin-init's `Arc::try_pin_init`).
#pragma once

#include <pin/alloc.hpp>
#include <pin/init.hpp>
#include <pin/pinned_ref.hpp>

#include <atomic>
#include <cstddef>
#include <expected>
#include <memory>
#include <new>
#include <utility>

namespace pin {

namespace detail {
// Count, allocator and object share one allocation, as in std::make_shared.
template <class T, class A>
struct shared_block {
    explicit shared_block(A&& a) noexcept : alloc(std::move(a)) {}
    std::atomic<std::size_t> refs{1};
    [[no_unique_address]] A alloc;
    // Raw storage: the object is built here by an initializer, not by this constructor.
    alignas(T) std::byte storage[sizeof(T)];
    T* slot() noexcept { return reinterpret_cast<T*>(storage); }
    T* object() noexcept { return std::launder(slot()); }
};
}  // namespace detail

/// Shared, reference-counted owner of a heap object built in place that never moves.
///
/// Copies share the object (atomic count, like `std::shared_ptr`); the last one destroys
/// it at its address and frees the memory. Filled only by `pin::make_shared_box`.
template <class T, raw_allocator A = heap_allocator>
class shared_box {
    using block = detail::shared_block<T, A>;

public:
    /// The pointee type.
    using element_type = T;

    /// An empty shared box.
    shared_box() noexcept = default;
    /// Shares the object of `other`.
    shared_box(const shared_box& other) noexcept : b_(other.b_) {
        if (b_)
            b_->refs.fetch_add(1, std::memory_order_relaxed);
    }
    /// Takes over the share of `other`, which becomes empty.
    shared_box(shared_box&& other) noexcept : b_(std::exchange(other.b_, nullptr)) {}
    /// Drops the current share, then shares the object of `other`.
    shared_box& operator=(const shared_box& other) noexcept {
        shared_box(other).swap(*this);
        return *this;
    }
    /// Drops the current share, then takes over the share of `other`.
    shared_box& operator=(shared_box&& other) noexcept {
        shared_box(std::move(other)).swap(*this);
        return *this;
    }
    /// Drops this share; the last one destroys the object and frees the memory.
    ~shared_box() { reset(); }

    /// Drops this share and becomes empty.
    void reset() noexcept {
        block* b = std::exchange(b_, nullptr);
        // acq_rel: the destroying thread must see every other owner's writes to the object.
        if (b && b->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) {
            detail::destroy(b->object());
            A alloc = std::move(b->alloc);
            std::destroy_at(b);
            alloc.deallocate(static_cast<void*>(b), sizeof(block), alignof(block));
        }
    }
    /// Exchanges the shares of two boxes.
    void swap(shared_box& other) noexcept { std::swap(b_, other.b_); }

    /// The object's address, or nullptr if empty.
    T* get() const noexcept { return b_ ? b_->object() : nullptr; }
    /// The object (debug-checked: not empty).
    T& operator*() const noexcept {
        PIN_ASSERT(b_ != nullptr, "dereferencing an empty pin::shared_box");
        return *get();
    }
    /// Member access (debug-checked: not empty).
    T* operator->() const noexcept {
        PIN_ASSERT(b_ != nullptr, "dereferencing an empty pin::shared_box");
        return get();
    }
    /// True unless empty.
    explicit operator bool() const noexcept { return b_ != nullptr; }
    /// Number of shared boxes sharing the object (0 if empty); a snapshot.
    std::size_t use_count() const noexcept { return b_ ? b_->refs.load(std::memory_order_relaxed) : 0; }
    /// A pinned reference to the object (debug-checked: not empty).
    pinned_ref<T> as_ref() const noexcept { return **this; }

    /// Adopts a block built by `pin::make_shared_box` (the tag keeps this out of user code).
    shared_box(detail::adopt_t, block* b) noexcept : b_(b) {}

private:
    block* b_ = nullptr;
};

/// Allocates one block holding the count and a `T`, and runs `init` in it (pin-init's
/// `Arc::try_pin_init`). `init` is any `init_source`; error type and failure behaviour are
/// those of `pin::make_box`.
template <init_source X, raw_allocator A = heap_allocator, initializer I = initializer_of_t<X>>
[[nodiscard]] std::expected<shared_box<value_type_t<I>, A>, detail::box_error_t<error_type_t<I>>> make_shared_box(
    X&& source, A alloc = A()) {
    I init = into_initializer(std::forward<X>(source));
    using T = value_type_t<I>;
    using E = detail::box_error_t<error_type_t<I>>;
    using block = detail::shared_block<T, A>;
    void* mem = alloc.allocate(sizeof(block), alignof(block));
    if (mem == nullptr)
        return std::unexpected(detail::make_alloc_error<E>());
    PIN_ASSERT(detail::is_aligned(mem, alignof(block)), "allocator returned misaligned memory");
    detail::dealloc_guard<A> free_guard(alloc, mem, sizeof(block), alignof(block));
    // The block keeps a copy so the last owner can free; `alloc` stays usable for the guard.
    block* b = ::new (mem) block(A(alloc));
    detail::destroy_guard<block> block_guard(b);
    if (auto r = std::move(init)(b->slot()); !r)
        return detail::error_of<E>(r);
    block_guard.release();
    free_guard.release();
    return shared_box<T, A>(detail::adopt_t{}, b);
}

}  // namespace pin
