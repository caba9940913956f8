// pin/init.hpp - the initializer concept and the basic initializers.
//
// An initializer is a one-shot value that knows how to construct a `T` in storage it is
// handed, and may fail with an error value instead. It is the C++ spelling of pin-init's
// `PinInit<T, E>`: building the initializer does nothing; the caller first picks the final
// storage (box, stack slot, static slot, member of a bigger object) and only then runs it,
// so the object is born at its final address and never needs to move.
#pragma once

#include <pin/config.hpp>

#include <concepts>
#include <cstddef>
#include <expected>
#include <memory>
#include <new>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pin {

/// Error type of initializers that cannot fail. It has no values, so a failed
/// `init_result<infallible>` cannot exist and error paths for it compile away.
struct infallible {
    infallible() = delete;
};

/// What running an initializer returns: success, or the error that stopped it.
template <class E>
using init_result = std::expected<void, E>;

/// The type an initializer constructs.
template <class I>
using value_type_t = typename std::remove_cvref_t<I>::value_type;

/// The error type an initializer may fail with (`pin::infallible` if it cannot fail).
template <class I>
using error_type_t = typename std::remove_cvref_t<I>::error_type;

/// An initializer: a type with `value_type` T, `error_type` E, callable once as an rvalue
/// with a `T*` to storage in which no object lives yet, returning `init_result<E>`.
///
/// The contract every initializer keeps (pin-init's `PinInit` safety contract):
/// - on success a `T` lives at exactly `slot` (constructed there, never moved there);
/// - on failure, or when an exception leaves it, nothing is left constructed in `slot`:
///   everything built so far was destroyed in reverse order, and the caller may reuse or
///   free the storage;
/// - it may give the address `slot` away (self pointers, registration): the caller
///   promises the object stays at `slot` until its destructor runs there.
template <class I>
concept initializer =
    requires {
        typename std::remove_cvref_t<I>::value_type;
        typename std::remove_cvref_t<I>::error_type;
    } && std::invocable<std::remove_cvref_t<I> &&, value_type_t<I>*> &&
    std::same_as<std::invoke_result_t<std::remove_cvref_t<I> &&, value_type_t<I>*>,
                 init_result<error_type_t<I>>>;

/// An initializer that constructs exactly a `T`.
template <class I, class T>
concept initializer_for = initializer<I> && std::same_as<value_type_t<I>, T>;

