// The clang:: spelling is accepted in C so that headers shared with C23 can
// use it; it has no effect there, and 'pinned' is not a keyword in C.
// RUN: %clang_cc1 -std=c23 -fsyntax-only -verify %s
// RUN: %clang_cc1 -std=c11 -fsyntax-only -verify %s
// expected-no-diagnostics

#if __STDC_VERSION__ >= 202311L
struct [[clang::pinned]] list_head { struct list_head *next, *prev; };
#endif
struct __attribute__((pinned)) mutex { int state; };
int pinned;
struct S { int pinned; };
