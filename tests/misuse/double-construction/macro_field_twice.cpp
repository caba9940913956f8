// A field macro used twice for the same member.
struct S { int a; int b; };
#define FIELD(slot, m, v) slot.m = (v)
void make(init S& self) {
  FIELD(self, a, 1); // expected-note {{'self.a' is constructed here}}
  FIELD(self, b, 2);
  FIELD(self, a, 3); // expected-error {{'self.a' is already constructed}}
}
