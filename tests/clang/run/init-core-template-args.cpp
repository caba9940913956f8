// A call of an init function template with explicit template arguments that
// omits the slot constructs its result object in place: the object's
// recorded self-address is its final address, for a local, a member and a
// heap object, at -O0 and -O2.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
#include <cstdio>

struct node {
  node *self;
  int v;
};
template <class T> void make_self(init T &self, int v) {
  self.self = &self;
  self.v = v;
}
struct holder {
  int tag;
  node n;
};

int main() {
  node local = make_self<node>(1);
  holder h{2, make_self<node>(2)};
  node *heap = new node(make_self<node>(3));
  std::printf("%d %d %d %d %d %d\n", local.self == &local, local.v,
              h.n.self == &h.n, h.n.v, heap->self == heap, heap->v);
  // CHECK: 1 1 1 2 1 3
  delete heap;
}
