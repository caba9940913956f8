// The patched compiler announces init parameters.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
#if __cpp_init_parameters != 202611L
#error __cpp_init_parameters
#endif
