// Bit-casting a pointer to a pinned object is not a relocation.
// expected-no-diagnostics
#include <bit>
#include <cstdint>
struct [[pinned]] P { P* self = this; int v = 0; };
std::uintptr_t use(P* p) { return std::bit_cast<std::uintptr_t>(p) + __builtin_bit_cast(std::uintptr_t, p); }
