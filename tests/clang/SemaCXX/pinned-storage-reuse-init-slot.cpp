// An explicit init slot constructs a new object at its address, like
// placement new: naming a live pinned object there reuses its storage.
// RUN: %clang_cc1 -fsyntax-only -std=c++23 -verify %s

struct [[clang::pinned]] P { P *self; }; // expected-note 2 {{'P' is declared 'pinned' here}}
void make(init P &self) { self.self = &self; }

void reuse_live() {
  P x = make();
  make(init *&x); // expected-warning {{explicit init slot reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
  make(init *__builtin_addressof(x)); // expected-warning {{explicit init slot reuses the storage of a live object of pinned type 'P'}} expected-note {{destroy the object first}}
}

void destroy_first() {
  P x = make();
  x.~P();
  make(init *&x);
}

void raw_storage(P *slot) {
  make(init *slot);
  alignas(P) unsigned char buffer[sizeof(P)];
  make(init *reinterpret_cast<P *>(buffer));
}
