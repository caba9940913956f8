// 'init' keeps every existing meaning: variable, function, member, type, namespace, template parameter, macro.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
namespace init { inline int version = 1; }
namespace legacy {
struct init { int flags = 0; };
void configure(init);
void configure(init& settings, int level);
int flags_of(init* p) { return p->flags; }
void by_value(init x);
void by_const_ref(init const& x);
}
namespace app {
int init(int x) { return 2 * x; }
int id(int v) { return v; }
struct module { bool done = false; void init() { done = true; } int init_count = 0; };
int twice(int init) { return init + init; }
int use(int* p) {
  int result = init(*p) + ::init::version;
  { int init = 3; result += id(init * *p); result += id(init); }
  module m; m.init();
  return result + twice(*p) + m.done;
}
}
template <class init> init identity(init v) { return v; }
template <class init> void takes_ref(init& v) {}
#define init_macro(x) (x)
int macro_use = init_macro(3);
