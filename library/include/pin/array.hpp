// pin/array.hpp - array initializers with prefix rollback (pin-init's
// `init_array_from_fn` / `pin_init_array_from_fn`).
#pragma once

#include <pin/init.hpp>

#include <concepts>
#include <cstddef>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

namespace pin {

namespace detail {
template <class T, class R>
consteval auto element_error() {
    if constexpr (initializer_for<R, T>)
        return std::type_identity<error_type_t<R>>{};
    else
        return std::type_identity<infallible>{};
}
}  // namespace detail

/// Initializer for `T[N]` whose elements come from a callable; see `pin::array_from_fn`.
template <class T, std::size_t N, class F>
class [[nodiscard]] array_init : detail::one_shot {
    using produced = std::invoke_result_t<F&, std::size_t>;
    static_assert(initializer_for<produced, T> || std::is_same_v<std::remove_cv_t<produced>, T> ||
                      std::is_constructible_v<T, produced>,
                  "pin::array_from_fn<T, N>(f): f(i) must return an initializer for T or a value of type T");

public:
    /// The type this initializer constructs.
    using value_type = T[N];
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = typename decltype(detail::element_error<T, produced>())::type;

    explicit array_init(F f) : f_(std::move(f)) {}

    /// Builds elements 0..N-1 in order; see `pin::array_from_fn`.
    init_result<error_type> operator()(T (*slot)[N]) && {
        // The array object itself needs no construction: arrays are implicit-lifetime, so
        // the storage that holds the slot provides it; only its elements are built here.
        T* const first = *slot;
        prefix_guard guard(first);
        for (; guard.done < N; ++guard.done) {
            T* const elem = first + guard.done;
            if constexpr (initializer_for<produced, T>) {
                if (auto r = f_(guard.done)(elem); !r)
                    return detail::forward_error<error_type>(r);
            } else {
                ::new (static_cast<void*>(elem)) T(f_(guard.done));
            }
        }
        guard.first = nullptr;
        return {};
    }

private:
    // Destroys elements done - 1 .. 0, in that order, unless disarmed; runs on error
    // returns and during unwinding alike.
    struct prefix_guard {
        T* first;
        std::size_t done = 0;
        explicit prefix_guard(T* f) noexcept : first(f) {}
        prefix_guard(const prefix_guard&) = delete;
        prefix_guard& operator=(const prefix_guard&) = delete;
        ~prefix_guard() {
            if (first)
                while (done > 0)
                    detail::destroy(first + --done);
        }
    };

    F f_;
};

/// Array initializer: element `i` of a `T[N]` is built from `f(i)`, in index order,
/// where `f(i)` returns an initializer for `T` (then the array fails with its error type)
/// or a `T` prvalue (constructed in place, so non-movable `T` works).
///
/// If element `k` fails or throws, elements `k-1 .. 0` are destroyed in that order and
/// elements after `k` are never built. Nest it for multi-dimensional arrays.
template <class T, std::size_t N, class F>
    requires std::invocable<std::decay_t<F>&, std::size_t>
[[nodiscard]] array_init<T, N, std::decay_t<F>> array_from_fn(F&& f) {
    static_assert(N > 0, "pin::array_from_fn: zero-length arrays do not exist in C++");
    return array_init<T, N, std::decay_t<F>>(std::forward<F>(f));
}

}  // namespace pin
