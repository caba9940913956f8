// RUN: %clang_cc1 -fsyntax-only -std=c++20 -Wno-deprecated-builtins -verify %s
// expected-no-diagnostics

// Every builtin trait that would let generic code copy, move or relocate the
// bytes of a pinned object answers false, even for a class whose members are
// all trivial.
struct [[pinned]] P { int x; };
struct HoldsP { P p; };
struct Trivial { int x; };

#define NOT_FOR_PINNED(T)                                                      \
  static_assert(!__is_trivially_copyable(T));                                  \
  static_assert(!__is_trivially_relocatable(T));                               \
  static_assert(!__is_trivial(T));                                             \
  static_assert(!__is_pod(T));                                                 \
  static_assert(!__is_bitwise_cloneable(T));                                   \
  static_assert(!__can_pass_in_regs(T));                                       \
  static_assert(!__has_trivial_copy(T));                                       \
  static_assert(!__has_trivial_assign(T));                                     \
  static_assert(!__has_trivial_move_constructor(T));                           \
  static_assert(!__has_trivial_move_assign(T));                                \
  static_assert(!__is_trivially_constructible(T, const T &));                  \
  static_assert(!__is_trivially_constructible(T, T &&));                       \
  static_assert(!__is_trivially_assignable(T &, const T &));                   \
  static_assert(!__is_trivially_assignable(T &, T &&));                        \
  static_assert(!__is_constructible(T, const T &));                            \
  static_assert(!__is_constructible(T, T &&));                                 \
  static_assert(!__is_assignable(T &, const T &));                             \
  static_assert(!__is_nothrow_constructible(T, T &&));                         \
  static_assert(__is_pinned(T))

NOT_FOR_PINNED(P);
NOT_FOR_PINNED(HoldsP);

// Arrays follow their element type.
static_assert(!__is_trivially_copyable(P[2]));
static_assert(!__is_trivially_relocatable(P[2]));
static_assert(!__is_pod(P[2]));

// Properties unrelated to moving are unchanged.
static_assert(__is_trivially_destructible(P));
static_assert(__is_trivially_constructible(P));
static_assert(__is_standard_layout(P));
static_assert(__is_aggregate(P));
static_assert(__is_aggregate(HoldsP));
static_assert(__has_trivial_destructor(P));

// The same class without the attribute is trivial in every respect.
static_assert(__is_trivially_copyable(Trivial));
static_assert(__is_trivially_relocatable(Trivial));
static_assert(__is_pod(Trivial));
static_assert(__can_pass_in_regs(Trivial));
static_assert(__has_trivial_copy(Trivial));
