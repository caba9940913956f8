// A macro reads a member before it is constructed.
struct S { int count; int limit; };
#define LIMIT_OF(s) ((s).limit * 2)
void make(init S& self) {
  self.count = LIMIT_OF(self); // expected-error {{'self.limit' is used before it is constructed}}
  self.limit = 10;
}
