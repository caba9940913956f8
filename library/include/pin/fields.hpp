// pin/fields.hpp - field-wise construction of aggregates with rollback (pin-init's
// `pin_init!`/`init!`).
#pragma once

#include <pin/init.hpp>
#include <pin/members.hpp>
#include <pin/pinned.hpp>

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <memory>
#include <new>
#include <tuple>
#include <type_traits>
#include <utility>

namespace pin {

template <class T, class E, class... Steps>
class fields;

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

template <class... Ts>
struct type_list {};

template <class X>
inline constexpr bool is_fields = false;
template <class T, class E, class... Steps>
inline constexpr bool is_fields<fields<T, E, Steps...>> = true;
}  // namespace detail

/// What a field initializer or a `then` step of `pin::fields<T>` is handed: the final
/// address of the `T` being built, and typed access to the members `Built...` whose steps
/// already ran (pin-init lets a later field refer to an earlier one).
///
/// ```
/// .init<&conn::name>(...)
/// .init<&conn::log>([](auto built) {                 // built: pin::built<conn, &conn::name>
///     return make_log(built.template get<&conn::name>());   // ok: name is constructed
/// })
/// ```
/// `get<&T::m>()` of a member whose step has not run yet does not compile ("field not yet
/// built"). It converts to `T*`, so callables taking `T* self` keep working; through that
/// pointer every member is reachable, built or not, so prefer `get` for reading fields and
/// keep the raw pointer for the address (self pointers, registration).
template <class T, auto... Built>
class built {
public:
    /// The view of `self`.
    explicit built(T* self) noexcept : self_(self) {}
    /// The final address of the object being built.
    T* self() const noexcept { return self_; }
    /// The final address of the object being built.
    operator T*() const noexcept { return self_; }

    /// The member `M`, which an earlier step constructed.
    template <auto M>
    auto& get() const noexcept {
        static_assert((detail::same_member<M, Built> || ...),
                      "pin::fields: field not yet built: get<&T::m>() names a member that no earlier step "
                      "constructed (a field initializer sees only the fields built before it)");
        return self_->*M;
    }

private:
    T* self_;
};

/// A member that runs `T::drop()` when the object it belongs to is destroyed: pin-init's
/// `PinnedDrop` for a `pin::fields` aggregate (an aggregate cannot have a user-provided
/// destructor and still be built field by field; see `detail::start_lifetime`).
///
/// ```
/// struct list_head : pin::pinned {
///     list_head* next;
///     list_head* prev;
///     void drop() noexcept { unlink(); }        // the "destructor body"
///     pin::drop_hook<list_head> on_drop;        // declared last: destroyed first
/// };
/// pin::fields<list_head>().init<...>(...)...on_drop<&list_head::on_drop>();   // built last
/// ```
/// The builder arms the hook as its last step, so `drop()` runs only for an object whose
/// every field was built (never during rollback), and, the hook being the last member, it
/// runs before any other member is destroyed, with the whole object still alive - exactly
/// when a destructor body would. It stores the object's address (one pointer).
template <class T>
class drop_hook {
public:
    drop_hook(const drop_hook&) = delete;
    drop_hook& operator=(const drop_hook&) = delete;
    /// Runs `owner->drop()`.
    ~drop_hook() { owner_->drop(); }

private:
    template <class, class, class...>
    friend class fields;
    explicit drop_hook(T* owner) noexcept : owner_(owner) {}
    T* owner_;
};

namespace detail {

// --- step storage ---------------------------------------------------------------------
//
// A builder's steps, one base class per step, indexed. Appending a step is one pack
// expansion (every step moved into a one-longer store) and reaching step K is one
// base-class deduction. std::tuple and std::tuple_cat, used before, are recursive in
// libstdc++ and were most of the compile time of a long builder (see library/bench).
template <std::size_t K, class S>
struct step_leaf {
    S step;
};
template <class Seq, class... Steps>
struct step_store;
template <std::size_t... I, class... Steps>
struct step_store<std::index_sequence<I...>, Steps...> : step_leaf<I, Steps>... {};

template <class... Steps>
using step_store_for = step_store<std::index_sequence_for<Steps...>, Steps...>;

// Step K of a store (the only base step_leaf<K, S>, whatever S is).
template <std::size_t K, class S>
S& step_at(step_leaf<K, S>& leaf) noexcept {
    return leaf.step;
}
template <std::size_t K, class Store>
using step_type_at = std::remove_reference_t<decltype(step_at<K>(std::declval<Store&>()))>;

// The store with `last` appended; the earlier steps are moved over.
template <std::size_t... I, class... Steps, class S>
step_store<std::index_sequence<I..., sizeof...(I)>, Steps..., S> extend(
    step_store<std::index_sequence<I...>, Steps...>&& prev, S&& last) {
    return {step_leaf<I, Steps>{std::move(static_cast<step_leaf<I, Steps>&>(prev).step)}...,
            step_leaf<sizeof...(I), S>{std::move(last)}};
}

// --- steps ------------------------------------------------------------------------------

// Calls a step's callable with the built<> view if it takes one (or a T*, to which the view
// converts), else with the raw T* (generic `auto* self` lambdas).
template <class F, class View, class T>
decltype(auto) call_with_self(F&& f, T* self) {
    if constexpr (std::invocable<F&&, View>)
        return std::forward<F>(f)(View(self));
    else
        return std::forward<F>(f)(self);
}
template <class F, class View, class T>
using self_result_t = decltype(call_with_self<F, View>(std::declval<F>(), std::declval<T*>()));
// (Tested in this order, and the second only if the first fails: asking a generic lambda
// with a deduced return type about a T* would instantiate its body with one.)
template <class F, class View, class T>
consteval bool takes_self_f() {
    if constexpr (std::invocable<F, View>)
        return true;
    else
        return std::invocable<F, T*>;
}
template <class F, class View, class T>
inline constexpr bool takes_self = takes_self_f<F, View, T>();

template <auto M, class... Args>
struct set_step {
    using member_type = typename member_of<M>::type;
    using error = infallible;
    static constexpr bool is_field = true;
    static constexpr bool is_drop = false;
    static constexpr bool is_default = false;
    static consteval bool makes_value() { return true; }
    static constexpr auto member = M;
    std::tuple<Args...> args;

    template <class T>
    init_result<infallible> run(T* self) && {
        void* p = voidify(std::addressof(self->*M));
        std::apply([p](Args&&... a) { ::new (p) member_type(std::forward<Args>(a)...); }, std::move(args));
        return {};
    }
    // The member as a prvalue, for a builder that runs as one aggregate initialization
    // (see fields::build_aggregate): `V(args...)`, as run() does.
    template <class T>
    auto make(T*) && {
        return std::make_from_tuple<std::remove_cv_t<member_type>>(std::move(args));
    }
};

// What an init<&T::m>(x) step does with x: run it (an initializer, std::expected or value
// of the member's type), or call it with self and then use what it returns.
enum class init_kind { direct, call_then_init, call_then_construct, invalid };

template <class T, auto M, class X, class View>
struct init_step {
    using member_type = typename member_of<M>::type;
    using mem = std::remove_cv_t<member_type>;
    static constexpr bool is_field = true;
    static constexpr bool is_drop = false;
    static constexpr bool is_default = false;
    static constexpr auto member = M;

