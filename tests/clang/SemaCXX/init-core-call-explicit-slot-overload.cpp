// An explicit slot binds only to an init parameter. Functions without one
// are not candidates of a call with an explicit slot, so an init function is
// chosen over an overload that could take the slot's storage by conversion,
// and a call whose callees are none of them init functions says why.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int i; };

// 'init *pa' would also convert to 'S *' (array-to-pointer); only the init
// function can take it.
template <class T, class I> void put(T *p, I i);
template <class T, class I> void put(init T &slot, I i);
void by_slot(S (*pa)[2], S *p) {
  put(init *pa, 1);
  put(init *p, 2);
  put(p, 3);
}

void plain(S &);
void plain(S &, int);
void plain_call(S *p) {
  plain(init *p);    // expected-error {{an 'init' argument can only be passed to an init function; 'plain' has no 'init' parameter}}
  plain(init *p, 1); // expected-error {{an 'init' argument can only be passed to an init function; 'plain' has no 'init' parameter}}
}

namespace adl {
struct T { int i; };
void found_by_adl(T &);
} // namespace adl
void adl_call(adl::T *p) {
  found_by_adl(init *p); // expected-error {{an 'init' argument can only be passed to an init function; 'found_by_adl' has no 'init' parameter}}
}

struct M {
  void f(S &);
  void f(S &, int);
  void g(init S &self);
  void g(S &, int);
};
void member_call(M &m, S *p) {
  m.f(init *p); // expected-error {{an 'init' argument can only be passed to an init function; 'f' has no 'init' parameter}}
  m.g(init *p);
  m.g(init *p, 1); // expected-error {{no matching member function for call to 'g'}}
                   // expected-note@-7 {{candidate function not viable: requires single argument 'self', but 2 arguments were provided}}
}
