// A relocation fast path constrained on trivial copyability rejects pinned types.
#include <cstring>
#include <type_traits>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}} expected-note 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
template <class T> requires std::is_trivially_copyable_v<T> // expected-note {{because 'std::is_trivially_copyable_v<P>' evaluated to false}}
void fast_relocate(T* to, T* from) { std::memcpy(to, from, sizeof(T)); } // expected-note {{candidate template ignored: constraints not satisfied [with T = P]}}
void use(P* a, P* b) {
  fast_relocate(a, b); // expected-error {{no matching function for call to 'fast_relocate'}}
}
