// pin/alloc.hpp - pluggable, non-throwing allocation for the boxes.
#pragma once

#include <pin/config.hpp>
#include <pin/init.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <new>
#include <type_traits>
#include <utility>

namespace pin {

/// The error a box reports when its allocator returns no memory.
struct alloc_error {
    /// All allocation failures are alike.
    friend bool operator==(alloc_error, alloc_error) = default;
    /// Converts to any error enumeration with a `not_enough_memory` enumerator, e.g.
    /// `std::errc` (without this header including <system_error>): so a box's allocation
    /// failure composes into a builder whose error type is `std::errc`.
    template <class E>
        requires std::is_enum_v<E> && requires { E::not_enough_memory; }
    constexpr operator E() const noexcept {
        return E::not_enough_memory;
    }
};

/// A memory source for boxes: `allocate(size, align)` returns suitably aligned memory or
/// nullptr (never throws, so allocation failure is a value even under -fno-exceptions);
/// `deallocate(p, size, align)` gives back what `allocate` returned. The same shape as
/// `std::pmr::memory_resource`, without the virtual calls.
template <class A>
concept raw_allocator = std::move_constructible<A> && requires(A& a, void* p, std::size_t n) {
    { a.allocate(n, n) } -> std::same_as<void*>;
    a.deallocate(p, n, n);
};

/// The default allocator: the global aligned, nothrow `operator new`.
struct heap_allocator {
    /// Returns memory or nullptr.
    void* allocate(std::size_t size, std::size_t align) noexcept {
        return ::operator new(size, std::align_val_t(align), std::nothrow);
    }
    /// Frees memory from allocate().
    void deallocate(void* p, std::size_t, std::size_t align) noexcept { ::operator delete(p, std::align_val_t(align)); }
};

namespace detail {

// Tag for the constructors through which make_box/make_shared_box hand over an object.
struct adopt_t {
    explicit adopt_t() = default;
};

// The error type a box reports for an initializer with error type E: allocation failure
// must fit into it, so an infallible initializer gets alloc_error, and any other E must
// be constructible from alloc_error (std::errc maps to not_enough_memory).
template <class E>
using box_error_t = std::conditional_t<std::is_same_v<E, infallible>, alloc_error, E>;

template <class E>
E make_alloc_error() {
    if constexpr (std::is_constructible_v<E, alloc_error>)
        return E(alloc_error{});  // includes std::errc, through alloc_error's conversion
    else
        static_assert(dependent_false<E>,
                      "pin: the initializer's error type cannot represent allocation failure; give it a "
                      "constructor from pin::alloc_error (std::errc works as is)");
    std::unreachable();
}

// Frees raw storage on early exit (initializer failure or exception) unless released.
template <class A>
class dealloc_guard {
public:
    dealloc_guard(A& a, void* p, std::size_t n, std::size_t align) noexcept : a_(a), p_(p), n_(n), align_(align) {}
    dealloc_guard(const dealloc_guard&) = delete;
    dealloc_guard& operator=(const dealloc_guard&) = delete;
    ~dealloc_guard() {
        if (p_)
            a_.deallocate(p_, n_, align_);
    }
    void release() noexcept { p_ = nullptr; }

private:
    A& a_;
    void* p_;
    std::size_t n_, align_;
};

inline bool is_aligned(const void* p, std::size_t align) noexcept {
    return reinterpret_cast<std::uintptr_t>(p) % align == 0;
}

}  // namespace detail
}  // namespace pin
