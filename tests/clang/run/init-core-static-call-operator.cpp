// Static call operators (C++23) that are init functions: the object argument
// of 'f(...)' is not the slot, so a call that omits the slot constructs the
// result object in place whether the operator is static or not, written as a
// call of the object or of the operator by name. (Review item I6: the slot was
// looked for at argument 0, the object, and code generation asserted.)
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
#include <cstdio>

struct node pinned {
  node *self;
  int value;
};

struct maker {
  static void operator()(init node &self, int v) {
    self.self = &self;
    self.value = v;
  }
};

int main() {
  maker m;
  node a = m(1);
  node b = maker::operator()(2);
  auto lambda = [](init node &self, int v) static {
    self.self = &self;
    self.value = v;
  };
  node c = lambda(3);
  // CHECK: a: in place 1, b: in place 2, c: in place 3
  std::printf("a: %s %d, b: %s %d, c: %s %d\n",
              a.self == &a ? "in place" : "MOVED", a.value,
              b.self == &b ? "in place" : "MOVED", b.value,
              c.self == &c ? "in place" : "MOVED", c.value);
}
