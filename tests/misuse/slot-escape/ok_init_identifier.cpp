// 'init' stays an ordinary name: variables, functions, members, types.
// expected-no-diagnostics
namespace legacy { struct init { int flags = 0; }; int flags_of(init* p) { return p->flags; } }
struct module { int init = 0; void start() { init = 1; } };
int init(int x) { return x; }
int use(int* p) {
  int init_count = ::init(*p);
  { int init = 3; init_count += init * *p; }
  legacy::init i;
  module m; m.start();
  return init_count + legacy::flags_of(&i) + m.init;
}
