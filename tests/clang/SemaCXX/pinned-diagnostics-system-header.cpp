// A byte copy inside a template of a system header, instantiated by the
// user's code, is reported (with the instantiation chain back to the user);
// and the notes explaining why a library type is pinned skip the library's
// internal members.
// RUN: %clang_cc1 -fsyntax-only -std=c++20 -isystem %S/Inputs -verify %s

#include <pinned-system-header.h>

struct [[clang::pinned]] P { P *self; }; // expected-note 2 {{'P' is declared 'pinned' here}}
struct Wrapper { P p; }; // expected-note {{'Wrapper' is pinned because its member 'p' of type 'P' is pinned}}

void move_elements(P *to, P *from) {
  lib::relocate(to, from); // expected-note {{in instantiation of function template specialization 'lib::relocate<P>' requested here}}
  // expected-error@pinned-system-header.h:6 {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}}
  // expected-note@pinned-system-header.h:6 {{cast the pointer to 'void *' explicitly to silence this error}}
}

void copy_optional(lib::Optional<Wrapper> &o) {
  lib::Optional<Wrapper> copy = o; // expected-error {{cannot copy object of pinned type 'lib::Optional<Wrapper>'}}
  // expected-note@pinned-system-header.h:9 {{'lib::Optional<Wrapper>' is pinned because it contains an object of pinned type 'Wrapper'}}
}
