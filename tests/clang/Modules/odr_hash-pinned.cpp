// Two definitions of a class in different modules that differ only in being
// pinned are different classes: ODR hashing sees the attribute.
// RUN: rm -rf %t
// RUN: split-file %s %t
// RUN: %clang_cc1 -fmodules -fimplicit-module-maps -fmodules-cache-path=%t/cache \
// RUN:   -x c++ -std=c++20 -I%t -verify %t/use.cpp

//--- module.modulemap
module FirstModule { header "first.h" }
module SecondModule { header "second.h" }

//--- first.h
struct Differs pinned { int x; };
struct SameKeyword pinned { int x; };
struct SameAttr { int x; };

//--- second.h
struct Differs { int x; };
struct [[clang::pinned]] SameKeyword { int x; };
struct SameAttr { int x; };

//--- use.cpp
#include "first.h"
#include "second.h"
Differs d;
// expected-error@first.h:1 {{'Differs' has different definitions in different modules; first difference is definition in module 'FirstModule' found 'pinned' specifier}}
// expected-note@second.h:1 {{but in 'SecondModule' found no 'pinned' specifier}}
SameKeyword k; // the spelling does not matter
SameAttr a;
static_assert(__is_pinned(SameKeyword) && !__is_pinned(SameAttr));
