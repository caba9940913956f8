// sizeof, alignof and decltype do not use the slot.
// expected-no-diagnostics
struct S { int a; long b; };
void make(init S& self) {
  self.a = sizeof(self) + sizeof(self.b);
  self.b = alignof(decltype(self.a));
  static_assert(sizeof(self) == sizeof(S));
}
