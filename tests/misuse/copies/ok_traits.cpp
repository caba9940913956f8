// The standard traits see that pinned classes cannot be copied or moved.
// expected-no-diagnostics
#include <concepts>
#include <type_traits>
struct [[pinned]] P { P* self = this; int v = 0; };
struct Derived : P {};
static_assert(!std::is_copy_constructible_v<P>);
static_assert(!std::is_move_constructible_v<P>);
static_assert(!std::copyable<Derived>);
static_assert(!std::movable<P>);
static_assert(std::is_default_constructible_v<P>);
static_assert(__is_pinned(Derived));
static_assert(!__is_pinned(P*));
