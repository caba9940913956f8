// Members that the body of an init function never constructs are constructed
// on entry from their defaults, in declaration order, at their addresses; a
// failure return or an exception destroys them with the members the body
// constructed, in reverse declaration order.
// RUN: %clangxx -std=c++23 -O0 %s -o %t0 && %t0 | FileCheck %s
// RUN: %clangxx -std=c++23 -O2 %s -o %t2 && %t2 | FileCheck %s
// RUN: %if compiler-rt %{ %clangxx -std=c++23 -O1 -fsanitize=address,undefined -fno-sanitize-recover=all %s -o %tsan && %tsan | FileCheck %s %}
#include <cstdio>
#include <expected>
#include <string>
#include "Inputs/tracked_part.h"


struct widget {
  part a;                              // default-constructed
  part b{'b'};                         // its default member initializer
  int id;                              // no default: the body constructs it
  int retries = 3;
  const char *name = "widget";
};

void make(init widget &self, int id, int at) {
  maybe_throw(0, at);
  self.id = id;
  maybe_throw(1, at);
}

std::expected<void, int> make_fallible(init widget &self, int id) {
  if (id < 0)
    return std::unexpected(id);
  self.id = id;
  return {};
}

struct pair2 {
  part x;
  part y{'y'};
};
// 'y' is constructed on entry, before the body constructs the earlier 'x'.
void make_pair(init pair2 &self, int at) {
  maybe_throw(0, at);
  self.x = part('x');
  maybe_throw(1, at);
}

// No members: the slot is default-initialized as a whole, and rolled back as
// a whole.
static int entries;
struct registry_entry {
  registry_entry() { ++entries; }
  ~registry_entry() { --entries; }
  static void make(init registry_entry &self, int at) { maybe_throw(0, at); }
};

static void report(const char *what, widget *w) {
  bool in_place = w->a.self == &w->a && w->b.self == &w->b;
  std::printf("%s: %s alive=%d id=%d retries=%d name=%s in_place=%d\n", what,
              events.c_str(), alive, w->id, w->retries, w->name, in_place);
}

int main() {
  for (int at = 0; at <= 2; ++at) {
    events.clear();
    alignas(widget) unsigned char storage[sizeof(widget)];
    widget *w = reinterpret_cast<widget *>(storage);
    try {
      make(init *w, 7, at);
      report("make", w);
      w->~widget();
    } catch (int step) {
      std::printf("make at=%d: %s alive=%d threw=%d\n", at, events.c_str(),
                  alive, step);
    }
  }
  // CHECK:      make at=0: +d+b-b-d alive=0 threw=0
  // CHECK-NEXT: make at=1: +d+b-b-d alive=0 threw=1
  // CHECK-NEXT: make: +d+b alive=2 id=7 retries=3 name=widget in_place=1

  for (int id : {-5, 9}) {
    events.clear();
    alignas(widget) unsigned char storage[sizeof(widget)];
    widget *w = reinterpret_cast<widget *>(storage);
    if (auto r = make_fallible(init *w, id); !r) {
      std::printf("fallible: %s alive=%d error=%d\n", events.c_str(), alive,
                  r.error());
    } else {
      report("fallible", w);
      w->~widget();
    }
  }
  // CHECK-NEXT: fallible: +d+b-b-d alive=0 error=-5
  // CHECK-NEXT: fallible: +d+b alive=2 id=9 retries=3 name=widget in_place=1

  {
    events.clear();
    widget w = make(4, -1); // the prvalue form: constructed in w itself
    report("prvalue", &w);
  }
  std::printf("after prvalue: %s alive=%d\n", events.c_str(), alive);
  // CHECK-NEXT: prvalue: +d+b alive=2 id=4 retries=3 name=widget in_place=1
  // CHECK-NEXT: after prvalue: +d+b-b-d alive=0

  for (int at = 0; at <= 2; ++at) {
    events.clear();
    alignas(pair2) unsigned char storage[sizeof(pair2)];
    pair2 *p = reinterpret_cast<pair2 *>(storage);
    try {
      make_pair(init *p, at);
      bool in_place = p->x.self == &p->x && p->y.self == &p->y;
      p->~pair2();
      std::printf("pair: %s alive=%d in_place=%d\n", events.c_str(), alive,
                  in_place);
    } catch (int step) {
      std::printf("pair at=%d: %s alive=%d threw=%d\n", at, events.c_str(),
                  alive, step);
    }
  }
  // CHECK-NEXT: pair at=0: +y-y alive=0 threw=0
  // CHECK-NEXT: pair at=1: +y+x-y-x alive=0 threw=1
  // CHECK-NEXT: pair: +y+x-y-x alive=0 in_place=1

  for (int at = 0; at <= 1; ++at) {
    alignas(registry_entry) unsigned char storage[sizeof(registry_entry)];
    auto *e = reinterpret_cast<registry_entry *>(storage);
    try {
      registry_entry::make(init *e, at);
      std::printf("entry: entries=%d\n", entries);
      e->~registry_entry();
    } catch (int step) {
      std::printf("entry at=%d: entries=%d threw=%d\n", at, entries, step);
    }
  }
  // CHECK-NEXT: entry at=0: entries=0 threw=0
  // CHECK-NEXT: entry: entries=1
}
