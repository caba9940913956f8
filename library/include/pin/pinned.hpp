// pin/pinned.hpp - the pinned marker and the is_pinned trait.
#pragma once

#include <pin/config.hpp>

#include <type_traits>

namespace pin {

/// Marker that makes a class pinned: derive from it (or hold it as a member).
///
/// Natively it carries `[[pinned]]`, which is transitive through bases and members, so
/// the compiler deletes the copy/move operations of every class that contains it and
/// rejects memcpy/relocation with its own diagnostic. Stock compilers have no such
/// property, so there it deletes copy and move itself: deleting them in a base or member
/// is what makes the implicit ones of the enclosing class deleted as well.
///
/// It is empty and trivially default-constructible, so a class deriving from it can
/// still be an aggregate built by `pin::fields` and can still be `pin::zeroed`.
struct PIN_PINNED pinned {
#if !PIN_HAS_NATIVE_PINNED
    pinned() = default;
    pinned(const pinned&) = delete;
    pinned& operator=(const pinned&) = delete;
#endif
};

namespace detail {
template <class T>
consteval bool approximately_pinned() {
    using U = std::remove_cv_t<std::remove_all_extents_t<T>>;
    if constexpr (!std::is_object_v<U> || std::is_abstract_v<U>)
        return false;
    else
        return std::is_base_of_v<pinned, U> || !std::is_move_constructible_v<U>;
}
}  // namespace detail

/// True if objects of type `T` never change address after construction.
///
/// Natively this is `__is_pinned(T)`. On stock compilers it is an approximation: `T` (or
/// its array element type) derives from `pin::pinned` or cannot be move-constructed.
/// That catches everything that derives from `pin::pinned` and also the classic
/// "don't move me" types (`std::mutex`, `std::atomic`, ...), which is the property
/// projections need: a member that cannot be moved can only be handed out pinned.
#if PIN_HAS_NATIVE_PINNED
template <class T>
inline constexpr bool is_pinned_v = __is_pinned(T);
#else
template <class T>
inline constexpr bool is_pinned_v = detail::approximately_pinned<T>();
#endif

}  // namespace pin