namespace detail {

template <class>
inline constexpr bool dependent_false = false;

// Raw address for placement new, also for const-qualified members.
template <class P>
void* voidify(P* p) noexcept {
    return const_cast<void*>(static_cast<const volatile void*>(p));
}

// Error type of a composition of two steps. Infallible steps add nothing; otherwise the
// second error must convert to the first, because a composed initializer reports one type.
template <class A, class B>
struct join_error {
    static_assert(std::is_convertible_v<B, A>,
                  "pin: error types do not compose: the inner initializer's (or hook's) error "
                  "type must be convertible to the outer one");
    using type = A;
};
template <class B>
struct join_error<infallible, B> {
    using type = B;
};
template <class A>
struct join_error<A, infallible> {
    using type = A;
};
template <>
struct join_error<infallible, infallible> {
    using type = infallible;
};
template <class A, class B>
using join_error_t = typename join_error<A, B>::type;

// Error type produced by a hook or step returning void (cannot fail) or expected<void, E>.
template <class R>
struct status_error {
    static_assert(dependent_false<R>, "pin: a hook/step must return void or std::expected<void, E>");
};
template <>
struct status_error<void> {
    using type = infallible;
};
template <class E>
struct status_error<std::expected<void, E>> {
    using type = E;
};
template <class R>
using status_error_t = typename status_error<std::remove_cvref_t<R>>::type;

// Re-types a failed result, moving its error out: only for a result the caller owns and
// then discards (a result that is also returned or kept must be copied from instead, see
// stack_slot::run). Never instantiated with a value for `infallible`, since such a result
// cannot be failed.
template <class E, class R>
std::unexpected<E> error_of(R&& failed) {
    using E2 = typename std::remove_cvref_t<R>::error_type;
    if constexpr (std::is_same_v<E2, infallible>)
        std::unreachable();
    else
        return std::unexpected<E>(std::in_place, std::move(failed.error()));
}
template <class E, class R>
init_result<E> forward_error(R&& failed) {
    return error_of<E>(failed);
}

// Calls f(args...) and turns a void result into success.
template <class E, class F, class... Args>
init_result<E> call_status(F&& f, Args&&... args) {
    using R = std::invoke_result_t<F&&, Args&&...>;
    if constexpr (std::is_void_v<R>) {
        std::forward<F>(f)(std::forward<Args>(args)...);
        return {};
    } else {
        auto r = std::forward<F>(f)(std::forward<Args>(args)...);
        if (!r)
            return forward_error<E>(r);
        return {};
    }
}

// Ends the lifetime of *p the way the language does: arrays element by element, last
// first (std::destroy_at would go first to last).
template <class T>
void destroy(T* p) noexcept {
    if constexpr (std::is_array_v<T>) {
        for (std::size_t i = std::extent_v<T>; i > 0; --i)
            destroy(std::addressof((*p)[i - 1]));
    } else {
        p->~T();
    }
}

// Destroys *p when the scope is left early (error return or exception); release() on
// success. This is the whole rollback mechanism, so it works with and without exceptions.
template <class T>
class destroy_guard {
public:
    explicit destroy_guard(T* p) noexcept : p_(p) {}
    destroy_guard(const destroy_guard&) = delete;
    destroy_guard& operator=(const destroy_guard&) = delete;
    ~destroy_guard() {
        if (p_)
            destroy(p_);
    }
    void release() noexcept { p_ = nullptr; }

private:
    T* p_;
};

template <class T>
inline constexpr bool is_construct_init = false;

// Base of every library initializer: an initializer is one-shot by contract (running it
// consumes it; a copy run twice would, e.g., close the same descriptor twice), so it can
// be moved but not copied. Running is `&&`-qualified, and each initializer class is
// [[nodiscard]], so building one and dropping it unused is a warning.
class one_shot {
public:
    one_shot() = default;
    one_shot(one_shot&&) = default;
    one_shot& operator=(one_shot&&) = default;
    one_shot(const one_shot&) = delete;
    one_shot& operator=(const one_shot&) = delete;
};

}  // namespace detail

/// Initializer that calls a constructor of `T` at the slot; see `pin::construct`.
template <class T, class... Args>
class [[nodiscard]] construct_init : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = T;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = infallible;

    explicit construct_init(std::tuple<Args...> args) : args_(std::move(args)) {}

    /// Constructs `T(args...)` at `slot`.
    init_result<infallible> operator()(T* slot) && {
        std::apply([slot](Args&&... a) { ::new (static_cast<void*>(slot)) T(std::forward<Args>(a)...); },
                   std::move(args_));
        return {};
    }

    /// The stored arguments. Containers that construct elements themselves
    /// (`std::optional`, `std::deque`, `std::list`) use them to call their own emplace.
    std::tuple<Args...>&& arguments() && noexcept { return std::move(args_); }

private:
    std::tuple<Args...> args_;
};

namespace detail {
template <class T, class... Args>
inline constexpr bool is_construct_init<construct_init<T, Args...>> = true;
}  // namespace detail

/// Constructor-call initializer: `T(args...)` run at the slot. Infallible (a throwing
/// constructor propagates its exception, leaving nothing constructed). Arguments are
/// stored by value until the initializer runs; wrap with `std::ref` to pass references.
template <class T, class... Args>
[[nodiscard]] construct_init<T, std::decay_t<Args>...> construct(Args&&... args) {
    static_assert(!std::is_array_v<T>, "pin::construct: use pin::array_from_fn or pin::zeroed for arrays");
    return construct_init<T, std::decay_t<Args>...>(std::tuple<std::decay_t<Args>...>(std::forward<Args>(args)...));
}

/// Initializer made from a callable; see `pin::from_closure`.
template <class T, class E, class F>
class [[nodiscard]] closure_init : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = T;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = E;

    explicit closure_init(F f) : f_(std::move(f)) {}

    /// Runs the callable on `slot`.
    init_result<E> operator()(T* slot) && { return detail::call_status<E>(std::move(f_), slot); }

private:
    F f_;
};

/// Closure initializer: `f(T* slot)` must construct a `T` at `slot` (placement new,
/// `std::construct_at`, a C init function, other initializers) and return `void` or
/// `std::expected<void, E>`. It takes over the initializer contract: on failure it must
/// first destroy whatever it built. This is the escape hatch everything else is made of,
/// like pin-init's `pin_init_from_closure`.
template <class T, class E = infallible, class F>
    requires std::invocable<std::decay_t<F>&&, T*>
