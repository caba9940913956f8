// An init function constructs the caller's object where the caller keeps it: the
// address 'self' has inside the function is the address of the variable, the heap
// object, the member, the by-value parameter or the returned object, and each object is
// constructed and destroyed exactly once. Checked at -O0 and -O2, and with
// AddressSanitizer and UndefinedBehaviorSanitizer.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>

static int constructions, destructions;
static const void* last_self;

struct [[pinned]] tracked {
  tracked* self;
  int value;
  ~tracked() { ++destructions; }
};

void make(init tracked& self, int v) {
  last_self = &self;
  ++constructions;
  self.self = &self;
  self.value = v;
}

struct holder {
  int tag;
  tracked inner;
};
void make_holder(init holder& self) {
  self.tag = 7;
  make(init self.inner, 8);
}

bool check(const char* where, const tracked& t) {
  bool ok = last_self == &t && t.self == &t;
  std::printf("%s: %s\n", where, ok ? "in place" : "MOVED");
  return ok;
}
bool by_value(tracked t) { return check("parameter", t); }
tracked returned() { return make(5); }

int main() {
  {
    tracked a = make(1);
    check("variable", a);
    tracked* b = new tracked(make(2));
    check("heap", *b);
    delete b;
    by_value(make(3));
    holder h = make_holder();
    check("member", h.inner);
    tracked r = returned();
    check("returned", r);
    auto lambda = [](init tracked& self) { make(init self, 6); };
    tracked l = lambda();
    check("lambda", l);
  }
  std::printf("constructions %d, destructions %d\n", constructions, destructions);
}

// CHECK: variable: in place
// CHECK-NEXT: heap: in place
// CHECK-NEXT: parameter: in place
// CHECK-NEXT: member: in place
// CHECK-NEXT: returned: in place
// CHECK-NEXT: lambda: in place
// CHECK-NEXT: constructions 6, destructions 6
