// The slot type is spelled with decltype.
struct S { int a; int b; };
extern S prototype;
void make(init decltype(prototype)& self) {
  self.b = self.a; // expected-error {{'self.a' is used before it is constructed}}
  self.a = 0;
}
