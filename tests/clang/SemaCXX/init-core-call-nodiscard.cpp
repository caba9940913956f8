// A call that omits the slot is a prvalue of the slot type: discarding it
// warns exactly when discarding a call returning that type would.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct [[nodiscard]] handle { int fd; };
struct plain { int v; };

void open_handle(init handle &self, int fd) { self.fd = fd; }
handle make_handle(int fd);
void make_plain(init plain &self) { self.v = 1; }
[[nodiscard]] plain keep_plain();

void use() {
  open_handle(3);  // expected-warning {{ignoring return value of function declared with 'nodiscard' attribute}}
  make_handle(3);  // expected-warning {{ignoring return value of function declared with 'nodiscard' attribute}}
  make_plain();    // no warning, as for a call returning 'plain'
  (void)open_handle(4);
  handle h = open_handle(5);
}
