// pin/fields.hpp - field-wise construction of aggregates with rollback (pin-init's
// `pin_init!`/`init!`).
#pragma once

#include <pin/init.hpp>
#include <pin/pinned.hpp>

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pin {
namespace detail {

template <auto M>
struct member_of;
template <class C, class V, V C::*M>
struct member_of<M> {
    using class_type = C;
    using type = V;
};

template <auto A, auto B>
inline constexpr bool same_member = false;
template <auto A>
inline constexpr bool same_member<A, A> = true;

// --- steps ------------------------------------------------------------------------------

template <auto M, class... Args>
struct set_step {
    using member_type = typename member_of<M>::type;
    using error = infallible;
    static constexpr bool is_field = true;
    static constexpr auto member = M;
    std::tuple<Args...> args;

    template <class T>
    init_result<infallible> run(T* self) && {
        void* p = voidify(std::addressof(self->*M));
        std::apply([p](Args&&... a) { ::new (p) member_type(std::forward<Args>(a)...); }, std::move(args));
        return {};
    }
};

template <class T, auto M, class X>
struct init_step {
    using member_type = typename member_of<M>::type;
    static constexpr bool is_field = true;
    static constexpr auto member = M;
    static constexpr bool direct = initializer_for<X, member_type>;

    static consteval bool valid() {
        if constexpr (direct)
            return true;
        else if constexpr (std::invocable<X&&, T*>) {
            using R = std::invoke_result_t<X&&, T*>;
            return initializer_for<R, member_type> || std::is_same_v<std::remove_cv_t<R>, std::remove_cv_t<member_type>> ||
                   std::is_constructible_v<member_type, R>;
        } else
            return false;
    }
    static consteval auto error_of() {
        if constexpr (direct)
            return std::type_identity<error_type_t<X>>{};
        else if constexpr (initializer_for<std::invoke_result_t<X&&, T*>, member_type>)
            return std::type_identity<error_type_t<std::invoke_result_t<X&&, T*>>>{};
        else
            return std::type_identity<infallible>{};
    }
    X x;

    init_result<typename decltype(error_of())::type> run(T* self) && {
        member_type* p = std::addressof(self->*M);
        if constexpr (direct)
            return std::move(x)(p);
        else if constexpr (initializer_for<std::invoke_result_t<X&&, T*>, member_type>)
            return std::move(x)(self)(p);
        else {
            // The callable's prvalue initializes the member directly (guaranteed elision),
            // so even a non-movable member can be produced this way.
            ::new (voidify(p)) member_type(std::move(x)(self));
            return {};
        }
    }
};

template <class T, class F>
struct then_step {
    using member_type = void;
    static constexpr bool is_field = false;
    F f;

    init_result<status_error_t<std::invoke_result_t<F&&, T*>>> run(T* self) && {
        return call_status<status_error_t<std::invoke_result_t<F&&, T*>>>(std::move(f), self);
    }
};

// --- completeness check -------------------------------------------------------------------
//
// C++ cannot list the members of a class, so the builder counts them: it aggregate-
// initializes T in an unevaluated context with one placeholder per element and finds how
// many elements T accepts. Each element gets its own braced clause `{x}`, so an array
// member counts once (no brace elision), where x is a `probe` convertible to anything, or,
// for class members the probe cannot initialize through `{}` (non-movable types with
// constructors), a prvalue of one of the listed member types, which initializes a member of
// that type in place. That needs the remaining elements to be default-initializable
// (T{} well-formed); when they are not, the fallback counts bare placeholders, where an
// array of N elements takes N of them (brace elision), so it is limited to 256 clauses.

struct probe {
    template <class U>
    operator U() const noexcept;  // never defined: used in unevaluated operands only
};
template <class U>
U make_prvalue() noexcept;  // never defined

template <class... Ts>
struct type_list {};

// A pin::pinned base gets a literal `{}`: Clang rejects `{prvalue}` for a base element
// with a deleted copy constructor as a hard error instead of a substitution failure.
template <class T, class... Xs>
consteval bool brace_clauses_ok() {
    if constexpr (std::is_base_of_v<pinned, T>)
        return requires { T{{}, {make_prvalue<Xs>()}...}; };
    else
        return requires { T{{make_prvalue<Xs>()}...}; };
}

template <class T, class Known, class Candidates>
struct next_clause {
    using type = void;
};
template <class T, class... Ks, class C, class... Cs>
struct next_clause<T, type_list<Ks...>, type_list<C, Cs...>> {
    using type = std::conditional_t<brace_clauses_ok<T, Ks..., C>(), C,
                                    typename next_clause<T, type_list<Ks...>, type_list<Cs...>>::type>;
};

template <class T, class Candidates, class... Ks>
consteval std::size_t count_elements() {
    if constexpr (sizeof...(Ks) > 200) {
        return sizeof...(Ks);
    } else {
        using N = typename next_clause<T, type_list<Ks...>, Candidates>::type;
        if constexpr (std::is_void_v<N>)
            return sizeof...(Ks);
        else
            return count_elements<T, Candidates, Ks..., N>();
    }
}

template <class T, std::size_t... I>
consteval bool bare_clauses_ok(std::index_sequence<I...>) {
    return requires(probe& p) { T{(static_cast<void>(I), p)...}; };
}

template <class V>
using candidate_for = std::conditional_t<std::is_class_v<V>, std::remove_cv_t<V>, probe>;

template <class V>
inline constexpr std::size_t bare_count = std::is_array_v<V> ? sizeof(V) / sizeof(std::remove_all_extents_t<V>) : 1;

template <class T, class... Vs>
consteval bool fields_complete(type_list<Vs...>) {
    constexpr std::size_t bases = std::is_base_of_v<pinned, T> ? 1 : 0;
    if constexpr (requires { T{}; }) {
        using candidates = type_list<probe, candidate_for<Vs>...>;
        return count_elements<T, candidates>() == sizeof...(Vs);
    } else {
        constexpr std::size_t n = bases + (std::size_t{0} + ... + bare_count<Vs>);
        if constexpr (n > 256)
            return false;
        else
            return bare_clauses_ok<T>(std::make_index_sequence<n>{}) &&
                   !bare_clauses_ok<T>(std::make_index_sequence<n + 1>{});
    }
}

template <class... Ls>
struct concat {
    using type = type_list<>;
};
template <class... A>
struct concat<type_list<A...>> {
    using type = type_list<A...>;
};
template <class... A, class... B, class... Rest>
struct concat<type_list<A...>, type_list<B...>, Rest...> {
    using type = typename concat<type_list<A..., B...>, Rest...>::type;
};
template <class S>
using field_type_of = std::conditional_t<S::is_field, type_list<typename S::member_type>, type_list<>>;

template <class S, auto M>
consteval bool step_names() {
    if constexpr (S::is_field)
        return same_member<S::member, M>;
    else
        return false;
}

// Starts the lifetime of a T at `slot` without running any initialization.
//
// WHY this is sound: the builder needs a T object to exist so that constructing its members
// one by one creates *subobjects of that T* ([intro.object]/2 requires the containing
// object to be alive), yet it must not run T's initialization, which would construct every
// member at once. C++20 (P0593) allows exactly this for implicit-lifetime types, and an
// aggregate whose destructor is not user-provided is one ([class.prop]/9) even when its
// members are not. memmove is specified to implicitly create objects of implicit-lifetime
// types in its destination ([cstring.syn]/3), so memmove(slot, slot, n) creates the T
// (the polyfill of C++23 std::start_lifetime_as, which libstdc++ 12 and libc++ 19 lack);
// its members stay unconstructed until the builder constructs them, and the builder
// destroys those it built if a later step fails. Compilers fold the self-move away.
template <class T>
T* start_lifetime(T* slot) noexcept {
    // Through an untyped variable: natively, memmove of a pinned object is rejected, and
    // this is not a relocation but the creation of the object.
    void* const raw = voidify(slot);
    std::memmove(raw, raw, sizeof(T));
    return std::launder(slot);
}

}  // namespace detail

/// Field-wise initializer for an aggregate `T` (pin-init's `pin_init!` / `try_pin_init!`).
///
/// ```
/// auto make_driver(int irq) {
///     return pin::fields<driver_data, std::errc>()
///         .set<&driver_data::irq>(irq)                            // irq: value
///         .init<&driver_data::lock>(mutex_init("driver_data"))    // lock <- initializer
///         .then([](driver_data* self) { register_irq(self); })    // code between fields
///         .init<&driver_data::buffer>([](driver_data* self) {     // self access
///             return make_buffer(self->irq); });
/// }
/// ```
///
/// Steps run in the order written, at the final address. If a step fails (returns an
/// error or throws), the fields built so far are destroyed in reverse order and the fields
/// after it are never built. Every non-static data member must be initialized exactly once:
/// a duplicate is rejected where it is written, a missing member when the initializer is
/// used, both with a static_assert.
///
/// Requirements: `T` is an aggregate class; its only base, if any, is `pin::pinned`; its
/// destructor is not user-provided (that is what makes T an implicit-lifetime type, see
/// `detail::start_lifetime`; a "pinned destructor" belongs in a member type). The first two
/// are always checked; the destructor whenever every member is trivially destructible (C++
/// cannot tell "user-provided" apart otherwise). Member pointers cannot name bit-fields or
/// references, so those cannot be built field-wise.
///
/// @tparam T the aggregate to build
/// @tparam E error type of the whole initializer; steps may fail with E, with a type
///           convertible to E, or not at all
template <class T, class E = infallible, class... Steps>
class fields {
    static_assert(std::is_class_v<T> && std::is_aggregate_v<T>,
                  "pin::fields<T>: T must be an aggregate class (no user-declared constructors); "
                  "use pin::from_closure or pin::construct for other types");

public:
    /// The type this initializer constructs.
    using value_type = T;
    /// The error type it may fail with (`pin::infallible`: cannot fail).
    using error_type = E;

    /// An empty builder; add one step per member.
    fields()
        requires(sizeof...(Steps) == 0)
    = default;

    /// `m: value` - constructs member `M` from `args` (stored by value until the
    /// initializer runs): `::new (&self->m) V(args...)`.
    template <auto M, class... Args>
    [[nodiscard]] auto set(Args&&... args) && {
        check_member<M>();
        using V = typename detail::member_of<M>::type;
        static_assert(!std::is_array_v<V>,
                      "pin::fields::set: array members are built with init<&T::m>(pin::array_from_fn<...>(...)) "
                      "or init<&T::m>(pin::zeroed<...>())");
        static_assert(std::is_constructible_v<V, std::decay_t<Args>&&...>,
                      "pin::fields::set<&T::m>(args...): the member cannot be constructed from these arguments");
        using S = detail::set_step<M, std::decay_t<Args>...>;
        return std::move(*this).append(S{std::tuple<std::decay_t<Args>...>(std::forward<Args>(args)...)});
    }

    /// `m <- x` - builds member `M` in place from `x`, which is an initializer for the
    /// member's type, or a callable taking `T* self` that returns such an initializer or a
    /// prvalue of the member's type (pin-init's `&this in`; self points at the final
    /// object, whose earlier fields are already constructed).
    template <auto M, class X>
    [[nodiscard]] auto init(X&& x) && {
        check_member<M>();
        using S = detail::init_step<T, M, std::decay_t<X>>;
        static_assert(S::valid(),
                      "pin::fields::init<&T::m>(x): x must be an initializer for the member's type, or a callable "
                      "taking T* (self) that returns such an initializer or a value of the member's type");
        check_error<typename decltype(S::error_of())::type>();
        return std::move(*this).append(S{std::forward<X>(x)});
    }

    /// `_: { code }` - runs `f(T* self)` between fields; it returns void or
    /// `std::expected<void, E2>`, and a failure rolls back the fields built before it.
    template <class F>
        requires std::invocable<std::decay_t<F>&&, T*>
    [[nodiscard]] auto then(F&& f) && {
        using S = detail::then_step<T, std::decay_t<F>>;
        check_error<detail::status_error_t<std::invoke_result_t<std::decay_t<F>&&, T*>>>();
        return std::move(*this).append(S{std::forward<F>(f)});
    }

    /// Runs the steps at `slot`; see the class comment for what failure leaves behind.
    init_result<E> operator()(T* slot) && {
        static_assert(detail::fields_complete<T>(typename detail::concat<detail::field_type_of<Steps>...>::type{}),
                      "pin::fields<T>: missing field: every non-static data member of T must be initialized by "
                      "set<>/init<>. (T may have no base other than pin::pinned. If T{} is ill-formed because a "
                      "member has no default constructor, array elements are counted one by one, so wrap arrays "
                      "of more than a few hundred elements in a struct.)");
        static_assert(!trivial_members_but_nontrivial_destructor(),
                      "pin::fields<T>: T has a user-provided destructor, so it is not an implicit-lifetime type and "
                      "cannot be built field-wise; move the destructor into a member type");
        return run<0>(detail::start_lifetime(slot));
    }

private:
    template <class, class, class...>
    friend class fields;

    explicit fields(std::tuple<Steps...>&& steps) : steps_(std::move(steps)) {}

    template <class S>
    auto append(S&& step) && {
        return fields<T, E, Steps..., S>(std::tuple_cat(std::move(steps_), std::tuple<S>(std::move(step))));
    }

    template <auto M>
    static constexpr void check_member() {
        static_assert(std::is_member_object_pointer_v<decltype(M)>,
                      "pin::fields: expected a pointer to data member, e.g. &T::m");
        static_assert(std::is_same_v<typename detail::member_of<M>::class_type, T>,
                      "pin::fields<T>: the member pointer must name a member declared in T itself");
        static_assert(!(detail::step_names<Steps, M>() || ...),
                      "pin::fields<T>: duplicate field: this member is already initialized by an earlier step");
    }

    template <class E2>
    static constexpr void check_error() {
        static_assert(std::is_same_v<E2, infallible> || std::is_same_v<E2, E> ||
                          (!std::is_same_v<E, infallible> && std::is_convertible_v<E2, E>),
                      "pin::fields<T, E>: a step's error type must be E, convertible to E, or pin::infallible "
                      "(an infallible builder cannot contain fallible steps)");
    }

    // Only decidable when every member is trivially destructible: then a non-trivial
    // destructor of T can only be user-provided.
    static consteval bool trivial_members_but_nontrivial_destructor() {
        return []<class... Vs>(detail::type_list<Vs...>) {
            return (std::is_trivially_destructible_v<Vs> && ...) && !std::is_trivially_destructible_v<T>;
        }(typename detail::concat<detail::field_type_of<Steps>...>::type{});
    }

    template <std::size_t K>
    init_result<E> run(T* self) {
        if constexpr (K == sizeof...(Steps)) {
            static_cast<void>(self);
            return {};
        } else {
            using S = std::tuple_element_t<K, std::tuple<Steps...>>;
            if (auto r = std::move(std::get<K>(steps_)).run(self); !r)
                return detail::forward_error<E>(r);
            if constexpr (S::is_field) {
                // Owns the field just built until every later step succeeded; unwinding
                // (error return or exception) therefore destroys fields in reverse order.
                detail::destroy_guard<typename S::member_type> guard(std::addressof(self->*S::member));
                auto r = run<K + 1>(self);
                if (r)
                    guard.release();
                return r;
            } else {
                return run<K + 1>(self);
            }
        }
    }

    std::tuple<Steps...> steps_;
};

}  // namespace pin
