// A generic lambda with an init parameter that constructs everything.
// expected-no-diagnostics
struct S { int a; long b; };
auto make = [](init S& self, auto v) { self.a = static_cast<int>(v); self.b = static_cast<long>(v); };
S use() { S s = make(1); (void)s; return make(2.5); }
