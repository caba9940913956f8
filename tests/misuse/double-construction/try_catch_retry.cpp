// A handler retries the construction after the try body may already have
// constructed the member.
struct S { int a; };
int compute();
void make(init S& self) {
  try {
    self.a = compute();
  } catch (...) {
    self.a = 0; // expected-error {{'self.a' is constructed on some paths but not others}}
  }
}
