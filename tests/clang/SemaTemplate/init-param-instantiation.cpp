// The rules for init functions are checked again on the types a template's
// arguments give: a slot that becomes const or not an object type, and a
// return type that becomes neither void nor std::expected<void, E>, are
// errors at the instantiation, and substitution failures during deduction.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "../SemaCXX/Inputs/init-std-expected.h"

template <class T> struct maker {
  static void make(init T &self); // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'const int &'}} \
                                  // expected-error {{an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'int (&)()'}}
};
template struct maker<int>;
template struct maker<const int>; // expected-note {{in instantiation of template class 'maker<const int>' requested here}}
template struct maker<int()>;     // expected-note {{in instantiation of template class 'maker<int ()>' requested here}}

template <class R> struct result {
  static R make(init int &self); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
};
template struct result<void>;
template struct result<std::expected<void, int>>;
template struct result<int>; // expected-note {{in instantiation of template class 'result<int>' requested here}}

// During deduction the same violations remove the candidate.
template <class T> void fill(init T &self) { self = T(); } // expected-note {{candidate template ignored: substitution failure [with T = const int]: an 'init' parameter must be an lvalue reference to a cv-unqualified complete object type, not 'const int &'}}
template <class R = int> R status(init int &self);         // expected-note {{candidate template ignored: substitution failure [with R = int]: an init function must return 'void' or a specialization of 'std::expected<void, E>'}}

void use(int *p, const int *cp) {
  fill(init *p);
  fill(init *cp);  // expected-error {{no matching function for call to 'fill'}}
  status(init *p); // expected-error {{no matching function for call to 'status'}}
  (void)status<std::expected<void, int>>(init *p);
}
