// Calls through pointers to init member functions construct in place (review
// item I7): the slot omitted (the result object) or explicit.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
#include <cstdio>
#include <new>

struct node pinned {
  node *self;
  int value;
};
struct maker {
  int base;
  void make(init node &self, int v) const {
    self.self = &self;
    self.value = base + v;
  }
};

int main() {
  maker m{40};
  void (maker::*pm)(init node &, int) const = &maker::make;
  node a = (m.*pm)(2);
  alignas(node) unsigned char raw[sizeof(node)];
  node *p = reinterpret_cast<node *>(raw);
  (m.*pm)(init *p, 3);
  // CHECK: a: in place 42, p: in place 43
  std::printf("a: %s %d, p: %s %d\n", a.self == &a ? "in place" : "MOVED",
              a.value, p->self == p ? "in place" : "MOVED", p->value);
  p->~node();
}
