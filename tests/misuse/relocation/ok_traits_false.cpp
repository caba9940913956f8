// The relocation traits are false for pinned classes.
// expected-no-diagnostics
#include <type_traits>
struct [[pinned]] P { P* self = this; int v = 0; };
struct Holder { P p; };
static_assert(!__is_trivially_relocatable(P));
static_assert(!__is_trivially_relocatable(Holder));
static_assert(!std::is_trivially_copyable_v<P>);
static_assert(!std::is_trivially_copyable_v<Holder>);
static_assert(sizeof(Holder) == sizeof(P));
