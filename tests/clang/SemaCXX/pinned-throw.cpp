// [except.throw] requires the constructor that would copy the exception
// object to be usable, because an implementation may copy it (the Microsoft
// ABI's catchable types, std::current_exception). A pinned class has none
// unless it declares one: throwing it by value is an error on every ABI.
// RUN: %clang_cc1 -triple x86_64-linux-gnu -std=c++20 -fcxx-exceptions -fexceptions -fsyntax-only -verify %s
// RUN: %clang_cc1 -triple x86_64-windows-msvc -std=c++20 -fcxx-exceptions -fexceptions -fsyntax-only -verify %s

struct [[clang::pinned]] P { int x; }; // expected-note 3 {{'P' is declared 'pinned' here}}
struct Holder { P p; }; // expected-note {{'Holder' is pinned because its member 'p' of type 'P' is pinned}}
struct [[clang::pinned]] Copyable {
  Copyable();
  Copyable(const Copyable &); // a separate object at its own address
  int x;
};

P make();
void by_value(P &p) {
  throw P{1};   // expected-error {{cannot throw object of pinned type 'P' by value}} expected-note {{an exception object may be copied; throw a pointer, or give 'P' a copy constructor}}
  throw make(); // expected-error {{cannot throw object of pinned type 'P' by value}} expected-note {{an exception object may be copied}}
  throw Holder{}; // expected-error {{cannot throw object of pinned type 'Holder' by value}} expected-note {{an exception object may be copied}}
}

void allowed(P &p, Copyable &c) {
  throw &p;           // a pointer is copied, the object stays
  throw c;            // the user-provided copy constructor makes the copy
  throw Copyable();
}

void catching() {
  try {
  } catch (P &) {     // catching by reference never copies
  } catch (const Holder &) {
  }
}
