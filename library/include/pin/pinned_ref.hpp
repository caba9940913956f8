// pin/pinned_ref.hpp - pinned references and projections (pin-init's `Pin<&mut T>` and
// `#[pin]` field projections).
#pragma once

#include <pin/pinned.hpp>

#include <memory>
#include <type_traits>

namespace pin {

/// A reference to an object that stays at its address until its destructor runs.
///
/// Every pin emplacer hands one out (`box::as_ref`, `stack_slot::as_ref`, ...), and
/// `pin::project` turns one into references to members. Unlike Rust's `Pin<&mut T>` it
/// dereferences to `T&`: in C++ a reference to a pinned type cannot move the object
/// (its copy and move operations are deleted; natively memcpy/relocation are rejected too),
/// so no unsafe escape hatch is needed. What it adds is a type that says "pinned": APIs
/// that keep the address can ask for it, and projections use it to keep pinned members
/// pinned. For the same reason it converts implicitly from `T&`: a pinned T cannot be
/// anywhere but where it was built, and for an unpinned T pinning promises nothing.
template <class T>
class pinned_ref {
public:
    /// The pointee type.
    using element_type = T;

    /// Refers to `object`.
    pinned_ref(T& object) noexcept : p_(std::addressof(object)) {}

    /// Adds const: `pinned_ref<T>` converts to `pinned_ref<const T>`.
    template <class U>
        requires(!std::is_same_v<U, T> && std::is_convertible_v<U*, T*>)
    pinned_ref(pinned_ref<U> other) noexcept : p_(other.get()) {}

    /// The object's address.
    T* get() const noexcept { return p_; }
    /// The object.
    T& operator*() const noexcept { return *p_; }
    /// Member access.
    T* operator->() const noexcept { return p_; }

private:
    T* p_;
};

template <class T>
pinned_ref(T&) -> pinned_ref<T>;

namespace detail {
template <class From, class To>
using copy_const_t = std::conditional_t<std::is_const_v<From>, const To, To>;
}  // namespace detail

/// Projection: the member `M` of the object `r` refers to. A member whose type is pinned
/// (`pin::is_pinned_v`) comes back as `pinned_ref<Member>`, which does not convert to a
/// plain `Member&`, so a pinned field cannot silently escape its pinning; any other member
/// comes back as a plain `Member&` (it may be moved out or replaced, like a non-`#[pin]`
/// field). Constness of `T` carries over.
template <auto M, class T>
    requires std::is_member_object_pointer_v<decltype(M)>
[[nodiscard]] decltype(auto) project(pinned_ref<T> r) noexcept {
    using V = std::remove_reference_t<decltype(r.get()->*M)>;
    if constexpr (is_pinned_v<V>)
        return pinned_ref<V>(r.get()->*M);
    else
        return static_cast<V&>(r.get()->*M);
}

}  // namespace pin
