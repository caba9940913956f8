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
extern "C" void bcopy(const void *, void *, size_t);
namespace std {
using ::memcpy;
using ::memmove;
using ::realloc;
} // namespace std

struct [[pinned]] P { P *self; }; // expected-note 16 {{'P' is declared 'pinned' here}} werror-note 16 {{'P' is declared 'pinned' here}}
struct Outer { int a; P p; };      // expected-note 4 {{'Outer' is pinned because its member 'p' of type 'P' is pinned}} werror-note 4 {{'Outer' is pinned because its member 'p' of type 'P' is pinned}}
struct Plain { int a; };
using PAlias = const P;

// One call gets one diagnostic, for its first pinned operand, and the type is
// named as declared: no alias, no cv-qualifier.
void relocate(P *p, P *q, Outer *o, Outer *o2, Plain *x, Plain *y, void *raw,
              PAlias *alias) {
  memcpy(p, q, sizeof(P));
  // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note@-1 {{cast the pointer to 'void *' explicitly to silence this error}}
  // werror-warning@-2 {{destination for this 'memcpy' call is a pointer to pinned type 'P'}} werror-note@-2 {{cast the pointer to 'void *' explicitly}}
  memcpy(raw, alias, sizeof(P));
  // expected-error@-1 {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{source of this 'memcpy' call}} werror-note@-2 {{cast the pointer}}
  memmove(o, o2, sizeof(Outer));
  // expected-error@-1 {{destination for this 'memmove' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{this 'memmove' call}} werror-note@-2 {{cast the pointer}}
  mempcpy(raw, o, sizeof(Outer));
  // expected-error@-1 {{source of this 'mempcpy' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{source of this 'mempcpy' call}} werror-note@-2 {{cast the pointer}}
  std::memcpy(p, raw, sizeof(P));
  // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{destination for this 'memcpy' call}} werror-note@-2 {{cast the pointer}}
  std::memmove(raw, p, sizeof(P));
  // expected-error@-1 {{source of this 'memmove' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{source of this 'memmove' call}} werror-note@-2 {{cast the pointer}}
  __builtin_memcpy(p, raw, sizeof(P));
  // expected-error@-1 {{destination for this '__builtin_memcpy' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'__builtin_memcpy' call}} werror-note@-2 {{cast the pointer}}
  __builtin_memmove(raw, o, sizeof(Outer));
  // expected-error@-1 {{source of this '__builtin_memmove' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'__builtin_memmove' call}} werror-note@-2 {{cast the pointer}}
  __builtin_memcpy_inline(p, q, sizeof(P));
  // expected-error@-1 {{destination for this '__builtin_memcpy_inline' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'__builtin_memcpy_inline' call}} werror-note@-2 {{cast the pointer}}
  P *moved = (P *)realloc(p, 2 * sizeof(P));
  // expected-error@-1 {{argument of this 'realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{argument of this 'realloc' call}} werror-note@-2 {{cast the pointer}}
  moved = (P *)std::realloc(p, sizeof(P));
  // expected-error@-1 {{argument of this 'realloc' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{argument of this 'realloc' call}} werror-note@-2 {{cast the pointer}}
  moved = (P *)__builtin_realloc(o, sizeof(Outer));
  // expected-error@-1 {{argument of this '__builtin_realloc' call is a pointer to pinned type 'Outer'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{argument of this '__builtin_realloc' call}} werror-note@-2 {{cast the pointer}}

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

// An array of pinned objects decays to a pointer to its first element.
void relocate_array(const void *raw) {
  P arr[4];
  P grid[2][2];
  memcpy(arr, raw, sizeof(arr));
  // expected-error@-1 {{destination for this 'memcpy' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'memcpy' call}} werror-note@-2 {{cast the pointer}}
  memmove(grid, raw, sizeof(grid));
  // expected-error@-1 {{destination for this 'memmove' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'memmove' call}} werror-note@-2 {{cast the pointer}}
  memcpy((void *)arr, raw, sizeof(arr));
}

// bcopy, the BSD spelling of memmove, takes the source first.
void relocate_bsd(P *p, const void *raw) {
  bcopy(raw, p, sizeof(P));
  // expected-error@-1 {{destination for this 'bcopy' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'bcopy' call}} werror-note@-2 {{cast the pointer}}
  bcopy(p, (void *)raw, sizeof(P));
  // expected-error@-1 {{source of this 'bcopy' call is a pointer to pinned type 'P'}} expected-note@-1 {{cast the pointer}}
  // werror-warning@-2 {{'bcopy' call}} werror-note@-2 {{cast the pointer}}
  bcopy((const void *)p, (void *)raw, sizeof(P));
}
