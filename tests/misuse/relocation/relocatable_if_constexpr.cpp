// A container that picks memcpy for "trivially copyable" elements would
// relocate; the trait is false for pinned types, so the static_assert fires.
#include <type_traits>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 0+ {{'P' is declared 'pinned' here}}
template <class T> constexpr bool can_memcpy = std::is_trivially_copyable_v<T>;
static_assert(can_memcpy<P>); // expected-error {{static assertion failed due to requirement 'can_memcpy<P>'}}
