// Pinning changes how objects are copied and passed, never how they are laid
// out: each pinned class has the size, alignment and member offsets of its
// unpinned twin, on the Itanium ABIs (which reuse tail padding of non-POD
// bases: x86-64, AArch64 Linux; Apple arm64 decides POD by C++11 triviality)
// and the Microsoft ABI.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++20 -fsyntax-only -Wno-invalid-offsetof -verify %s
// RUN: %clang_cc1 -triple aarch64-linux-gnu -std=c++20 -fsyntax-only -Wno-invalid-offsetof -verify %s
// RUN: %clang_cc1 -triple arm64-apple-ios -std=c++20 -fsyntax-only -Wno-invalid-offsetof -verify %s
// RUN: %clang_cc1 -triple x86_64-windows-msvc -std=c++20 -fsyntax-only -Wno-invalid-offsetof -Wno-unknown-attributes -verify %s
// RUN: %clang_cc1 -triple aarch64-windows-msvc -std=c++20 -fsyntax-only -Wno-invalid-offsetof -Wno-unknown-attributes -verify %s
// expected-no-diagnostics

#define offsetof(T, m) __builtin_offsetof(T, m)
#define SAME_LAYOUT(A, B)                                                      \
  static_assert(sizeof(A) == sizeof(B));                                       \
  static_assert(alignof(A) == alignof(B))

struct [[clang::pinned]] A { int i; char c; };
struct UA { int i; char c; };
SAME_LAYOUT(A, UA);
static_assert(__is_pinned(A) && !__is_pinned(UA));

// A derived class must not move its members into the base's tail padding.
struct B : A { char d; };
struct UB : UA { char d; };
SAME_LAYOUT(B, UB);
static_assert(offsetof(B, d) == offsetof(UB, d));

// Two levels down, through a class that is pinned only by its base.
struct C : B { char e; };
struct UC : UB { char e; };
SAME_LAYOUT(C, UC);
static_assert(offsetof(C, e) == offsetof(UC, e));

// [[no_unique_address]] members reuse tail padding by the same rule.
struct N { [[no_unique_address]] A a; char d; };
struct UN { [[no_unique_address]] UA a; char d; };
SAME_LAYOUT(N, UN);
static_assert(offsetof(N, d) == offsetof(UN, d));
#ifdef _WIN32
// The Microsoft ABI spells it [[msvc::no_unique_address]].
struct MN { [[msvc::no_unique_address]] A a; char d; };
struct UMN { [[msvc::no_unique_address]] UA a; char d; };
SAME_LAYOUT(MN, UMN);
static_assert(offsetof(MN, d) == offsetof(UMN, d));
#endif

// The keyword spelling, an empty pinned base, and a pinned member.
struct E pinned {};
struct UE {};
struct D2 : E { int x; };
struct UD2 : UE { int x; };
SAME_LAYOUT(D2, UD2);
struct M { char c; A a; char d; };
struct UM { char c; UA a; char d; };
SAME_LAYOUT(M, UM);
static_assert(offsetof(M, a) == offsetof(UM, a) && offsetof(M, d) == offsetof(UM, d));

// A class that is not trivial anyway (user-provided copy) keeps its layout too.
struct [[clang::pinned]] F { F(); F(const F &); int i; char c; };
struct UF { UF(); UF(const UF &); int i; char c; };
struct G : F { char d; };
struct UG : UF { char d; };
SAME_LAYOUT(G, UG);
static_assert(offsetof(G, d) == offsetof(UG, d));

// Packed: pinning does not stop a packed attribute from applying to a member.
struct __attribute__((packed)) Packed { char c; A a; };
struct __attribute__((packed)) UPacked { char c; UA a; };
SAME_LAYOUT(Packed, UPacked);
