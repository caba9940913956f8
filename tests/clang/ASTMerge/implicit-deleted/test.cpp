// A defaulted special member that is defined as deleted stays deleted when
// the AST importer brings it into another context.
// RUN: %clang_cc1 -std=c++20 -emit-pch -o %t.1.ast %S/Inputs/implicit-deleted.cpp
// RUN: %clang_cc1 -std=c++20 -ast-merge %t.1.ast -fsyntax-only -verify %s

// expected-no-diagnostics
static_assert(!__is_constructible(Holder, const Holder &));
static_assert(!__is_trivially_constructible(Holder, const Holder &));
