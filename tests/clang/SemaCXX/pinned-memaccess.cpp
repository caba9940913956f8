// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify=nowarn -Wno-pinned-memaccess %s
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify=werror -Wno-error=pinned-memaccess %s
// nowarn-no-diagnostics

typedef __SIZE_TYPE__ size_t;
extern "C" void *memcpy(void *, const void *, size_t);
extern "C" void *memmove(void *, const void *, size_t);
extern "C" void *mempcpy(void *, const void *, size_t);
extern "C" void *memset(void *, int, size_t);
extern "C" int memcmp(const void *, const void *, size_t);
extern "C" void *realloc(void *, size_t);
namespace std {
using ::memcpy;
using ::memmove;
using ::realloc;
} // namespace std

struct [[pinned]] P { P *self; }; // expected-note 13 {{'P' is declared 'pinned' here}} werror-note 13 {{'P' is declared 'pinned' here}}
struct Outer { int a; P p; };      // expected-note 5 {{'Outer' is pinned because its member 'p' of type 'P' is pinned}} werror-note 5 {{'Outer' is pinned because its member 'p' of type 'P' is pinned}}
struct Plain { int a; };

void relocate(P *p, P *q, Outer *o, Outer *o2, Plain *x, Plain *y, void *raw) {
  memcpy(p, q, sizeof(P));
  // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note@-1 {{explicitly cast the pointer to silence this warning}}
  // expected-error@-2 {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note@-2 {{explicitly cast the pointer to silence this warning}}
  // werror-warning@-3 2 {{this 'memcpy' call is a pointer to pinned type 'P'}} werror-note@-3 2 {{explicitly cast}}
  memcpy(raw, p, sizeof(P));
  // expected-error@-1 {{source of this 'memcpy' call is a pointer to pinned type 'P'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{source of this 'memcpy' call}} werror-note@-2 {{explicitly cast}}
  memmove(o, o2, sizeof(Outer));
  // expected-error@-1 {{destination for this 'memmove' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{explicitly cast}}
  // expected-error@-2 {{source of this 'memmove' call is a pointer to pinned type 'Outer'}} expected-note@-2 {{explicitly cast}}
  // werror-warning@-3 2 {{this 'memmove' call}} werror-note@-3 2 {{explicitly cast}}
  mempcpy(raw, o, sizeof(Outer));
  // expected-error@-1 {{source of this 'mempcpy' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{source of this 'mempcpy' call}} werror-note@-2 {{explicitly cast}}
  std::memcpy(p, raw, sizeof(P));
  // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'P'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{destination for this 'memcpy' call}} werror-note@-2 {{explicitly cast}}
  std::memmove(raw, p, sizeof(P));
  // expected-error@-1 {{source of this 'memmove' call is a pointer to pinned type 'P'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{source of this 'memmove' call}} werror-note@-2 {{explicitly cast}}
  __builtin_memcpy(p, raw, sizeof(P));
  // expected-error@-1 {{destination for this '__builtin_memcpy' call is a pointer to pinned type 'P'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{'__builtin_memcpy' call}} werror-note@-2 {{explicitly cast}}
  __builtin_memmove(raw, o, sizeof(Outer));
  // expected-error@-1 {{source of this '__builtin_memmove' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{'__builtin_memmove' call}} werror-note@-2 {{explicitly cast}}
  P *moved = (P *)realloc(p, 2 * sizeof(P));
  // expected-error@-1 {{argument of this 'realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{argument of this 'realloc' call}} werror-note@-2 {{explicitly cast}}
  moved = (P *)std::realloc(p, sizeof(P));
  // expected-error@-1 {{argument of this 'realloc' call is a pointer to pinned type 'P'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{argument of this 'realloc' call}} werror-note@-2 {{explicitly cast}}
  moved = (P *)__builtin_realloc(o, sizeof(Outer));
  // expected-error@-1 {{argument of this '__builtin_realloc' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{explicitly cast}}
  // werror-warning@-2 {{argument of this '__builtin_realloc' call}} werror-note@-2 {{explicitly cast}}

  // Not relocations: filling, comparing, and the escape hatch of an explicit
  // cast; and byte copies of classes that are not pinned.
  memset(p, 0, sizeof(P));
  (void)memcmp(p, q, sizeof(P));
  memcpy((void *)p, (const void *)q, sizeof(P));
  moved = (P *)realloc((void *)p, sizeof(P));
  memcpy(x, y, sizeof(Plain));
  memmove(x, y, sizeof(Plain));
  memcpy(&p->self, &q->self, sizeof(P *));
}