[[nodiscard]] closure_init<T, E, std::decay_t<F>> from_closure(F&& f) {
    using R = std::invoke_result_t<std::decay_t<F>&&, T*>;
    static_assert(std::is_void_v<R> || std::is_convertible_v<R, init_result<E>>,
                  "pin::from_closure<T, E>: the callable must return void or std::expected<void, E>");
    return closure_init<T, E, std::decay_t<F>>(std::forward<F>(f));
}

/// Initializer that runs a hook after another one; see `pin::chain`.
template <class I, class F>
class [[nodiscard]] chain_init : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = value_type_t<I>;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = detail::join_error_t<error_type_t<I>, detail::status_error_t<std::invoke_result_t<F&&, value_type&>>>;

    chain_init(I init, F hook) : init_(std::move(init)), hook_(std::move(hook)) {}

    /// Runs the initializer, then the hook on the finished object; destroys it if the hook fails.
    init_result<error_type> operator()(value_type* slot) && {
        if (auto r = std::move(init_)(slot); !r)
            return detail::forward_error<error_type>(r);
        value_type* obj = std::launder(slot);
        detail::destroy_guard<value_type> guard(obj);
        auto r = detail::call_status<error_type>(std::move(hook_), *obj);
        if (r)
            guard.release();
        return r;
    }

private:
    I init_;
    F hook_;
};

/// Post-initialization hook (pin-init's `chain`/`pin_chain`): after `init` succeeds,
/// `hook(T&)` runs on the object at its final address and returns `void` or
/// `std::expected<void, E2>`. If the hook fails (or throws), the object is destroyed
/// before the error is returned, so failure still leaves nothing constructed.
template <initializer I, class F>
    requires std::invocable<std::decay_t<F>&&, value_type_t<I>&>
[[nodiscard]] chain_init<I, std::decay_t<F>> chain(I init, F&& hook) {
    return chain_init<I, std::decay_t<F>>(std::move(init), std::forward<F>(hook));
}

/// Initializer that value-initializes `T`; see `pin::zeroed`.
template <class T>
class [[nodiscard]] zeroed_init : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = T;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = infallible;

    /// Value-initializes `T` at `slot`.
    init_result<infallible> operator()(T* slot) && {
        // For a trivially default-constructible T, value-initialization is exactly
        // zero-initialization ([dcl.init.general]), so this is a memset with defined
        // meaning, and arrays are one placement new[] (no cookie for the non-allocating form).
        ::new (static_cast<void*>(slot)) T();
        return {};
    }
};

/// Zeroing initializer (pin-init's `zeroed()`): every scalar zero, every pointer null.
/// Restricted to trivially default-constructible types (arrays included), the C++ analogue
/// of `Zeroable`: for them value-initialization is zero-initialization and runs no code.
/// Useful for huge buffers: nothing is built on the stack and copied.
template <class T>
    requires std::is_trivially_default_constructible_v<T>
[[nodiscard]] zeroed_init<T> zeroed() noexcept {
    return {};
}

namespace detail {
template <class R>
struct scope_parts {
    using init = R;
    using error = infallible;
};
template <class I, class E>
struct scope_parts<std::expected<I, E>> {
    using init = I;
    using error = E;
};
}  // namespace detail

/// Initializer that first runs code to pick an initializer; see `pin::init_scope`.
template <class F>
class [[nodiscard]] scope_init : detail::one_shot {
    using parts = detail::scope_parts<std::remove_cvref_t<std::invoke_result_t<F&&>>>;
    using inner = typename parts::init;
    static_assert(initializer<inner>, "pin::init_scope: the callable must return an initializer or std::expected<initializer, E>");

public:
    /// The type this initializer constructs.
    using value_type = value_type_t<inner>;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = detail::join_error_t<typename parts::error, error_type_t<inner>>;

    explicit scope_init(F f) : f_(std::move(f)) {}

