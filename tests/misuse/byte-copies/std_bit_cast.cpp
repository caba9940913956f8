// std::bit_cast requires trivially copyable types; a pinned type is not.
#include <bit>
struct [[pinned]] Q { long bits; }; // expected-note 1+ {{'Q' is pinned: its objects cannot be copied, moved or relocated}} expected-note 0+ {{'Q' is declared 'pinned' here}}
long use(Q& q) {
  return std::bit_cast<long>(q); // expected-error {{no matching function for call to 'bit_cast'}}
}
// expected-note@*:* {{candidate template ignored: constraints not satisfied}}
// expected-note@*:* {{because '__is_trivially_copyable(Q)' evaluated to false}}