    static consteval init_kind kind() {
        if constexpr (init_source_for<X, mem>)
            return init_kind::direct;
        else if constexpr (takes_self<X&&, View, T>) {
            using R = std::remove_cvref_t<self_result_t<X&&, View, T>>;
            // A prvalue of the member's type is constructed in place (guaranteed elision,
            // so even a non-movable member can be produced this way).
            if constexpr (std::is_same_v<R, mem>)
                return init_kind::call_then_construct;
            else if constexpr (initializer_for<R, mem> || is_expected<R>)
                return initializer_for<R, mem> || init_source_for<R, mem> ? init_kind::call_then_init
                                                                          : init_kind::invalid;
            else if constexpr (std::is_constructible_v<member_type, self_result_t<X&&, View, T>>)
                return init_kind::call_then_construct;
            else
                return init_kind::invalid;
        } else
            return init_kind::invalid;
    }
    static constexpr bool valid() { return kind() != init_kind::invalid; }
    static consteval auto error_of() {
        if constexpr (kind() == init_kind::direct)
            return std::type_identity<error_type_t<initializer_of_t<X>>>{};
        else if constexpr (kind() == init_kind::call_then_init)
            return std::type_identity<error_type_t<initializer_of_t<self_result_t<X&&, View, T>>>>{};
        else
            return std::type_identity<infallible>{};
    }
    X x;

    init_result<typename decltype(error_of())::type> run(T* self) && {
        member_type* p = std::addressof(self->*M);
        if constexpr (kind() == init_kind::direct) {
            return into_initializer(std::move(x))(const_cast<mem*>(p));
        } else if constexpr (kind() == init_kind::call_then_init) {
            return into_initializer(call_with_self<X&&, View>(std::move(x), self))(const_cast<mem*>(p));
        } else {
            ::new (voidify(p)) member_type(call_with_self<X&&, View>(std::move(x), self));
            return {};
        }
    }

    // Whether make() can produce the member as a prvalue: a callable returning the member
    // (or something to construct it from), a value of it, pin::construct, or a nested
    // pin::fields builder that can itself run as one aggregate initialization. Any other
    // initializer writes to an address, which a prvalue cannot offer. (A function, not a
    // constant: only a builder with defaulted<>() members asks, so a nested builder is not
    // examined otherwise.)
    static consteval bool makes_value() {
        if constexpr (kind() == init_kind::call_then_construct)
            return true;
        else if constexpr (kind() != init_kind::direct)
            return false;
        else if constexpr (is_fields<X>)
            return X::builds_value();
        else
            return std::is_same_v<X, mem> || is_construct_init<X>;
    }

    // The member as a prvalue (see set_step::make); static_cast of a prvalue of the
    // member's type is that prvalue, so even a non-movable member is built in place. A
    // nested builder gets the member's final address as its `self`: the prvalue it returns
    // initializes exactly that member.
    auto make(T* self) && {
        if constexpr (kind() == init_kind::call_then_construct)
            return static_cast<mem>(call_with_self<X&&, View>(std::move(x), self));
        else if constexpr (is_construct_init<X>)
            return std::make_from_tuple<mem>(std::move(x).arguments());
        else if constexpr (is_fields<X>)
            return std::move(x).make_value(const_cast<mem*>(std::addressof(self->*M)));
        else
            return static_cast<mem>(std::move(x));
    }
};

template <class T, class F, class View>
struct then_step {
    using member_type = void;
    static constexpr bool is_field = false;
    static constexpr bool is_drop = false;
    static constexpr bool is_default = false;
    static consteval bool makes_value() { return false; }
    using error = status_error_t<self_result_t<F&&, View, T>>;
    F f;

