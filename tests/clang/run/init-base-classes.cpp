// Direct base classes constructed by an init function: a pinned base built in
// place by 'static_cast<B &>(self) = B(...)', a base with a default built on
// entry; an exception or a failure return destroys the members, then the
// bases in reverse declaration order, each at its address.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <string>
#include <expected>
#include "Inputs/tracked_part.h"
struct [[clang::pinned]] base_a { part p; explicit base_a(char n) : p(n) {} };
struct base_b { part q{'B'}; };          // a default
struct tag {};                             // stateless: untracked
struct derived : base_a, base_b, tag {
  part m;
  int id;
};
void make(init derived& self, int id, int at) {
  static_cast<base_a&>(self) = base_a('a');
  maybe_throw(0, at);
  self.m = part('m');
  maybe_throw(1, at);
  self.id = id;
}
std::expected<void, int> make_f(init derived& self, int id) {
  self.m = part('m');
  if (id < 0) return std::unexpected(id);
  static_cast<base_a&>(self) = base_a('a');
  self.id = id;
  return {};
}
int main() {
  for (int at = 0; at <= 2; ++at) {
    events.clear();
    alignas(derived) unsigned char st[sizeof(derived)];
    auto* d = reinterpret_cast<derived*>(st);
    try {
      make(init *d, 5, at);
      bool in_place = d->p.self == &d->p && d->q.self == &d->q && d->m.self == &d->m;
      std::printf("ok: %s id=%d in_place=%d\n", events.c_str(), d->id, in_place);
      d->~derived();
      std::printf("  after: %s alive=%d\n", events.c_str(), alive);
    } catch (int s) { std::printf("at=%d: %s alive=%d threw=%d\n", at, events.c_str(), alive, s); }
  }
  for (int id : {-1, 3}) {
    events.clear();
    alignas(derived) unsigned char st[sizeof(derived)];
    auto* d = reinterpret_cast<derived*>(st);
    if (auto r = make_f(init *d, id); !r) std::printf("fail: %s alive=%d\n", events.c_str(), alive);
    else { std::printf("ok: %s\n", events.c_str()); d->~derived(); }
  }
  {
    derived pr = make(7, -1);
    std::printf("prvalue: id=%d p=%c q=%c in_place=%d\n", pr.id, pr.p.name,
                pr.q.name, pr.p.self == &pr.p && pr.q.self == &pr.q);
  }
  std::printf("end: alive=%d\n", alive);
  // CHECK:      at=0: +B+a-B-a alive=0 threw=0
  // CHECK-NEXT: at=1: +B+a+m-m-B-a alive=0 threw=1
  // CHECK-NEXT: ok: +B+a+m id=5 in_place=1
  // CHECK-NEXT:   after: +B+a+m-m-B-a alive=0
  // CHECK-NEXT: fail: +B+m-m-B alive=0
  // CHECK-NEXT: ok: +B+m+a
  // CHECK-NEXT: prvalue: id=7 p=a q=B in_place=1
  // CHECK-NEXT: end: alive=0
}
