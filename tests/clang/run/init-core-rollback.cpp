// Failure at each member of an init function, by failure return and by exception:
// exactly the members constructed so far are destroyed, in reverse declaration order,
// and a success leaves everything alive. The counters and the event log prove it; the
// same runs clean under AddressSanitizer and UndefinedBehaviorSanitizer.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <expected>
#include <new>
#include <stdexcept>
#include <string>

static int alive;
static std::string log_;

struct part {
  const char* name;
  ~part() {
    --alive;
    log_ += "~";
    log_ += name;
    log_ += " ";
  }
};

enum class fail { none, first, second, third, throw_after_second };

std::expected<void, int> make_part(init part& self, const char* name, bool ok) {
  if (!ok)
    return std::unexpected(1);
  self.name = name;
  ++alive;
  return {};
}

struct three {
  part a;
  int plain;
  part b;
  part c;
};

std::expected<void, int> make_three(init three& self, fail f) {
  if (auto r = make_part(init self.a, "a", f != fail::first); !r)
    return r;
  self.plain = 42;
  if (auto r = make_part(init self.b, "b", f != fail::second); !r)
    return r;
  if (f == fail::throw_after_second)
    throw std::runtime_error("boom");
  if (f == fail::third)
    return std::unexpected(3);
  if (auto r = make_part(init self.c, "c", true); !r)
    return r;
  return {};
}

void attempt(fail f, const char* label) {
  log_.clear();
  alignas(three) unsigned char storage[sizeof(three)];
  auto* p = reinterpret_cast<three*>(storage);
  try {
    auto r = make_three(init *p, f);
    std::printf("%s: %s, alive %d, destroyed [%s]\n", label, r ? "ok" : "failed", alive,
                log_.c_str());
    if (r)
      p->~three();
  } catch (const std::exception& e) {
    std::printf("%s: %s, alive %d, destroyed [%s]\n", label, e.what(), alive, log_.c_str());
  }
}

int main() {
  attempt(fail::none, "success");
  attempt(fail::first, "first fails");
  attempt(fail::second, "second fails");
  attempt(fail::third, "fails before third");
  attempt(fail::throw_after_second, "throws");
  std::printf("alive at exit %d\n", alive);
}

// CHECK: success: ok, alive 3, destroyed []
// CHECK-NEXT: first fails: failed, alive 0, destroyed []
// CHECK-NEXT: second fails: failed, alive 0, destroyed [~a ]
// CHECK-NEXT: fails before third: failed, alive 0, destroyed [~b ~a ]
// CHECK-NEXT: throws: boom, alive 0, destroyed [~b ~a ]
// CHECK-NEXT: alive at exit 0
