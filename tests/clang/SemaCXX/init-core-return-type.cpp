// An init function returns void or std::expected<void, E>.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

#include "Inputs/init-std-expected.h"

struct S { int a; };
void ok1(init S& s);
std::expected<void, int> ok2(init S& s);
int bad1(init S& s); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
S& bad2(init S& s); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
std::expected<int, int> bad3(init S& s); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
