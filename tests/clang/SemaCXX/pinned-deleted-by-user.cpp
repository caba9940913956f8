// A copy or move the class's author deleted, with or without a message, is
// reported as the author wrote it; only the operations deleted because the
// class is pinned are reported as copies or moves of a pinned object.
// RUN: %clang_cc1 -fsyntax-only -std=c++2c -verify %s

struct [[clang::pinned]] P {
  P();
  P(const P &) = delete("use P::clone()"); // expected-note {{'P' has been explicitly marked deleted here}}
  P &operator=(const P &) = delete;        // expected-note {{candidate function has been explicitly deleted}}
};

void use(P &p, P &q) {
  P copy = p; // expected-error {{call to deleted constructor of 'P': use P::clone()}}
  p = q;      // expected-error {{overload resolution selected deleted operator '='}}
}