    init_result<error> run(T* self) && {
        return call_status<error>([&]() -> decltype(auto) { return call_with_self<F&&, View>(std::move(f), self); });
    }
};

template <class T, auto M>
struct drop_step {
    using member_type = typename member_of<M>::type;
    static constexpr bool is_field = true;
    static constexpr bool is_drop = true;
    static constexpr bool is_default = false;
    static consteval bool makes_value() { return false; }
    static constexpr auto member = M;
};

// `defaulted<&T::m>()`: member M is left to its default member initializer. It counts as
// initialized for the completeness check; the builder then runs as one aggregate
// initialization of T that names only the members before it (fields::build_aggregate).
template <auto M>
struct default_step {
    using member_type = typename member_of<M>::type;
    using error = infallible;
    static constexpr bool is_field = true;
    static constexpr bool is_drop = false;
    static constexpr bool is_default = true;
    static consteval bool makes_value() { return false; }
    static constexpr auto member = M;
};

// The indices of the field steps among Steps... (the others are `then` steps), so that
// the built<> view and the list of member types are one pack expansion each instead of a
// recursive concatenation per builder type (cubic in the number of steps over a builder's
// life: every intermediate builder type computes them).
template <class... Steps>
struct field_positions {
    static constexpr std::size_t count = (std::size_t{0} + ... + (Steps::is_field ? 1 : 0));
    struct array {
        std::size_t at[count + 1];  // + 1: no zero-length array
    };
    static constexpr array value = [] {
        const bool is_field[] = {Steps::is_field..., false};
        array positions{};
        std::size_t j = 0;
        for (std::size_t i = 0; i < sizeof...(Steps); ++i)
            if (is_field[i])
                positions.at[j++] = i;
        return positions;
    }();
};
template <class T, class Store, class Positions, std::size_t... J>
built<T, step_type_at<Positions::value.at[J], Store>::member...> view_of(std::index_sequence<J...>);
template <class Store, class Positions, std::size_t... J>
type_list<typename step_type_at<Positions::value.at[J], Store>::member_type...> member_types_of(
    std::index_sequence<J...>);
template <class Store, class Positions, std::size_t... J>
member_list<step_type_at<Positions::value.at[J], Store>::member...> members_of(std::index_sequence<J...>);


// --- completeness check -------------------------------------------------------------------
//
// C++ cannot list the members of a class, so the builder counts them by aggregate-
// initializing T in an unevaluated context. Every step names a distinct member declared in
// T, so the builder is complete exactly when T has no element beyond the n it names (plus a
// pin::pinned base, which gets a literal `{}`: Clang rejects anything else there as a hard
// error): with n + 1 clauses, `T{...}` must be ill-formed. That takes clauses that can
// initialize whatever elements T has, tried in this order:
// 1. `{p}` for each of the first n elements and a bare `p` for element n + 1, where `p` is a
//    `probe` convertible to anything: `{p}` initializes scalars, arrays (of any size:
//    one clause) whose elements take `{}`, aggregates, and classes with an initializer-list
//    constructor (std::string) - not most other classes with a converting constructor, for
//    which `{p}` is ambiguous between it and the copy constructor; a bare `p` initializes
//    any non-array element, even a non-movable class (the conversion's prvalue initializes
//    it in place), and the first element of an array (brace elision).
//    Sound when `T{{p} x n}` is well-formed (the first n elements take `{p}`): one check.
// 2. bare `p` clauses, where brace elision spreads clauses over array elements, so an array
//    of N elements takes N: complete iff `T{p x (b + 1)}` is ill-formed for b = the elements
//    the steps name, counted that way (limited to 256).
// 3. otherwise, element by element: the first clause among `{p}` and a prvalue of each
//    named member type that fits the next element (linear in the fields, quadratic in cost),
//    until none fits; if that finds n elements, T is complete iff it rejects a bare `p`
//    after them (as in 1).
// 1 and 2 are a constant number of instantiations, each linear in the number of fields (the
// previous version ran 3 for every type, with every candidate type at every position: cubic).
// If none of them decides, the witnesses below can still prove a member missing (only on
// the error path); otherwise the builder is rejected as "cannot check".

struct probe {
    template <class U>
    operator U() const noexcept;  // never defined: used in unevaluated operands only
};
template <class U>
U make_prvalue() noexcept;  // never defined

template <class T>
inline constexpr bool has_pinned_base = std::is_base_of_v<pinned, T>;

template <std::size_t>
probe& probe_at() noexcept;  // never defined: the I-th probe of a clause list

template <class T, std::size_t... I>
consteval bool braced_ok(std::index_sequence<I...>) {
    if constexpr (has_pinned_base<T>)
        return requires { T{{}, {probe_at<I>()}...}; };
    else
        return requires { T{{probe_at<I>()}...}; };
}
template <class T, std::size_t... I>
consteval bool braced_then_bare_ok(std::index_sequence<I...>) {
    if constexpr (has_pinned_base<T>)
        return requires(probe& q) { T{{}, {probe_at<I>()}..., q}; };
    else
        return requires(probe& q) { T{{probe_at<I>()}..., q}; };
}
template <class T, std::size_t... I>
consteval bool bare_ok(std::index_sequence<I...>) {
    return requires { T{probe_at<I>()...}; };
}

template <class V>
inline constexpr std::size_t bare_count = std::is_array_v<V> ? sizeof(V) / sizeof(std::remove_all_extents_t<V>) : 1;

// Strategy 3: the next clause type that T accepts after the clauses Ks..., lazily (only
// the candidates before the first fitting one are instantiated).
template <class T, class... Xs>
consteval bool typed_clauses_ok() {
    if constexpr (has_pinned_base<T>)
        return requires { T{{}, {make_prvalue<Xs>()}...}; };
    else
        return requires { T{{make_prvalue<Xs>()}...}; };
}
template <class T, class Known, class... Candidates>
struct next_clause {
    using type = void;
};
template <class T, class... Ks, class C, class... Cs>
struct next_clause<T, type_list<Ks...>, C, Cs...> {
    static auto pick() {
        if constexpr (typed_clauses_ok<T, Ks..., C>())
            return std::type_identity<C>{};
        else
            return std::type_identity<typename next_clause<T, type_list<Ks...>, Cs...>::type>{};
    }
    using type = typename decltype(pick())::type;
};
template <class T, class Candidates, class... Ks>
struct typed_count;
template <class T, class... Cs, class... Ks>
struct typed_count<T, type_list<Cs...>, Ks...> {
    // The clause types found, one braced clause per element of T, in declaration order.
    static consteval auto clauses() {
        if constexpr (sizeof...(Ks) > 256) {
            return type_list<Ks...>{};
        } else {
            using N = typename next_clause<T, type_list<Ks...>, Cs...>::type;
            if constexpr (std::is_void_v<N>)
                return type_list<Ks...>{};
            else
                return typed_count<T, type_list<Cs...>, Ks..., N>::clauses();
        }
    }
};
template <class... Ks>
consteval std::size_t list_size(type_list<Ks...>) {
    return sizeof...(Ks);
}
// Whether T takes one more element after the typed clauses Ks..., as a bare probe (which
// initializes any element, see below). Without this step, strategy 3 would call a builder
// complete whose next unnamed member merely rejects `{p}` and every named type.
template <class T, class... Ks>
consteval bool typed_then_bare_ok(type_list<Ks...>) {
    if constexpr (has_pinned_base<T>)
        return requires(probe& q) { T{{}, {make_prvalue<Ks>()}..., q}; };
    else
        return requires(probe& q) { T{{make_prvalue<Ks>()}..., q}; };
}
template <class V>
using candidate_for = std::conditional_t<std::is_class_v<V>, std::remove_cv_t<V>, probe>;

// --- shapes: one clause `x` of type X placed among probes -----------------------------------
//
// Whether `T{{p} x A, x, {p} x B, p x C}` (after a literal `{}` for a pin::pinned base) is
// well-formed; with Braced, x is written `{x}`.
template <class T, class X, bool Braced, std::size_t... A, std::size_t... B, std::size_t... C>
consteval bool braced_shape_ok(std::index_sequence<A...>, std::index_sequence<B...>, std::index_sequence<C...>) {
    if constexpr (has_pinned_base<T>) {
        if constexpr (Braced)
            return requires(X& x) { T{{}, {probe_at<A>()}..., {x}, {probe_at<B>()}..., probe_at<C>()...}; };
        else
            return requires(X& x) { T{{}, {probe_at<A>()}..., x, {probe_at<B>()}..., probe_at<C>()...}; };
    } else {
        if constexpr (Braced)
            return requires(X& x) { T{{probe_at<A>()}..., {x}, {probe_at<B>()}..., probe_at<C>()...}; };
        else
            return requires(X& x) { T{{probe_at<A>()}..., x, {probe_at<B>()}..., probe_at<C>()...}; };
    }
}
// Whether `T{p x A, x, p x C}` (after `{}` for a pin::pinned base) is well-formed.
template <class T, class X, std::size_t... A, std::size_t... C>
consteval bool bare_shape_ok(std::index_sequence<A...>, std::index_sequence<C...>) {
    if constexpr (has_pinned_base<T>)
        return requires(X& x) { T{{}, probe_at<A>()..., x, probe_at<C>()...}; };
    else
        return requires(X& x) { T{probe_at<A>()..., x, probe_at<C>()...}; };
}
template <std::size_t N>
inline constexpr std::make_index_sequence<N> seq{};

// --- witnesses of a missing member ----------------------------------------------------------
//
// A well-formed initialization with more elements than the builder names proves that a
// member is missing, whatever T's other members are; only their absence is hard to prove.
// Two kinds, tried when the strategies above cannot decide:
// - braced: `T{{p} x n, p}` - n + 1 elements, since a braced clause initializes exactly
//   one element; it needs the named elements to take `{p}` (a member whose class has a
//   converting constructor does not: `{p}` is ambiguous between it and the copy
//   constructor) and the elements after the (n+1)-th to take `{}`;
// - bare: `T{p x k}` for some k > b, b being the elements the named members take as bare
//   clauses (an array one per element, see bare_count): each p fills one element (a class
//   by conversion, an array element by brace elision), so T has more than b. It needs the
//   elements after the k-th to take `{}`, so k is searched upwards from b + 1, up to 256
//   clauses (on the error path only: a complete builder is decided before).
inline constexpr std::size_t max_bare_clauses = 256;

template <class T, std::size_t n>
consteval bool braced_witness() {
    return braced_shape_ok<T, probe, false>(seq<n>, seq<0>, seq<0>);
}
// The smallest k in (b, 256] such that `T{p x k}` is well-formed, or 0.
template <class T, std::size_t K>
consteval std::size_t bare_witness() {
    if constexpr (K > max_bare_clauses)
        return 0;
    else if constexpr (bare_shape_ok<T, probe>(seq<0>, seq<K - 1>))
        return K;
    else
        return bare_witness<T, K + 1>();
}
template <class... Vs>
inline constexpr std::size_t named_bare = (std::size_t{0} + ... + bare_count<Vs>);

// 0: complete; 1: a member is missing; 2: cannot tell.
template <class T, class... Vs>
consteval int completeness(type_list<Vs...>) {
    constexpr std::size_t n = sizeof...(Vs);
    constexpr std::size_t bare = (has_pinned_base<T> ? 1 : 0) + named_bare<Vs...>;
    if constexpr (braced_ok<T>(std::make_index_sequence<n>{})) {
        return braced_then_bare_ok<T>(std::make_index_sequence<n>{}) ? 1 : 0;
    } else if constexpr (bare <= 256 && bare_ok<T>(std::make_index_sequence<bare>{})) {
        return bare_ok<T>(std::make_index_sequence<bare + 1>{}) ? 1 : 0;
    } else {
        using Ks = decltype(typed_count<T, type_list<probe, candidate_for<Vs>...>>::clauses());
        constexpr std::size_t counted = list_size(Ks{});
        if constexpr (counted > n)
            return 1;
        else if constexpr (counted == n)
            return typed_then_bare_ok<T>(Ks{}) ? 1 : 0;
        else if constexpr (braced_witness<T, n>())
            return 1;
        else if constexpr (named_bare<Vs...> < max_bare_clauses && bare_witness<T, named_bare<Vs...> + 1>() != 0)
            return 1;
        else
            return 2;
    }
}

// --- the diagnostic of a missing member -----------------------------------------------------
//
// It names the member's index and type. C++ cannot name the type of an unnamed member, but
// the conversion function template of a probe is instantiated with exactly that type when
// the probe initializes it: `missing_member_reporter` is a probe whose conversion function
// has a constraint that instantiates `report_missing_field<..., U>`, whose static_assert is
// the one error. (In the constraint, not the body: the body of a conversion function used
// in an unevaluated operand is never instantiated. Through a deduced return type, so that
// the failed assertion does not make the constraint unsatisfied, which would let the
// compiler try brace elision into the member's own first member and report that too.)

inline constexpr std::size_t unknown_index = static_cast<std::size_t>(-1);
/// The type in `missing_field` when the missing member's type cannot be told.
struct unknown_member_type;

/// Names an incomplete builder in the one diagnostic it produces:
/// `missing_field<T, index of the missing member, members the builder initializes, its
/// type>::reported` is false. The index counts members in declaration order from 0 (a
/// pin::pinned base not counted); when T has a member that cannot be initialized from `{}`
/// next to one whose class has a converting constructor, the elements of arrays declared
/// before the missing member count one each. For an array member the type is its element
/// type. `unknown_index` (2^64-1) and `unknown_member_type` stand for what cannot be told.
template <class Aggregate, std::size_t index_of_missing_member, std::size_t members_initialized,
          class type_of_missing_member>
struct missing_field {
    static constexpr bool reported = false;
};

// Name the member an error of a builder with defaulted<>() members is about: the member
// pointer appears in the failed condition, which compilers print.
template <auto Member>
struct defaulted_member_before_a_step {
    static constexpr bool value = false;
};
template <auto Member>
struct step_out_of_declaration_order {
    static constexpr bool value = false;
};
template <auto Member>
struct step_needs_an_address {
    static constexpr bool value = false;
};

// The prvalue clause of one member in fields::build_aggregate: converting it runs the step,
// whose result initializes the member in place (guaranteed copy elision). Not copyable and
// converting only as an rvalue, so that a member class with a constructor template taking
// anything (std::any) is initialized by the conversion, never from the clause itself.
template <class S, class T>
class member_value {
public:
    member_value(S* step, T* self) noexcept : step_(step), self_(self) {}
    member_value(const member_value&) = delete;
    member_value& operator=(const member_value&) = delete;
    operator std::remove_cv_t<typename S::member_type>() && { return std::move(*step_).make(self_); }

private:
    S* step_;
    T* self_;
};

template <class T, std::size_t I, std::size_t N, class U>
auto report_missing_field() {
    static_assert(missing_field<T, I, N, U>::reported,
                  "pin::fields<T>: missing field: every non-static data member of T must be initialized by a step "
                  "(set<>/init<>, or defaulted<>() for a member with a default member initializer declared after "
                  "them); 'missing_field<T, index of the missing member, members initialized, its type>' here says "
                  "which (T may have no base other than pin::pinned)");
    return 0;
}
template <class T, std::size_t I, std::size_t N>
struct missing_member_reporter {
    // Not for an array type: GCC deduces the array type first when the reporter meets an
    // array, then elides braces into it; the element is reported.
    template <class U>
        requires(!std::is_array_v<U> && sizeof(decltype(report_missing_field<T, I, N, U>())) > 0)
    operator U() const noexcept;  // never defined: used in unevaluated operands only
};

// Converts to exactly X and nothing else (no conversion from it to a neighbour's type).
template <class X>
struct exactly {
    template <class U>
        requires std::is_same_v<U, X>
    operator U() const noexcept;  // never defined
};

// Braced witness `T{{p} x n, p}`: whether element I takes a value of the named type V, the
// other elements keeping their clauses from the witness (so the context is well-formed).
// An array takes one element of its type in braces, anything else a bare value of its type
// (even if not movable: the conversion's prvalue initializes it in place).
template <class T, std::size_t I, std::size_t n, class V>
consteval bool element_takes() {
    using X = std::remove_cv_t<std::remove_all_extents_t<V>>;
    if constexpr (I == n)
        return braced_shape_ok<T, exactly<X>, std::is_array_v<V>>(seq<n>, seq<0>, seq<0>);
    else
        return braced_shape_ok<T, exactly<X>, std::is_array_v<V>>(seq<I>, seq<n - 1 - I>, seq<1>);
}
// The first element (of n + 1) that no named member type initializes, or unknown_index.
template <class T, std::size_t I, std::size_t n, class... Vs>
consteval std::size_t first_unnamed_element() {
    if constexpr (I > n)
        return unknown_index;
    else if constexpr (!(element_takes<T, I, n, std::remove_cv_t<Vs>>() || ...))
        return I;
    else
        return first_unnamed_element<T, I + 1, n, Vs...>();
}
// Reports element I of the braced witness. An element before the last that does not take
// a bare probe in place of its `{p}` is an array (the probe is elided into its first
// element and shifts the clauses after it): the reporter goes there in braces.
template <class T, std::size_t I, std::size_t n, class R>
consteval bool report_braced() {
    if constexpr (I == n)
        return braced_shape_ok<T, R, false>(seq<n>, seq<0>, seq<0>);
    else if constexpr (braced_shape_ok<T, probe, false>(seq<I>, seq<n - 1 - I>, seq<1>))
        return braced_shape_ok<T, R, false>(seq<I>, seq<n - 1 - I>, seq<1>);
    else
        return braced_shape_ok<T, R, true>(seq<I>, seq<n - 1 - I>, seq<1>);
}

// Bare witness `T{p x k}`: the first clause (element, array elements counted one by one)
// that no named member type's element initializes, or unknown_index.
template <class T, std::size_t S, std::size_t K, class V>
consteval bool slot_takes() {
    return bare_shape_ok<T, exactly<std::remove_cv_t<std::remove_all_extents_t<V>>>>(seq<S>, seq<K - 1 - S>);
}
template <class T, std::size_t S, std::size_t K, class... Vs>
consteval std::size_t first_unnamed_slot() {
    if constexpr (S >= K)
        return unknown_index;
    else if constexpr (!(slot_takes<T, S, K, Vs>() || ...))
        return S;
    else
        return first_unnamed_slot<T, S + 1, K, Vs...>();
}

// Locating the member (plain functions rather than lambdas: each lambda would add a line to
// the diagnostic's backtrace). The braced witness gives element indices; the bare one
// counts array elements one by one, so it is used only when there is no braced witness.
template <class T, class... Vs>
consteval std::size_t braced_missing_index(type_list<Vs...>) {
    if constexpr (braced_witness<T, sizeof...(Vs)>())
        return first_unnamed_element<T, 0, sizeof...(Vs), Vs...>();
    else
        return unknown_index;
}
template <class T, class... Vs>
consteval std::size_t bare_witness_of(type_list<Vs...>) {
    if constexpr (named_bare<Vs...> < max_bare_clauses)
        return bare_witness<T, named_bare<Vs...> + 1>();
    else
        return 0;
}
template <class T, std::size_t K, class... Vs>
consteval std::size_t bare_missing_index(type_list<Vs...>) {
    if constexpr (K != 0)
        return first_unnamed_slot<T, 0, K, Vs...>();
    else
        return unknown_index;
}
// Places the reporter for the member at index I of witness Braced (else the bare witness
// of K clauses); whether that initialization is well-formed, i.e. the reporter took the
// member's type and so reported it.
template <class T, bool Braced, std::size_t I, std::size_t K, std::size_t n>
consteval bool report_at() {
    if constexpr (I == unknown_index)
        return false;
    else if constexpr (Braced)
        return report_braced<T, I, n, missing_member_reporter<T, I, n>>();
    else
        return bare_shape_ok<T, missing_member_reporter<T, I, n>>(seq<I>, seq<K - 1 - I>);
}

// The exact number of T's elements when every one takes a braced probe `{p}` (scalars,
// arrays whose elements take `{}`, aggregates, std::string-like classes), counted from
// `from`; 0 when that cannot be proven: the count stops at the first k that `T{{p} x k}`
// rejects, and k - 1 is T's size only if nothing else fits at element k either (a bare
// probe, an lvalue reference, a braced list of 2 to 4 probes for an array whose elements
// need values). Used only on the error path, with a structured binding of that size.
struct ref_probe {
    template <class U>
    operator U&() const noexcept;  // never defined: used in unevaluated operands only
};
template <class T, std::size_t... I, std::size_t... J>
consteval bool braced_then_list_ok(std::index_sequence<I...>, std::index_sequence<J...>) {
    if constexpr (has_pinned_base<T>)
        return requires { T{{}, {probe_at<I>()}..., {probe_at<J>()...}}; };
    else
        return requires { T{{probe_at<I>()}..., {probe_at<J>()...}}; };
}
template <class T, std::size_t K>
consteval std::size_t exact_element_count() {
    if constexpr (K > max_elements + 1)
        return 0;
    else if constexpr (braced_ok<T>(seq<K>))
        return exact_element_count<T, K + 1>();
    else if constexpr (K == 0 || braced_shape_ok<T, probe, false>(seq<K - 1>, seq<0>, seq<0>) ||
                       braced_shape_ok<T, ref_probe, false>(seq<K - 1>, seq<0>, seq<0>) ||
                       braced_then_list_ok<T>(seq<K - 1>, seq<2>) || braced_then_list_ok<T>(seq<K - 1>, seq<3>) ||
                       braced_then_list_ok<T>(seq<K - 1>, seq<4>) || !braced_ok<T>(seq<K - 1>))
        return 0;
    else
        return K - 1;
}

// Whether an element of T (which has N, each taking `{p}`) is a union or a base class: a
// structured binding cannot decompose a class with an anonymous union member or with a base
// that has members (a hard error), and these cannot be told from a named union or an empty
// base here, so the address search skips them all.
template <class T>
struct union_or_base_probe {
    template <class U>
        requires(std::is_union_v<U> || (std::is_base_of_v<U, T> && !std::is_same_v<U, T>))
    operator U() const noexcept;  // never defined: used in unevaluated operands only
};
template <class T, std::size_t N, std::size_t... I>
consteval bool has_union_or_base_element(std::index_sequence<I...>) {
    return (braced_shape_ok<T, union_or_base_probe<T>, false>(seq<I>, seq<N - 1 - I>, seq<0>) || ...);
}

template <class T, std::size_t n>
constexpr void report_unknown_missing() {
    static_assert(missing_field<T, unknown_index, n, unknown_member_type>::reported,
                  "pin::fields<T>: missing field: every non-static data member of T must be initialized by a step "
                  "(set<>/init<>, or defaulted<>() for a member with a default member initializer declared after "
                  "them); 'missing_field<T, index of the missing member, members initialized, its type>' here says "
                  "which (T may have no base other than pin::pinned)");
}

// Produces the one diagnostic of a builder that completeness() found incomplete: through
// the reporter if a witness locates the member by its type; else, when several members
// have the named types (`int a; int b;`, one of them named), by the addresses of the named
// members among T's elements (members by position, above); else with unknown index and type.
template <class T, class... Vs, auto... Ms>
constexpr void report_missing(type_list<Vs...> members, member_list<Ms...>) {
    constexpr std::size_t n = sizeof...(Vs);
    constexpr std::size_t i = braced_missing_index<T>(members);
    constexpr std::size_t k = i == unknown_index ? bare_witness_of<T>(members) : 0;
    constexpr std::size_t s = bare_missing_index<T, k>(members);
    constexpr bool reported = i != unknown_index ? report_at<T, true, i, 0, n>() : report_at<T, false, s, k, n>();
    // Only if the reporter was never instantiated with the member's type (then it did not
    // report); a reporter that did makes its initialization well-formed.
    if constexpr (!reported) {
        constexpr std::size_t count = exact_element_count<T, n + 1>();
        // (Nested: naming elements_usable instantiates the structured binding.)
        if constexpr (count > n && count <= max_elements && !has_union_or_base_element<T, count>(seq<count>)) {
            if constexpr (elements_usable<T, count>) {
                constexpr std::size_t at = member_indices<T, count, Ms...>::first_other;
                using U = typename decltype(element_type_of<at>(element_list_of<T, count>{}))::type;
                static_assert(missing_field<T, at, n, std::remove_cv_t<std::remove_all_extents_t<U>>>::reported,
                              "pin::fields<T>: missing field: every non-static data member of T must be initialized "
                              "by a step (set<>/init<>, or defaulted<>() for a member with a default member "
                              "initializer declared after them); 'missing_field<T, index of the missing member, "
                              "members initialized, its type>' here says which");
            } else {
                report_unknown_missing<T, n>();
            }
        } else {
            report_unknown_missing<T, n>();
        }
    }
}

template <class S, auto M>
consteval bool step_names() {
    if constexpr (S::is_field)
        return same_member<S::member, M>;
    else
        return false;
}

// A type whose destructor is user-provided is not an implicit-lifetime type. C++ cannot ask
// "user-provided" directly; what it can see:
// - Clang 20+ and GCC 15+ answer "implicit-lifetime" exactly (__builtin_is_implicit_lifetime);
// - all members trivially destructible but T not: T's destructor is user-provided;
// - a user-declared destructor suppresses the implicit move constructor, so a T whose members
//   all move without throwing but which itself only "moves" by a throwing copy has one.
// Pinned types cannot be moved, so for them only the first two work.
template <class T, class... Vs>
consteval bool has_user_destructor(type_list<Vs...>) {
#if defined(__has_builtin)
#if __has_builtin(__builtin_is_implicit_lifetime)
    if constexpr (true)
        return !__builtin_is_implicit_lifetime(T);
#endif
#endif
    if constexpr ((std::is_trivially_destructible_v<Vs> && ...))
        return !std::is_trivially_destructible_v<T>;
    else if constexpr ((std::is_nothrow_move_constructible_v<Vs> && ...) && std::is_move_constructible_v<T>)
        return !std::is_nothrow_move_constructible_v<T>;
    else
        return false;
}

// A packed type (`__attribute__((packed))`, `#pragma pack`) has members below their
// alignment; pin-init rejects packed structs because such fields cannot be pinned (or even
// referenced): a member of type V needs alignof(T) >= alignof(V).
template <class T, class... Vs>
consteval bool is_packed(type_list<Vs...>) {
    return ((alignof(T) < alignof(Vs)) || ...);
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
///         .init<&driver_data::buffer>([](auto built) {            // earlier fields, typed
///             return make_buffer(built.template get<&driver_data::irq>()); });
/// }
/// ```
///
/// Steps run in the order written, at the final address. If a step fails (returns an
/// error or throws), the fields built so far are destroyed in reverse order and the fields
/// after it are never built. Every non-static data member must be initialized exactly once,
/// by a step or, for a member with a default member initializer declared after the members
/// built by steps, by listing it in `defaulted<&T::m>()` (the builder then runs as one
/// aggregate initialization; see `defaulted`): a duplicate is rejected where it is written,
/// a missing member when the initializer is run (the first place the builder is known to be
/// finished), each with one static_assert (`missing_field<T, index, members initialized,
/// type>` names the member's index and type; see `detail::missing_field`).
///
/// Requirements, all checked: `T` is an aggregate class; its only base, if any, is
/// `pin::pinned`; it is not packed (a packed member cannot be pinned); its destructor is not
/// user-provided (that is what makes T an implicit-lifetime type, see
/// `detail::start_lifetime`; put the destructor body into `T::drop()` and a
/// `pin::drop_hook<T>` member instead, pin-init's `PinnedDrop`). The destructor check is
/// exact on Clang 20+ / GCC 15+ (`__builtin_is_implicit_lifetime`) and a heuristic before
/// (see `detail::has_user_destructor`). Member pointers cannot name bit-fields or
/// references, so those cannot be built field-wise.
///
/// @tparam T the aggregate to build
/// @tparam E error type of the whole initializer; steps may fail with E, with a type
///           convertible to E, or not at all
template <class T, class E = infallible, class... Steps>
class [[nodiscard]] fields : detail::one_shot {
    static_assert(std::is_class_v<T> && std::is_aggregate_v<T>,
                  "pin::fields<T>: T must be an aggregate class (no user-declared constructors); "
                  "use pin::from_closure or pin::construct for other types");

    using store = detail::step_store_for<Steps...>;
    using positions = detail::field_positions<Steps...>;
    // What a step appended now gets to see: the members the field steps so far built.
    using view = decltype(detail::view_of<T, store, positions>(std::make_index_sequence<positions::count>{}));
    using member_types = decltype(detail::member_types_of<store, positions>(std::make_index_sequence<positions::count>{}));
    using members = decltype(detail::members_of<store, positions>(std::make_index_sequence<positions::count>{}));
    static constexpr bool has_drop = (Steps::is_drop || ...);
    static constexpr bool has_default = (Steps::is_default || ...);
    static constexpr std::size_t field_count = positions::count;

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

    /// `m <- x` - builds member `M` in place from `x`, which is
    /// - an initializer for the member's type, a `std::expected<V, E2>` of it, or a value
    ///   of it (moved in); or
    /// - a callable taking the `pin::built<T, ...>` view of the object (or a plain `T*
    ///   self`; pin-init's `&this in`) that returns one of those or a value convertible to
    ///   the member's type. The view gives the final address and typed access to the fields
    ///   built by earlier steps.
    template <auto M, class X>
    [[nodiscard]] auto init(X&& x) && {
        check_member<M>();
        using S = detail::init_step<T, M, std::decay_t<X>, view>;
        static_assert(S::valid(),
                      "pin::fields::init<&T::m>(x): x must be an initializer (or std::expected, or value) for the "
                      "member's type, or a callable taking pin::built<T, ...> or T* (self) that returns one of those");
        check_error<typename decltype(S::error_of())::type>();
        return std::move(*this).append(S{std::forward<X>(x)});
    }

    /// `_: { code }` - runs `f(view)` (or `f(T* self)`) between fields; it returns void or
    /// `std::expected<void, E2>`, and a failure rolls back the fields built before it.
    template <class F>
        requires detail::takes_self<std::decay_t<F>&&, typename fields::view, T>
    [[nodiscard]] auto then(F&& f) && {
        using S = detail::then_step<T, std::decay_t<F>, view>;
        check_error<typename S::error>();
        return std::move(*this).append(S{std::forward<F>(f)});
    }

    /// Arms the `pin::drop_hook<T>` member `M`, so `T::drop()` runs when the finished object
    /// is destroyed (pin-init's `PinnedDrop`). It must be the last step, so that a failing
    /// step never runs `drop()` on a half-built object, and `M` must be T's last member,
    /// so that `drop()` runs before any other member is destroyed (debug-checked).
    template <auto M>
    [[nodiscard]] auto on_drop() && {
        check_member<M>();
        static_assert(std::is_same_v<typename detail::member_of<M>::type, drop_hook<T>>,
                      "pin::fields::on_drop<&T::m>(): the member must be a pin::drop_hook<T>");
        static_assert(requires(T& t) { t.drop(); }, "pin::fields::on_drop: T needs a member function drop()");
        return std::move(*this).append(detail::drop_step<T, M>{});
    }

    /// `m` (and `ms...`) take their default member initializers: `int b = 7;` is left out of
    /// the steps yet still becomes 7. C++ runs a default member initializer only inside an
    /// aggregate initialization of the whole object that gives the member no value, and a
    /// positional one can leave out only the members after the last one it names; so these
    /// members must be declared after every member built by a step, and the builder then
    /// runs as one aggregate initialization `T{m0, m1, ...}` in which each step produces its
    /// member as a prvalue (built in place, never moved): `set<>`, a value, a
    /// `pin::construct`, a callable returning the member, or a nested `pin::fields` builder
    /// made of such steps (run as one aggregate initialization of the member, at its final
    /// address). Every rule is checked and names the member it concerns (see
    /// `build_aggregate`). A member with no default member initializer given here is
    /// value-initialized, as `T{...}` does (compilers warn with -Wmissing-field-initializers).
    template <auto M, auto... Ms>
    [[nodiscard]] auto defaulted() && {
        check_member<M>();
        auto next = std::move(*this).append(detail::default_step<M>{});
        if constexpr (sizeof...(Ms) == 0)
            return next;
        else
            return std::move(next).template defaulted<Ms...>();
    }

    /// Runs the steps at `slot`; see the class comment for what failure leaves behind.
    init_result<E> operator()(T* slot) && {
        constexpr int complete = detail::completeness<T>(member_types{});
        if constexpr (complete == 1) {
            detail::report_missing<T>(member_types{}, members{});  // the only diagnostic: index and type
            return {};                                             // not reached: it does not compile
        } else if constexpr (complete == 2) {
            static_assert(detail::dependent_false<T>,
                          "pin::fields<T>: cannot check that every member is initialized: T has an array of more than "
                          "256 elements next to a member that is neither default-constructible nor list-initializable "
                          "from one value; wrap the array in a struct");
            return {};
        } else if constexpr (has_default) {
            return std::move(*this).build_aggregate(slot);
        } else {
            static_assert(!detail::has_user_destructor<T>(member_types{}),
                          "pin::fields<T>: T has a user-provided destructor, so it is not an implicit-lifetime type "
                          "and its members cannot be built one by one; move the destructor body into T::drop() and "
                          "add a pin::drop_hook<T> member armed with .on_drop<&T::m>() (or give T a constructor)");
            static_assert(!detail::is_packed<T>(member_types{}),
                          "pin::fields<T>: T is packed (a member is less aligned than its type requires); pinned "
                          "fields must be properly aligned, so packed types cannot be built field-wise");
            static_assert(drop_is_last(), "pin::fields: on_drop<&T::m>() must be the last step");
            T* self = detail::start_lifetime(slot);
            if constexpr (has_drop)
                check_drop_hook_is_last(self);
            return run<0>(self);
        }
    }

private:
    template <class, class, class...>
    friend class fields;
    template <class, auto, class, class>
    friend struct detail::init_step;

    explicit fields(store&& steps) : steps_(std::move(steps)) {}

    template <class S>
    auto append(S&& step) && {
        return fields<T, E, Steps..., S>(detail::extend(std::move(steps_), std::move(step)));
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

    static consteval bool drop_is_last() {
        if constexpr (has_drop)
            return detail::step_type_at<sizeof...(Steps) - 1, store>::is_drop;
        else
            return true;
    }

    // The hook must be the member at the highest address, i.e. declared last (members are
    // laid out in declaration order), or members declared after it would be destroyed
    // before drop() runs.
    static void check_drop_hook_is_last([[maybe_unused]] T* self) noexcept {
#if PIN_DEBUG
        using Last = detail::step_type_at<sizeof...(Steps) - 1, store>;
        const void* hook = std::addressof(self->*Last::member);
        bool last = true;
        auto check = [&]<class S>(std::type_identity<S>) {
            if constexpr (S::is_field && !S::is_drop)
                last = last && static_cast<const void*>(std::addressof(self->*S::member)) < hook;
        };
        (check(std::type_identity<Steps>{}), ...);
        PIN_ASSERT(last, "pin::fields: the pin::drop_hook<T> member must be declared last in T");
#endif
    }

    // --- a builder with defaulted<>() members: one aggregate initialization ---------------
    //
    // `::new (slot) T{v0, v1, ..., vk}`, vj converting to the j-th member by running step j:
    // the members after vk take their default member initializers. Rollback is the
    // language's: an exception from step j destroys members j-1 .. 0 (no step can fail
    // otherwise: an error value cannot stop an aggregate initialization). Checked, each with
    // one error naming the member (its member pointer in the instantiation shown): steps are
    // written in declaration order, every defaulted member follows them, every step makes a
    // value, and there are no then()/on_drop() steps.

    // The position (in Steps) of the step naming the member that breaks the order, or no_index
    // (only without then() steps, so that positions among field steps are positions in Steps).
    static consteval std::size_t misplaced_step() {
        using indices = decltype(detail::indices_of<T, field_count>(members{}));
        const bool is_default[] = {Steps::is_default..., false};
        std::size_t j = 0;  // the element the next value step must build
        for (std::size_t k = 0; k < sizeof...(Steps); ++k) {
            if (is_default[k])
                continue;
            if (indices::value.at[k] != j) {
                for (std::size_t q = 0; q < sizeof...(Steps); ++q)
                    if (indices::value.at[q] == j)
                        return q;
            }
            ++j;
        }
        return detail::no_index;
    }
    static consteval std::size_t first_step_without_value() {
        const bool ok[] = {(Steps::is_default || Steps::makes_value())..., true};
        for (std::size_t k = 0; k < sizeof...(Steps); ++k)
            if (!ok[k])
                return k;
        return detail::no_index;
    }
    struct value_positions {
        static constexpr std::size_t count = (std::size_t{0} + ... + (Steps::is_default ? 0 : 1));
        struct array {
            std::size_t at[count + 1];
        };
        static constexpr array value = [] {
            const bool is_default[] = {Steps::is_default..., true};
            array r{};
            std::size_t j = 0;
            for (std::size_t k = 0; k < sizeof...(Steps); ++k)
                if (!is_default[k])
                    r.at[j++] = k;
            return r;
        }();
    };

    template <std::size_t... J>
    static consteval bool aggregate_ok(std::index_sequence<J...>) {
        using detail::step_type_at;
        if constexpr (detail::has_pinned_base<T>)
            return requires {
                T{{}, detail::make_prvalue<std::remove_cv_t<
                          typename step_type_at<value_positions::value.at[J], store>::member_type>>()...};
            };
        else
            return requires {
                T{detail::make_prvalue<
                    std::remove_cv_t<typename step_type_at<value_positions::value.at[J], store>::member_type>>()...};
            };
    }
    // The T, as a prvalue: its result object is the T being initialized at `self` (by the
    // new-expression in build_aggregate, or as the member a nested builder builds).
    template <std::size_t... J>
    T make_aggregate(T* self, std::index_sequence<J...>) {
        using detail::step_type_at;
        if constexpr (detail::has_pinned_base<T>)
            return T{{}, detail::member_value<step_type_at<value_positions::value.at[J], store>, T>{
                             &detail::step_at<value_positions::value.at[J]>(steps_), self}...};
        else
            return T{detail::member_value<step_type_at<value_positions::value.at[J], store>, T>{
                &detail::step_at<value_positions::value.at[J]>(steps_), self}...};
    }

    // Whether this builder can run as one aggregate initialization returning its T: what
    // build_aggregate checks, as a question (asked of a nested builder by an outer builder
    // with defaulted<>() members). Also true for a complete builder without defaulted<>()
    // members whose steps all make values in declaration order: T{...} then builds the same
    // members, in the same order, with the same values.
    static consteval bool builds_value() {
        if constexpr (sizeof...(Steps) == 0 || field_count != sizeof...(Steps) || has_drop)
            return false;
        else if constexpr (first_step_without_value() != detail::no_index)
            return false;
        else if constexpr (detail::completeness<T>(member_types{}) != 0)
            return false;
        else if constexpr (!detail::elements_usable<T, field_count>)
            return false;
        else if constexpr (misplaced_step() != detail::no_index)
            return false;
        else
            return aggregate_ok(std::make_index_sequence<value_positions::count>{}) &&
                   !detail::is_packed<T>(member_types{});
    }
    T make_value(T* self) && { return make_aggregate(self, std::make_index_sequence<value_positions::count>{}); }

    init_result<E> build_aggregate(T* slot) && {
        using seq = std::make_index_sequence<value_positions::count>;
        if constexpr (field_count != sizeof...(Steps) || has_drop) {
            static_assert(detail::dependent_false<T>,
                          "pin::fields<T>: a builder with defaulted<>() members cannot have then() or on_drop() steps: "
                          "it runs as one aggregate initialization of T, with nothing in between and the "
                          "drop_hook not last; give the defaulted members steps (set<&T::m>(value)) instead");
            return {};
        } else if constexpr (!detail::elements_usable<T, field_count>) {
            static_assert(detail::dependent_false<T>,
                          "pin::fields<T>: defaulted<>() supports aggregates of at most 32 members (the library "
                          "locates members with a structured binding); give the defaulted members steps instead");
            return {};
        } else if constexpr (constexpr std::size_t q = misplaced_step(); q != detail::no_index) {
            using S = detail::step_type_at<q, store>;
            if constexpr (S::is_default)
                static_assert(detail::defaulted_member_before_a_step<S::member>::value,
                              "pin::fields<T>::defaulted<&T::m>(): this member is declared before a member that a "
                              "step builds, but aggregate initialization can leave out only the members after the "
                              "last one it initializes: give it a step (e.g. set<&T::m>(its default value)) or "
                              "declare it after the members built by steps");
            else
                static_assert(detail::step_out_of_declaration_order<S::member>::value,
                              "pin::fields<T>: with defaulted<>() members the steps run as one aggregate "
                              "initialization, in declaration order: write the steps in the order the members are "
                              "declared (this member comes earlier)");
            return {};
        } else if constexpr (constexpr std::size_t q = first_step_without_value(); q != detail::no_index) {
            static_assert(detail::step_needs_an_address<detail::step_type_at<q, store>::member>::value,
                          "pin::fields<T>: with defaulted<>() members the builder runs as one aggregate "
                          "initialization of T (the only way C++ runs a default member initializer), where each "
                          "member is built from a prvalue: this member's step must be set<&T::m>(args...), a value, "
                          "pin::construct<M>(args...), a callable returning the member, or a nested pin::fields "
                          "builder made of such steps, not an initializer (which writes to an address and may "
                          "fail); or give the defaulted members steps instead");
            return {};
        } else if constexpr (!aggregate_ok(seq{})) {
            static_assert(detail::dependent_false<T>,
                          "pin::fields<T>: a member given to defaulted<>() has no default member initializer and "
                          "cannot be initialized from {}: give it a step");
            return {};
        } else {
            static_assert(!detail::is_packed<T>(member_types{}),
                          "pin::fields<T>: T is packed (a member is less aligned than its type requires); pinned "
                          "fields must be properly aligned, so packed types cannot be built field-wise");
            ::new (detail::voidify(slot)) T(make_aggregate(slot, seq{}));
            return {};
        }
    }

    template <std::size_t K>
    init_result<E> run(T* self) {
        if constexpr (K == sizeof...(Steps)) {
            static_cast<void>(self);
            return {};
        } else {
            using S = detail::step_type_at<K, store>;
            if constexpr (S::is_drop) {
                // Last step: nothing can fail after it, so drop() never runs on rollback.
                ::new (detail::voidify(std::addressof(self->*S::member))) drop_hook<T>(self);
                return {};
            } else {
                if (auto r = std::move(detail::step_at<K>(steps_)).run(self); !r)
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
    }

    store steps_;
};

}  // namespace pin
