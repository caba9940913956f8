// Passing a member to a function once it is constructed.
// expected-no-diagnostics
struct S { int a; int b; };
int twice(const int& x);
void make(init S& self) { self.a = 1; self.b = twice(self.a); }
