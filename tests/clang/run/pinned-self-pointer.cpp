// A pinned object passed by value from a prvalue is constructed where the
// callee sees it, and one returned by value is constructed where the caller
// keeps it, so a pointer to itself stays valid. The same class without the
// attribute is trivially copyable and travels in registers: the copy the
// other side sees no longer points at itself.
// RUN: %clangxx -std=c++20 -O0 %s -o %t.pinned0 && %t.pinned0 | FileCheck %s --check-prefix=PINNED
// RUN: %clangxx -std=c++20 -O2 %s -o %t.pinned2 && %t.pinned2 | FileCheck %s --check-prefix=PINNED
// RUN: %clangxx -std=c++20 -O0 -DUNPINNED %s -o %t.plain0 && %t.plain0 | FileCheck %s --check-prefix=UNPINNED
// RUN: %clangxx -std=c++20 -O2 -DUNPINNED %s -o %t.plain2 && %t.plain2 | FileCheck %s --check-prefix=UNPINNED
#include <cstdio>

#ifdef UNPINNED
#define PINNED_ATTR
#else
#define PINNED_ATTR [[pinned]]
#endif

struct PINNED_ATTR Node {
  Node *self;
  Node() : self(this) {}
};

__attribute__((noinline)) void inspect(Node n) {
  std::printf("argument: self == this: %s\n", n.self == &n ? "yes" : "no");
}

__attribute__((noinline)) Node make() { return Node(); }

int main() {
  inspect(Node());
  Node n = make();
  std::printf("return value: self == this: %s\n", n.self == &n ? "yes" : "no");
  return 0;
}
// PINNED: argument: self == this: yes
// PINNED-NEXT: return value: self == this: yes
// UNPINNED: argument: self == this: no
// UNPINNED-NEXT: return value: self == this: no
