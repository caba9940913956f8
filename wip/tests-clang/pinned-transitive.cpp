// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s

// A class is pinned when it is declared so or holds a pinned subobject.
struct [[pinned]] list_head { list_head *next, *prev; };

struct Base : list_head {};
struct Member { int irq; list_head waiters; };
struct Array { list_head slots[4]; };
struct MultiArray { list_head grid[2][3]; };
struct Nested { Member m; };
struct AnonUnion { union { list_head node; int raw; }; };
struct AnonStruct { struct { int a; list_head node; }; };
union PinnedInUnion { list_head node; char bytes[16]; };
struct VirtualBase : virtual list_head {};
struct Indirect : Base {};
struct Plain { int a; list_head *pointer; list_head &reference; };
struct StaticMember { static list_head shared; };

static_assert(__is_pinned(Base));
static_assert(__is_pinned(Member));
static_assert(__is_pinned(Array));
static_assert(__is_pinned(MultiArray));
static_assert(__is_pinned(Nested));
static_assert(__is_pinned(AnonUnion));
static_assert(__is_pinned(AnonStruct));
static_assert(__is_pinned(PinnedInUnion));
static_assert(__is_pinned(VirtualBase));
static_assert(__is_pinned(Indirect));
// Pointers, references and static members do not hold the object.
static_assert(!__is_pinned(Plain));
static_assert(!__is_pinned(StaticMember));

// Templates are decided per specialization: the library wrappers that store
// their value in a union member (optional, expected, variant) become pinned.
template <class T> struct optional_like {
  union { char empty; T value; };
  bool engaged;
};
template <class T, class E> struct expected_like {
  union { T value; E error; };
  bool has_value;
};
template <class... Ts> union variadic_union {};
template <class T, class... Ts> union variadic_union<T, Ts...> {
  T first;
  variadic_union<Ts...> rest;
};
template <class... Ts> struct variant_like {
  variadic_union<Ts...> storage;
  unsigned index;
};
static_assert(__is_pinned(optional_like<list_head>));
static_assert(!__is_pinned(optional_like<int>));
static_assert(__is_pinned(expected_like<int, list_head>));
static_assert(__is_pinned(variant_like<int, double, list_head>));
static_assert(!__is_pinned(variant_like<int, double>));

template <class T> struct Holder : T {};
static_assert(__is_pinned(Holder<list_head>));
static_assert(!__is_pinned(Holder<Plain>));

// A dependent member is decided at instantiation.
template <class T> struct Deferred { T value; };
static_assert(__is_pinned(Deferred<Member>));
static_assert(!__is_pinned(Deferred<Member *>));
// expected-no-diagnostics
