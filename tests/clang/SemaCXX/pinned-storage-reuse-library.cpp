// Storage reuse spelled the way generic code spells it: placement new through
// a cast to void *, std::construct_at, the std::uninitialized_* algorithms,
// and making another member of a union active.
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify=off -Wno-pinned-storage-reuse %s
// off-no-diagnostics

typedef __SIZE_TYPE__ size_t;
void *operator new(size_t, void *p) noexcept;
namespace std {
template <class T> constexpr T *addressof(T &r) noexcept { return __builtin_addressof(r); }
template <class T, class... A> constexpr T *construct_at(T *p, A &&...a) {
  return ::new (static_cast<void *>(p)) T(static_cast<A &&>(a)...);
}
template <class T> constexpr void destroy_at(T *p) { p->~T(); }
template <class It> void uninitialized_default_construct(It first, It last);
template <class It, class N> It uninitialized_value_construct_n(It first, N n);
template <class It, class T> void uninitialized_fill(It first, It last, const T &v);
template <class In, class Out> Out uninitialized_copy(In first, In last, Out out);
} // namespace std

struct [[clang::pinned]] P { // expected-note 9 {{'P' is declared 'pinned' here}}
  P *self = this;
  P();
  ~P();
};

void generic_spellings(P &p) {
  P local;
  ::new (static_cast<void *>(&local)) P; // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  ::new ((void *)std::addressof(p)) P;   // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  std::construct_at(&local);             // expected-warning {{call to 'std::construct_at<P>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  std::construct_at(std::addressof(p));  // expected-warning {{call to 'std::construct_at<P>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
}

void algorithms(const P *src) {
  P array[4];
  std::uninitialized_default_construct(array, array + 4); // expected-warning {{call to 'std::uninitialized_default_construct<P *>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  std::uninitialized_value_construct_n(&array[1], 2);     // expected-warning {{call to 'std::uninitialized_value_construct_n<P *, int>' reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
}

// Destroying first is the correct pattern, in every spelling.
void destroy_then_construct(P &p) {
  std::destroy_at(&p);
  std::construct_at(&p);
  p.~P();
  ::new (static_cast<void *>(&p)) P;
}

// Raw storage and pointers the compiler cannot see are alive are fine.
void raw(P *slot, unsigned char (&buffer)[sizeof(P)]) {
  std::construct_at(slot);
  ::new (static_cast<void *>(buffer)) P;
  std::uninitialized_default_construct(slot, slot + 2);
}

// A union whose pinned member may be active: assigning another member makes
// that one active and ends the pinned object's lifetime without destroying
// it. The check cannot know which member is active, so it assumes the pinned
// one may be.
union U {
  P p; // expected-note 2 {{destroy 'p' first if it may be the active member}}
  int i;
  U() : p() {}
  ~U() {}
};
struct WithAnonymous {
  union {
    P q; // expected-note {{destroy 'q' first if it may be the active member}}
    long l;
  };
  WithAnonymous() : q() {}
  ~WithAnonymous() {}
  void clear();
  void reset();
};

void switch_member(U &u) {
  u.i = 1; // expected-warning {{assignment to 'i' makes it the active member of the union, reusing the storage of 'p' of pinned type 'P' without destroying it}}
}
void switch_member_after_destroying(U &u) {
  u.p.~P();
  u.i = 1;
}
void WithAnonymous::clear() {
  l = 0; // expected-warning {{assignment to 'l' makes it the active member of the union, reusing the storage of 'q' of pinned type 'P' without destroying it}}
}
void WithAnonymous::reset() {
  q.~P();
  l = 0;
}
void local_union() {
  U u;
  u.i = 2; // expected-warning {{assignment to 'i' makes it the active member of the union, reusing the storage of 'p' of pinned type 'P' without destroying it}}
}
