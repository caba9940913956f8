// pin/containers.hpp - building elements of std::optional, std::deque and std::list from
// initializers. Not included by pin/pin.hpp (it pulls in <deque>, <list> and <optional>):
// include it where you use these containers. These containers never move an element once it exists (deque insertion
// at either end and every list operation keep references valid), so they are valid homes
// for pinned objects; std::vector is not.
#pragma once

#include <pin/init.hpp>

#include <deque>
#include <list>
#include <memory>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pin {

namespace detail {

struct init_request_base {};

// Carries an initializer through a container's emplace into init_allocator::construct,
// and the result back out.
template <class I>
struct init_request : init_request_base {
    explicit init_request(I&& i) : init(std::move(i)) {}
    I init;
    init_result<error_type_t<I>> result{};
};

// The element an initializer just failed to build. The container believes it holds an
// element there until the caller's pop removes it; destroy() must then not run a
// destructor for an object that does not exist. One per thread: set and consumed within
// a single emplace call.
inline thread_local const void* failed_element = nullptr;

}  // namespace detail

/// Allocator for `std::deque`/`std::list` that lets `pin::emplace_back`/`emplace_front`
/// run *any* initializer in the element's final storage.
///
/// Why it is needed: allocator-aware containers construct elements only through their
/// allocator's `construct(p, args...)`; with `std::allocator` that is `T(args...)`, which
/// can run a constructor but not an arbitrary initializer (a closure, `pin::fields`, ...).
/// Its `construct` recognizes the request `pin::emplace_back` passes and runs the
/// initializer at `p`; everything else is forwarded to placement new, so the container
/// behaves exactly like one with `std::allocator`. Memory comes from `std::allocator`.
template <class T>
class init_allocator : public std::allocator<T> {
public:
    /// Element type.
    using value_type = T;
    /// The same allocator for another element type (containers allocate nodes).
    template <class U>
    struct rebind {
        using other = init_allocator<U>;
    };

    /// Stateless.
    init_allocator() noexcept = default;
    /// Rebinding copy (stateless).
    template <class U>
    init_allocator(const init_allocator<U>&) noexcept {}

    /// Builds an element: runs the initializer of a `pin` request, else `U(args...)`.
    template <class U, class... Args>
    void construct(U* p, Args&&... args) {
        if constexpr (sizeof...(Args) == 1 &&
                      (std::is_base_of_v<detail::init_request_base, std::remove_cvref_t<Args>> && ...)) {
            auto& request = (args, ...);
            request.result = std::move(request.init)(p);
            if (!request.result)
                detail::failed_element = p;
        } else {
            ::new (detail::voidify(p)) U(std::forward<Args>(args)...);
        }
    }

    /// Destroys an element, except the one whose initializer just failed (never built).
    template <class U>
    void destroy(U* p) noexcept {
        if (detail::failed_element == p) {
            detail::failed_element = nullptr;
            return;
        }
        detail::destroy(p);
    }

    /// All init_allocators are interchangeable.
    template <class U>
    friend bool operator==(const init_allocator&, const init_allocator<U>&) noexcept {
        return true;
    }
};

namespace detail {

template <class A>
inline constexpr bool is_init_allocator = false;
template <class T>
inline constexpr bool is_init_allocator<init_allocator<T>> = true;

// `emplace(args...)` builds the element in the container; `undo()` removes it again.
template <class Alloc, class I, class Emplace, class Undo>
init_result<error_type_t<I>> container_emplace(I&& init, Emplace emplace, Undo undo) {
    if constexpr (is_init_allocator<Alloc>) {
        init_request<I> request(std::move(init));
        emplace(request);
        if (!request.result) {
            undo();
            return forward_error<error_type_t<I>>(request.result);
        }
        return {};
    } else if constexpr (is_expected_init<I>) {
        // A std::expected: fail with its error, or emplace its value (moved).
        auto x = std::move(init).result();
        if (!x)
            return std::unexpected<error_type_t<I>>(std::in_place, std::move(x.error()));
        emplace(std::move(*x));
        return {};
    } else {
        static_assert(is_construct_init<I> || is_value_init<I>,
                      "pin: this container constructs its elements with T's constructor, so it can only run "
                      "pin::construct<T>(args...) initializers, values and std::expected values; use "
                      "pin::init_allocator<T> as the deque/list allocator to run any initializer (std::optional "
                      "has no such hook)");
        std::apply(emplace, std::move(init).arguments());
        return {};
    }
}

}  // namespace detail

/// Builds the value of `opt` from `init`, destroying the old value first. `std::optional`
/// constructs its value itself with `T(args...)`, so `init` must be a constructor-call
/// initializer (`pin::construct<T>(...)`), a `T` or a `std::expected<T, E>`; build other
/// kinds in a `pin::stack_slot`/box.
template <class T, init_source_for<T> X>
[[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace(std::optional<T>& opt, X&& init) {
    return detail::container_emplace<void>(
        into_initializer(std::forward<X>(init)), [&opt](auto&&... args) { opt.emplace(std::forward<decltype(args)>(args)...); },
        [&opt] { opt.reset(); });
}

/// Appends an element built by `init`. On failure the deque is unchanged. Any initializer
/// works with `pin::init_allocator`; with other allocators only `pin::construct<T>(...)`.
template <class T, class A, init_source_for<T> X>
[[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace_back(std::deque<T, A>& c, X&& init) {
    return detail::container_emplace<A>(
        into_initializer(std::forward<X>(init)), [&c](auto&&... args) { c.emplace_back(std::forward<decltype(args)>(args)...); },
        [&c] { c.pop_back(); });
}

/// Prepends an element built by `init`; see the deque `emplace_back`.
template <class T, class A, init_source_for<T> X>
[[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace_front(std::deque<T, A>& c, X&& init) {
    return detail::container_emplace<A>(
        into_initializer(std::forward<X>(init)), [&c](auto&&... args) { c.emplace_front(std::forward<decltype(args)>(args)...); },
        [&c] { c.pop_front(); });
}

/// Appends an element built by `init`; see the deque `emplace_back`.
template <class T, class A, init_source_for<T> X>
[[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace_back(std::list<T, A>& c, X&& init) {
    return detail::container_emplace<A>(
        into_initializer(std::forward<X>(init)), [&c](auto&&... args) { c.emplace_back(std::forward<decltype(args)>(args)...); },
        [&c] { c.pop_back(); });
}

/// Prepends an element built by `init`; see the deque `emplace_back`.
template <class T, class A, init_source_for<T> X>
[[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace_front(std::list<T, A>& c, X&& init) {
    return detail::container_emplace<A>(
        into_initializer(std::forward<X>(init)), [&c](auto&&... args) { c.emplace_front(std::forward<decltype(args)>(args)...); },
        [&c] { c.pop_front(); });
}

}  // namespace pin
