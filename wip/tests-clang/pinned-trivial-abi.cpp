// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s

struct [[pinned]] P { int x; }; // expected-note 2 {{'P' is declared 'pinned' here}}

struct [[pinned, clang::trivial_abi]] Both { int x; }; // expected-error {{'trivial_abi' cannot be applied to pinned type 'Both'}} expected-note {{'Both' is declared 'pinned' here}}

struct [[clang::trivial_abi]] HoldsPinned { // expected-error {{'trivial_abi' cannot be applied to pinned type 'HoldsPinned'}}
  P p; // expected-note {{'HoldsPinned' is pinned because its member 'p' of type 'P' is pinned}}
};

struct [[clang::trivial_abi]] DerivesPinned // expected-error {{'trivial_abi' cannot be applied to pinned type 'DerivesPinned'}}
    : P {}; // expected-note {{'DerivesPinned' is pinned because its base class 'P' is pinned}}

// The attribute is dropped: the classes still never pass in registers.
static_assert(!__can_pass_in_regs(Both));
static_assert(!__can_pass_in_regs(HoldsPinned));
static_assert(!__can_pass_in_regs(DerivesPinned));

// trivial_abi on a class that merely points to pinned objects is fine.
struct [[clang::trivial_abi]] Handle { P *p; };
static_assert(__can_pass_in_regs(Handle));
