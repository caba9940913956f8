// 'return other(init self, ...);' forwards the outcome of another init function:
// on success the caller keeps what was constructed (nothing is destroyed until the
// owner destroys it, once), on failure the callee has rolled back its part and the
// caller rolls back the rest, each object exactly once. Members of an anonymous
// struct are rolled back like direct members.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <expected>
#include <new>
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

std::expected<void, int> make_part(init part& self, const char* name, bool ok) {
  if (!ok)
    return std::unexpected(1);
  self.name = name;
  ++alive;
  return {};
}

struct pair_of_parts {
  part a;
  struct {
    part b;
    int extra;
  };
};

std::expected<void, int> make_pair(init pair_of_parts& self, bool ok_a, bool ok_b) {
  if (auto r = make_part(init self.a, "a", ok_a); !r)
    return r;
  self.extra = 7;
  // The last member's status is this function's status.
  return make_part(init self.b, "b", ok_b);
}

// The whole slot is handed on.
std::expected<void, int> delegate(init pair_of_parts& self, int code) {
  if (code < 0)
    return std::unexpected(code);
  return make_pair(init self, code != 1, code != 2);
}

static void run(int code) {
  alive = 0;
  log_.clear();
  alignas(pair_of_parts) unsigned char storage[sizeof(pair_of_parts)];
  auto* p = reinterpret_cast<pair_of_parts*>(storage);
  auto r = delegate(init *p, code);
  std::printf("code %d: %s alive=%d log=[%s]", code, r ? "ok" : "failed", alive,
              log_.c_str());
  if (r) {
    std::printf(" extra=%d", p->extra);
    p->~pair_of_parts();
    std::printf(" after-destroy alive=%d log=[%s]", alive, log_.c_str());
  }
  std::printf("\n");
}

int main() {
  run(0);
  run(1);
  run(2);
  run(-5);
}
// CHECK: code 0: ok alive=2 log=[] extra=7 after-destroy alive=0 log=[~b ~a ]
// CHECK-NEXT: code 1: failed alive=0 log=[]
// CHECK-NEXT: code 2: failed alive=0 log=[~a ]
// CHECK-NEXT: code -5: failed alive=0 log=[]
