// An infallible init function whose members are constructed by statements of
// its body in declaration order rolls back through the cleanup stack, like a
// constructor: an exception after each member destroys exactly the members
// constructed so far, in reverse declaration order, at their addresses; a
// branch or an out-of-order construction keeps the flag-based rollback, with
// the same result.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <string>
#include "Inputs/tracked_part.h"


struct trio {
  part a;
  int plain;
  part b;
  part c;
};

// Statically ordered: the cleanup stack.
void make_static(init trio &self, int at) {
  maybe_throw(0, at);
  self.a = part('a');
  maybe_throw(1, at);
  self.plain = 7;
  self.b = part('b');
  maybe_throw(2, at);
  self.c = part('c');
  maybe_throw(3, at);
}

// A branch: the flags.
void make_branch(init trio &self, int at) {
  self.a = part('a');
  if (at >= 0) {
    maybe_throw(1, at);
    self.b = part('b');
  } else {
    self.b = part('B');
  }
  self.plain = 7;
  maybe_throw(2, at);
  self.c = part('c');
  maybe_throw(3, at);
}

template <class F> void run(const char *what, F make) {
  for (int at = 0; at <= 4; ++at) {
    events.clear();
    alignas(trio) unsigned char storage[sizeof(trio)];
    trio *t = reinterpret_cast<trio *>(storage);
    try {
      make(t, at);
      bool in_place = t->a.self == &t->a && t->b.self == &t->b &&
                      t->c.self == &t->c;
      t->~trio();
      std::printf("%s at=%d: %s alive=%d in_place=%d\n", what, at,
                  events.c_str(), alive, in_place);
    } catch (int step) {
      std::printf("%s at=%d: %s alive=%d threw=%d\n", what, at,
                  events.c_str(), alive, step);
    }
  }
}

int main() {
  run("static", [](trio *t, int at) { make_static(init *t, at); });
  // CHECK:      static at=0:  alive=0 threw=0
  // CHECK-NEXT: static at=1: +a-a alive=0 threw=1
  // CHECK-NEXT: static at=2: +a+b-b-a alive=0 threw=2
  // CHECK-NEXT: static at=3: +a+b+c-c-b-a alive=0 threw=3
  // CHECK-NEXT: static at=4: +a+b+c-c-b-a alive=0 in_place=1
  run("branch", [](trio *t, int at) { make_branch(init *t, at); });
  // CHECK-NEXT: branch at=0: +a+b+c-c-b-a alive=0 in_place=1
  // CHECK-NEXT: branch at=1: +a-a alive=0 threw=1
  // CHECK-NEXT: branch at=2: +a+b-b-a alive=0 threw=2
  // CHECK-NEXT: branch at=3: +a+b+c-c-b-a alive=0 threw=3
  // CHECK-NEXT: branch at=4: +a+b+c-c-b-a alive=0 in_place=1
}