    /// Calls the callable, then runs the initializer it produced on `slot`.
    init_result<error_type> operator()(value_type* slot) && {
        auto produced = std::move(f_)();
        if constexpr (std::is_same_v<inner, std::remove_cvref_t<decltype(produced)>>) {
            return forward_result(std::move(produced)(slot));
        } else {
            if (!produced)
                return detail::forward_error<error_type>(produced);
            return forward_result(std::move(*produced)(slot));
        }
    }

private:
    template <class R>
    static init_result<error_type> forward_result(R r) {
        if (!r)
            return detail::forward_error<error_type>(r);
        return {};
    }
    F f_;
};

/// Runs `f()` when the initializer runs (not when it is created) and then the initializer
/// it returns, like pin-init's `init_scope`. `f` returns an initializer, or
/// `std::expected<initializer, E>` when computing it can fail (e.g. a lookup whose result
/// the initializer needs). Nothing is constructed when `f` fails.
template <class F>
    requires std::invocable<std::decay_t<F>&&>
[[nodiscard]] scope_init<std::decay_t<F>> init_scope(F&& f) {
    return scope_init<std::decay_t<F>>(std::forward<F>(f));
}


/// Initializer that default-initializes `T`; see `pin::default_init`.
template <class T>
class [[nodiscard]] default_init_t : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = T;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = infallible;

    /// Default-initializes `T` at `slot`: `::new (slot) T`.
    init_result<infallible> operator()(T* slot) && {
        ::new (detail::voidify(slot)) T;
        return {};
    }
};

/// Default-initializing initializer: `::new (slot) T` (no parentheses). Unlike
/// `pin::zeroed`, a trivially default-constructible `T` (a 1 MiB byte buffer, a struct of
/// scalars) is left with indeterminate contents: nothing is written, not even zeros. A
/// class with a default constructor gets it called; arrays get every element
/// default-initialized.
template <class T>
    requires std::default_initializable<std::remove_all_extents_t<T>> || std::is_trivially_default_constructible_v<T>
[[nodiscard]] default_init_t<T> default_init() noexcept {
    return {};
}

/// Initializer that moves a value into the slot; see `pin::into_initializer`.
template <class V>
class [[nodiscard]] value_init : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = V;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = infallible;

    /// Keeps `v` until the initializer runs.
    explicit value_init(V&& v) : v_(std::move(v)) {}

    /// Move-constructs the value at `slot`.
    init_result<infallible> operator()(V* slot) && {
        ::new (detail::voidify(slot)) V(std::move(v_));
        return {};
    }
    /// The stored value (for containers that construct elements themselves).
    std::tuple<V&&> arguments() && noexcept { return std::tuple<V&&>(std::move(v_)); }

private:
    V v_;
};

/// Initializer made from a `std::expected<V, E>`; see `pin::into_initializer`.
template <class V, class E>
class [[nodiscard]] expected_init : detail::one_shot {
public:
    /// The type this initializer constructs.
    using value_type = V;
    /// The error type it may fail with: the expected's.
    using error_type = E;

    /// Keeps the result until the initializer runs.
    explicit expected_init(std::expected<V, E>&& x) : x_(std::move(x)) {}

    /// Moves the value to `slot`, or fails with the error (nothing constructed).
    init_result<E> operator()(V* slot) && {
        if (!x_)
            return std::unexpected<E>(std::in_place, std::move(x_.error()));
        ::new (detail::voidify(slot)) V(std::move(*x_));
        return {};
    }
    /// The stored result (for containers that construct elements themselves).
    std::expected<V, E>&& result() && noexcept { return std::move(x_); }

private:
    std::expected<V, E> x_;
};

namespace detail {
template <class X>
inline constexpr bool is_expected = false;
template <class V, class E>
inline constexpr bool is_expected<std::expected<V, E>> = true;

template <class T>
inline constexpr bool is_value_init = false;
template <class V>
inline constexpr bool is_value_init<value_init<V>> = true;
template <class T>
inline constexpr bool is_expected_init = false;
template <class V, class E>
inline constexpr bool is_expected_init<expected_init<V, E>> = true;
}  // namespace detail

/// What an emplacer accepts where it takes an initializer: an initializer; a
/// `std::expected<V, E>` (an initializer for `V` failing with `E`: the value is moved into
/// place, so `V` must be movable - a box, a handle); or a plain movable value `V` (an
/// infallible initializer for `V`). Arrays are not values here: use `array_from_fn`.
template <class X>
concept init_source = initializer<X> ||
                      (std::is_object_v<std::remove_cvref_t<X>> && !std::is_array_v<std::remove_cvref_t<X>> &&
                       std::move_constructible<std::remove_cvref_t<X>> &&
                       (!detail::is_expected<std::remove_cvref_t<X>> ||
                        !std::is_void_v<typename std::remove_cvref_t<X>::value_type>));

