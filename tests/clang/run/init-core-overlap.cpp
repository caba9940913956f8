// An explicit slot may be a potentially-overlapping member: the init function
// constructs the slot without writing the tail padding that the enclosing
// object reuses for its next member, whether it builds the slot as a whole
// ('self = o;') or member by member, and a call that omits the slot into such
// a member does the same.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <cstring>
#include <new>

// Not POD for layout: 'outer::d' lives in the tail padding of 'outer::t'.
struct tp {
  int i;
  char c;
  tp(int i) : i(i), c('c') {}
  tp(const tp &) = default;
  friend void fieldwise(init tp &self, int i);
};
struct outer {
  [[no_unique_address]] tp t;
  char d;
};
static_assert(sizeof(tp) == 8 && sizeof(outer) == 8, "d is in t's tail padding");

void copy_whole(init tp &self, const tp &o) { self = o; }
void fieldwise(init tp &self, int i) {
  self.i = i;
  self.c = 'f';
}

void d_first_then_whole(init outer &self, const tp &o) {
  self.d = 'D';
  copy_whole(init self.t, o);
}
void d_first_then_fieldwise(init outer &self) {
  self.d = 'E';
  fieldwise(init self.t, 7);
}

int main() {
  // Garbage in the tail padding of the source must not reach 'd'.
  alignas(tp) unsigned char raw[sizeof(tp)];
  std::memset(raw, 0x5a, sizeof raw);
  tp *src = new (raw) tp(41);

  outer a = d_first_then_whole(*src);
  // CHECK: whole: t.i=41 t.c=c d=D
  std::printf("whole: t.i=%d t.c=%c d=%c\n", a.t.i, a.t.c, a.d);

  outer b = d_first_then_fieldwise();
  // CHECK: fieldwise: t.i=7 t.c=f d=E
  std::printf("fieldwise: t.i=%d t.c=%c d=%c\n", b.t.i, b.t.c, b.d);
}
