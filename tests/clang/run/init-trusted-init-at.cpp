// A trusted init function ([[clang::trusted_init]]) hands a member of the
// slot to code that constructs through a pointer. The caller's rollback
// treats that member as constructed exactly when the call reports success:
// a later failure return or exception destroys it, a failure of the call
// itself leaves it alone, and nothing is constructed twice or leaked.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <expected>
#include <new>

static int live = 0;
struct sensor {
  int id;
  sensor *self;
  explicit sensor(int id) : id(id), self(this) {
    if (id < 0)
      throw id;
    ++live;
  }
  ~sensor() {
    --live;
    if (self != this)
      std::puts("a sensor moved");
  }
};

template <class T, class Init>
[[clang::trusted_init]] std::expected<void, int> init_at(init T &slot,
                                                         Init initializer) {
  if (int err = initializer(&slot))
    return std::unexpected(err);
  return {};
}

// Constructs three sensors, or fails at 'fail_at' and destroys those built.
struct sensors_init {
  int fail_at;
  int operator()(sensor (*p)[3]) const {
    for (int i = 0; i < 3; ++i) {
      if (i == fail_at) {
        while (i--)
          (*p)[i].~sensor();
        return 7;
      }
      ::new (static_cast<void *>(&(*p)[i])) sensor(i);
    }
    return 0;
  }
};

struct bank {
  sensor s[3];
  sensor extra;
};

std::expected<void, int> make_bank(init bank &self, int fail_at, int extra) {
  if (auto r = init_at(init self.s, sensors_init{fail_at}); !r)
    return r;
  if (extra == 0)
    return std::unexpected(9);
  self.extra = sensor(extra);
  return {};
}

int main() {
  alignas(bank) unsigned char storage[sizeof(bank)];
  bank *b = reinterpret_cast<bank *>(storage);

  auto r = make_bank(init *b, 5, 42);
  std::printf("ok=%d live=%d in_place=%d\n", r.has_value(), live,
              b->s[2].self == &b->s[2] && b->extra.self == &b->extra);
  // CHECK: ok=1 live=4 in_place=1
  b->~bank();
  std::printf("live=%d\n", live);
  // CHECK-NEXT: live=0

  r = make_bank(init *b, 1, 42);
  std::printf("ok=%d err=%d live=%d\n", r.has_value(), r.error(), live);
  // CHECK-NEXT: ok=0 err=7 live=0

  r = make_bank(init *b, 5, 0);
  std::printf("ok=%d err=%d live=%d\n", r.has_value(), r.error(), live);
  // CHECK-NEXT: ok=0 err=9 live=0

  try {
    r = make_bank(init *b, 5, -1);
    std::puts("no exception");
  } catch (int e) {
    std::printf("threw=%d live=%d\n", e, live);
  }
  // CHECK-NEXT: threw=-1 live=0
}
