// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify -Wpinned %s
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify=off -Wno-pinned-storage-reuse %s
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify=off -Wno-pinned %s
// off-no-diagnostics

typedef __SIZE_TYPE__ size_t;
void *operator new(size_t, void *p) noexcept;
namespace std {
template <class T> constexpr T *addressof(T &r) noexcept { return __builtin_addressof(r); }
template <class T> constexpr void destroy_at(T *p) { p->~T(); }
} // namespace std

struct [[pinned]] P { // expected-note 8 {{'P' is declared 'pinned' here}}
  P *self = this;
  ~P();
  void reset();
};
struct Holder { P member; int x; }; // expected-note {{'Holder' is pinned because its member 'member' of type 'P' is pinned}}
struct Plain { int x; };

void reuse_live(P &p, Holder &h, Plain &q) {
  P local;
  new (&local) P;                // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first, so that it is not alive when its storage is reused}}
  new (std::addressof(p)) P;     // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  new (&h.member) P;             // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  new (&h) int(3);               // expected-warning {{placement new reuses the storage of a live object of pinned type 'Holder'}} expected-note {{destroy the object first}}
  new (&q) Plain{1};             // not pinned
}

void P::reset() {
  new (this) P;                  // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
}

// Destroying the object first is the correct pattern and is not diagnosed.
void destroy_then_reuse(P &p, Holder &h, P *ptr) {
  p.~P();
  new (&p) P;
  h.member.~P();
  new (&(h.member)) P;
  std::destroy_at(&p);
  new (&p) P;
  // After the placement new the object is alive again.
  new (&p) P;                    // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
}

// A pointer the compiler cannot see is alive may point at storage nothing
// lives in yet: initialization code constructs through such pointers all the
// time, whole objects and members alike.
void construct_into(P *slot, Holder *holder_slot, P *ptr) {
  new (slot) P;
  new (&holder_slot->member) P;
  new (&*ptr) P;
}

struct Owner {
  P first;
  P array[2];
  void rebuild();
};
void Owner::rebuild() {
  new (&first) P;                // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  new (&array[1]) P;             // expected-warning {{placement new reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
}

// Constructing into raw storage is what placement new is for.
void fresh_storage() {
  alignas(P) unsigned char buffer[sizeof(P)];
  P *p = new (buffer) P;
  p->~P();
}
