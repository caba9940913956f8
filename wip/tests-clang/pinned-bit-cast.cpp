// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s

struct [[pinned]] P { long x; };
// expected-note@-1 5 {{'P' is declared 'pinned' here}}
// expected-note@-2 {{'P' is pinned: its objects cannot be copied, moved or relocated}}
struct Outer { P p; }; // expected-note {{'Outer' is pinned because its member 'p' of type 'P' is pinned}}
struct Plain { long x; };

void casts(P &p, Outer &o, Plain &q, long l) {
  (void)__builtin_bit_cast(long, p);  // expected-error {{cannot bit-cast from pinned type 'P'}}
  (void)__builtin_bit_cast(P, l);     // expected-error {{cannot bit-cast to pinned type 'P'}}
  (void)__builtin_bit_cast(P, p);     // expected-error {{cannot bit-cast from pinned type 'P'}}
  (void)__builtin_bit_cast(long, o);  // expected-error {{cannot bit-cast from pinned type 'Outer'}}
  (void)__builtin_bit_cast(long, q);
  (void)__builtin_bit_cast(Plain, l);
}

// std::bit_cast is constrained on trivial copyability; the failed candidate
// says the type is pinned and why.
namespace std {
template <class To, class From>
  requires(sizeof(To) == sizeof(From) && __is_trivially_copyable(To) &&
           __is_trivially_copyable(From)) // expected-note {{because '__is_trivially_copyable(P)' evaluated to false}}
constexpr To bit_cast(const From &from) noexcept { // expected-note {{candidate template ignored: constraints not satisfied [with To = long, From = P]}}
  return __builtin_bit_cast(To, from);
}
} // namespace std

long std_bit_cast(P &p) {
  return std::bit_cast<long>(p); // expected-error {{no matching function for call to 'bit_cast'}}
}
