// pin/init_fn.hpp - native init functions as initializers (patched compiler only).
//
// On a compiler with init parameters (`__cpp_init_parameters`), the object-building code
// of a type is best written as an init function, `R f(init T& self, args...)`: the
// compiler then checks that every member is constructed exactly once, never used before,
// and rolled back on failure. The library's emplacers (boxes, stack and static slots,
// containers, arrays, `fields`) take initializers; `from_init_fn` makes one from an init
// function, so both worlds meet at one point: the emplacer picks the storage and calls the
// function with that storage as its explicit slot (`f(init *slot, args...)`, the
// "storage the library vouches for" of the design).
#pragma once

#include <pin/config.hpp>
#include <pin/init.hpp>

#include <tuple>
#include <type_traits>
#include <utility>

#if PIN_HAS_INIT_PARAMETERS

namespace pin {

namespace detail {
// What calling `f(init *slot, args...)` returns: void for an infallible init function,
// std::expected<void, E> for a fallible one.
template <class T, class F, class... Args>
using init_fn_status_t = decltype(std::declval<F>()(init *std::declval<T*>(), std::declval<Args>()...));

// The slot type of an init function, read off its type: functions, function pointers and
// function objects with one non-template call operator (non-generic lambdas). Generic
// lambdas and overload sets have no single slot type; `from_init_fn<T>` names it.
template <class F>
struct init_fn_slot {};
template <class R, class T, class... A>
struct init_fn_slot<R(init T&, A...)> {
    using type = T;
};
template <class R, class T, class... A>
struct init_fn_slot<R(init T&, A...) noexcept> {
    using type = T;
};
template <class F>
struct init_fn_slot<F*> : init_fn_slot<F> {};
template <class C, class F>
struct init_fn_slot<F C::*> : init_fn_slot<F> {};
template <class C, class R, class T, class... A>
struct init_fn_slot<R (C::*)(init T&, A...) const> {
    using type = T;
};
template <class C, class R, class T, class... A>
struct init_fn_slot<R (C::*)(init T&, A...) const noexcept> {
    using type = T;
};
template <class F>
    requires requires { &F::operator(); }
struct init_fn_slot<F> : init_fn_slot<decltype(&F::operator())> {};

template <class F>
using init_fn_slot_t = typename init_fn_slot<std::remove_cvref_t<F>>::type;
}  // namespace detail

/// True if `f(init *p, args...)` is a valid call for `F f`, `T* p` and `Args... args`.
template <class F, class T, class... Args>
concept init_function_for = requires(F&& f, T* p, Args&&... args) {
    std::forward<F>(f)(init *p, std::forward<Args>(args)...);
};

/// Initializer that calls an init function with the slot; see `pin::from_init_fn`.
template <class T, class F, class... Args>
class [[nodiscard]] init_fn_init : detail::one_shot {
    using status = detail::init_fn_status_t<T, F&&, Args&&...>;

public:
    /// The type this initializer constructs.
    using value_type = T;
    /// The init function's error type (`pin::infallible` if it returns void).
    using error_type = detail::status_error_t<status>;

    init_fn_init(F f, std::tuple<Args...> args) : f_(std::move(f)), args_(std::move(args)) {}

    /// Calls `f(init *slot, args...)`. The compiler's definite-initialization check of
    /// `f` guarantees the initializer contract: a T lives at `slot` exactly on success.
    init_result<error_type> operator()(T* slot) && {
        return std::apply(
            [this, slot](Args&&... args) -> init_result<error_type> {
                if constexpr (std::is_void_v<status>) {
                    std::move(f_)(init *slot, std::forward<Args>(args)...);
                    return {};
                } else {
                    return std::move(f_)(init *slot, std::forward<Args>(args)...);
                }
            },
            std::move(args_));
    }

private:
    F f_;
    std::tuple<Args...> args_;
};

/// An initializer for `T` that runs the init function `f` (a function, function pointer
/// or lambda whose first parameter is `init T&`) with the emplacer's storage as its slot
/// and `args...` after it. Arguments are stored by value until it runs, like
/// `pin::construct`; wrap them with `std::ref` to pass references. `f` returns `void`
/// (infallible) or `std::expected<void, E>` (error type `E`).
///
/// ```
/// std::expected<void, std::errc> make_driver(init driver_data& self, int irq);
/// auto drv = pin::make_box(pin::from_init_fn<driver_data>(make_driver, 5));
/// ```
/// (`T` can be left out where `f`'s type names it; see the overload below.)
template <class T, class F, class... Args>
    requires init_function_for<std::decay_t<F>&&, T, std::decay_t<Args>&&...>
[[nodiscard]] init_fn_init<T, std::decay_t<F>, std::decay_t<Args>...> from_init_fn(F&& f, Args&&... args) {
    return init_fn_init<T, std::decay_t<F>, std::decay_t<Args>...>(
        std::forward<F>(f), std::tuple<std::decay_t<Args>...>(std::forward<Args>(args)...));
}

/// `pin::from_init_fn(f, args...)`: the same, with `T` taken from the type of `f`'s init
/// parameter (a function, function pointer or non-generic lambda).
///
/// ```
/// auto drv = pin::make_box(pin::from_init_fn(make_driver, 5));
/// ```
template <class F, class... Args>
    requires requires { typename detail::init_fn_slot_t<F>; } &&
             init_function_for<std::decay_t<F>&&, detail::init_fn_slot_t<F>, std::decay_t<Args>&&...>
[[nodiscard]] auto from_init_fn(F&& f, Args&&... args) {
    return from_init_fn<detail::init_fn_slot_t<F>>(std::forward<F>(f), std::forward<Args>(args)...);
}

#if PIN_HAS_TRUSTED_INIT
/// Runs the initializer `i` on `slot`, which is the calling init function's own slot or a
/// member of it: `pin::init_at(init self.m, i)`. This is the one trusted bridge
/// (`[[clang::trusted_init]]`) between init functions, which the compiler checks, and
/// initializers, which construct through a pointer under their contract (see
/// `pin::initializer`). The compiler treats `self.m` in the calling init function as
/// constructed exactly when the call succeeds, rolls it back on a later failure return or
/// exception, and checks the rest of the function as usual.
///
/// A fallible initializer gives `std::expected<void, E>`, which must be tested (the
/// compiler rejects a discarded status). An infallible one gives `void`.
///
/// ```
/// std::expected<void, probe_error> make_bank(init sensor_bank& self, const char* bus) {
///     self.bus = bus_name(bus);
///     if (auto r = pin::init_at(init self.sensors, new_sensors()); !r)
///         return r;  // self.bus is destroyed: the compiler's rollback
///     return {};
/// }
/// ```
template <class T, initializer_for<T> I>
    requires(!std::same_as<error_type_t<I>, infallible>)
[[clang::trusted_init]] init_result<error_type_t<I>> init_at(init T& slot, I i) {
    return std::move(i)(__builtin_addressof(slot));
}

/// `pin::init_at` for an initializer that cannot fail: `slot` is constructed when it returns.
template <class T, initializer_for<T> I>
    requires std::same_as<error_type_t<I>, infallible>
[[clang::trusted_init]] void init_at(init T& slot, I i) {
    (void)std::move(i)(__builtin_addressof(slot));
}
#endif  // PIN_HAS_TRUSTED_INIT

}  // namespace pin

#endif  // PIN_HAS_INIT_PARAMETERS
