// An infallible init function used with an explicit slot returns void.
// expected-no-diagnostics
struct S { int a; };
void make(init S& self) { self.a = 1; }
void use(S* p) { make(init *p); static_assert(__is_same(decltype(make(init *p)), void)); }
