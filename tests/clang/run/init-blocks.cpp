// A block with an init parameter constructs in place through the block
// pointer, with the slot omitted (the result object) or explicit, and rolls
// back what it constructed when it throws or fails.
// The blocks capture nothing, so they are global blocks: the two class
// objects below stand in for the blocks runtime.
// RUN: %clangxx -std=c++23 -fblocks -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -fblocks -O2 %s -o %t2 && %t2 | FileCheck %s
#include <cstdio>
#include <expected>
#include <string>
#include "Inputs/tracked_part.h"

extern "C" {
void *_NSConcreteGlobalBlock[32];
void *_NSConcreteStackBlock[32];
}

struct pair_of {
  part a;
  part b;
};

int main() {
  void (^make)(init pair_of &, int) = ^(init pair_of &self, int at) {
    self.a = part('a');
    if (at == 1)
      throw 1;
    self.b = part('b');
  };
  std::expected<void, int> (^try_make)(init pair_of &, int) =
      ^std::expected<void, int>(init pair_of &self, int err) {
        self.a = part('a');
        if (err)
          return std::unexpected(err);
        self.b = part('b');
        return {};
      };

  {
    pair_of p = make(0);
    std::printf("omitted: %s in_place=%d\n", events.c_str(),
                p.a.self == &p.a && p.b.self == &p.b);
  }
  // CHECK: omitted: +a+b in_place=1
  events.clear();
  alignas(pair_of) unsigned char storage[sizeof(pair_of)];
  auto *q = reinterpret_cast<pair_of *>(storage);
  try {
    make(init *q, 1);
  } catch (int) {
    std::printf("threw: %s alive=%d\n", events.c_str(), alive);
  }
  // CHECK-NEXT: threw: +a-a alive=0
  events.clear();
  if (auto r = try_make(init *q, 5); !r)
    std::printf("failed: %s alive=%d error=%d\n", events.c_str(), alive, r.error());
  // CHECK-NEXT: failed: +a-a alive=0 error=5
  events.clear();
  if (auto r = try_make(init *q, 0); r) {
    std::printf("succeeded: %s alive=%d\n", events.c_str(), alive);
    q->~pair_of();
  }
  // CHECK-NEXT: succeeded: +a+b alive=2
}