/// Turns an `init_source` into an initializer: initializers are passed through (moved:
/// an lvalue initializer must be `std::move`d, since running consumes it),
/// `std::expected<V, E>` becomes `expected_init<V, E>`, a value `V` becomes `value_init<V>`.
template <init_source X>
[[nodiscard]] auto into_initializer(X&& x) {
    using D = std::remove_cvref_t<X>;
    if constexpr (initializer<D>) {
        static_assert(!std::is_lvalue_reference_v<X> || std::is_copy_constructible_v<D>,
                      "pin: an initializer is one-shot and move-only: pass it with std::move");
        return D(std::forward<X>(x));
    } else if constexpr (detail::is_expected<D>) {
        return expected_init<typename D::value_type, typename D::error_type>(D(std::forward<X>(x)));
    } else {
        return value_init<D>(D(std::forward<X>(x)));
    }
}

/// The initializer `into_initializer` makes of an `X`.
template <init_source X>
using initializer_of_t = decltype(into_initializer(std::declval<X>()));

/// An `init_source` whose initializer constructs exactly a `T`.
template <class X, class T>
concept init_source_for = init_source<X> && std::same_as<value_type_t<initializer_of_t<X>>, T>;

/// Runs `init` on `slot` (storage for a `T` with no live object): the explicit-slot call,
/// counterpart of pin-init's `InPlaceWrite` and of the design's `f(init s, ...)`. `init`
/// is any `init_source` for `T` (an initializer, a `std::expected<T, E>`, a `T`).
/// The caller owns the storage and must run `~T()` there before reusing it.
template <class T, init_source_for<T> X>
[[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> init_at(T* slot, X&& init) {
    PIN_ASSERT(slot != nullptr, "init_at: null slot");
    return into_initializer(std::forward<X>(init))(slot);
}

/// Storage for a `T` with no object in it, as a value: pin-init's `MaybeUninit<T>` /
/// `uninit()` escape hatch. It can be a member of a `pin::fields` aggregate (build it with
/// `pin::default_init<pin::uninit<T>>()`: nothing runs) or a local, and the object is
/// built later, in place, with `emplace(init)`. It never destroys the object by itself:
/// whoever built it calls `destroy()` (or leaks it on purpose). A flag (one byte) lets
/// debug builds check `assume_init`/`destroy`/`emplace` against the object's presence.
template <class T>
class uninit {
public:
    /// Empty storage; nothing is constructed or zeroed.
    uninit() = default;
    uninit(const uninit&) = delete;
    uninit& operator=(const uninit&) = delete;

    /// The address the object lives at (or will).
    T* slot() noexcept { return reinterpret_cast<T*>(storage_); }
    /// Runs `init` in the storage (debug-checked: nothing lives there yet).
    template <init_source X>
        requires init_source_for<X, T>
    [[nodiscard]] init_result<error_type_t<initializer_of_t<X>>> emplace(X&& x) {
        PIN_ASSERT(!set_.live, "pin::uninit::emplace over a live object");
        auto r = into_initializer(std::forward<X>(x))(slot());
        set_.mark(r.has_value());
        return r;
    }
    /// The object (the caller asserts it was built; debug-checked).
    T& assume_init() noexcept {
        PIN_ASSERT(set_.live, "pin::uninit::assume_init without an object");
        return *std::launder(slot());
    }
    /// The object, read-only (debug-checked).
    const T& assume_init() const noexcept {
        PIN_ASSERT(set_.live, "pin::uninit::assume_init without an object");
        return *std::launder(reinterpret_cast<const T*>(storage_));
    }
    /// Destroys the object built by `emplace` (debug-checked); the storage is empty again.
    void destroy() noexcept {
        PIN_ASSERT(set_.live, "pin::uninit::destroy without an object");
        set_.mark(false);
        std::destroy_at(std::launder(slot()));
    }

private:
    struct flag {
        bool live = false;
        void mark(bool v) noexcept { live = v; }
    };
    alignas(T) unsigned char storage_[sizeof(T)];
    flag set_;
};

}  // namespace pin
