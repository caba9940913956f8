// constexpr init functions are evaluated in constant expressions: a call that
// omits the slot constructs the object being initialized in place (its
// address is the object's), members are constructed in any order, variant
// members become active, reference members are bound, explicit slots of
// members and fallible calls work, and reading an alternative of a union
// that is not the constructed one is not a constant expression. The same
// with the bytecode interpreter (which, like Clang 19 without init
// parameters, does not check in C++20 that a constexpr function can ever be
// constant).
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -fcxx-exceptions -verify %s -isystem %S/Inputs
// RUN: %clang_cc1 -std=c++20 -fsyntax-only -fcxx-exceptions -verify=expected,cxx20 %s -isystem %S/Inputs
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -fcxx-exceptions -verify %s -isystem %S/Inputs -fexperimental-new-constant-interpreter

#include "init-std-expected.h"

// A pinned global built at compile time: its pointers are its own address.
struct [[clang::pinned]] list_head { list_head *next; list_head *prev; };
constexpr void make_list(init list_head &self) {
  self.next = &self;
  self.prev = &self;
}
constinit list_head run_queue = make_list();
constexpr list_head ring = make_list();
static_assert(ring.next == &ring && ring.prev == &ring);

// Locals of constexpr functions, defaults, members in any order.
struct S { int a; int b = 2; };
constexpr void make(init S &self, int a) { self.a = a; }
constexpr int sum(int a) {
  S s = make(a);
  return s.a * 10 + s.b;
}
static_assert(sum(4) == 42);

struct node {
  int bits : 3;
  list_head link;
  S inner;
  const int &limit;
};
constexpr int max_nodes = 16;
constexpr void make_node(init node &self) {
  self.inner = S{7, 8};
  make_list(init self.link);
  self.limit = max_nodes;
  self.bits = 9;                      // expected-warning {{implicit truncation from 'int' to bit-field changes value from 9 to 1}}
}
constexpr node n = make_node();
static_assert(n.bits == 1 && n.link.next == &n.link && n.inner.b == 8);
static_assert(&n.limit == &max_nodes);

// Unions: the constructed alternative is the active member.
struct tagged { bool is_int; union { int i; float f; }; };
constexpr void make_tagged(init tagged &self, bool is_int) {
  self.is_int = is_int;
  if (is_int)
    self.i = 1;
  else
    self.f = 2.0f;
}
constexpr tagged ti = make_tagged(true), tf = make_tagged(false);
static_assert(ti.i == 1 && tf.f == 2.0f);
constexpr int wrong_alternative() { tagged t = make_tagged(false); return t.i; }
constexpr int w = wrong_alternative(); // expected-error {{constexpr variable 'w' must be initialized by a constant expression}}
  // expected-note@-2 {{read of member 'i' of union with active member 'f' is not allowed in a constant expression}}
  // expected-note@-2 {{in call to 'wrong_alternative()'}}

// Fallible init functions through explicit slots of members.
constexpr std::expected<void, int> try_make(init S &self, int v) {
  if (v < 0)
    return std::unexpected(v);
  self.a = v;
  return {};
}
struct pair_of { S x; S y; };
constexpr void make_pair(init pair_of &self, int v) {
  if (auto r = try_make(init self.x, v); !r)
    throw r.error();                  // expected-note {{subexpression not valid in a constant expression}}
  self.y = S{4, 5};
}
constexpr pair_of p = make_pair(3);
static_assert(p.x.a == 3 && p.x.b == 2 && p.y.a == 4);
constexpr pair_of q = make_pair(-1); // expected-error {{constexpr variable 'q' must be initialized by a constant expression}}
                                     // expected-note@-1 {{in call to 'make_pair(q, -1)'}}

// Base class subobjects.
struct [[clang::pinned]] base_a { int p; constexpr explicit base_a(int n) : p(n) {} };
struct base_b { int q = 4; };
struct derived : base_a, base_b { int m; };
constexpr void make_derived(init derived &self, int v) {
  static_cast<base_a &>(self) = base_a(v);
  self.m = self.p + self.q;
}
constexpr derived d = make_derived(3);
static_assert(d.p == 3 && d.q == 4 && d.m == 7);

// A scalar slot.
constexpr void make_int(init int &self) { self = 42; }
static_assert(make_int() == 42);

// Still only constant where the function body is (C++20 says so at the
// definition already).
void log_it(); // #log-it
constexpr void make_logged(init S &self) { // cxx20-error {{constexpr function never produces a constant expression}}
  self.a = 1;
  log_it();                           // expected-note {{non-constexpr function 'log_it' cannot be used in a constant expression}}
                                      // cxx20-note@-1 {{non-constexpr function 'log_it' cannot be used in a constant expression}}
}                                     // cxx20-note@#log-it {{declared here}}
constexpr S logged = make_logged(); // expected-error {{constexpr variable 'logged' must be initialized by a constant expression}}
                                    // expected-note@-1 {{in call to 'make_logged(logged)'}}
                                    // expected-note@#log-it {{declared here}}
S at_run_time = make_logged();      // fine: dynamic initialization
