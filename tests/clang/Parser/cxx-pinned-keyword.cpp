// 'pinned' after the class name is a class-virt-specifier, in any order with
// 'final'; everywhere else it is an ordinary identifier.
// RUN: %clang_cc1 -std=c++20 -fsyntax-only -verify %s
// RUN: %clang_cc1 -std=c++11 -fsyntax-only -verify %s
// RUN: %clang_cc1 -std=c++20 -fsyntax-only -verify=pedantic -pedantic %s
// RUN: %clang_cc1 -std=c++20 -fsyntax-only -verify=pedantic -Wpinned-keyword %s

#if !__has_extension(cxx_pinned)
#error "__has_extension(cxx_pinned) must be true"
#endif

struct K1 pinned {}; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
struct K2 pinned final {}; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
struct K3 final pinned {}; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
struct K4 pinned : K1 {}; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
class K5 pinned { int x; }; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
union K6 pinned { int i; float f; }; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
template <class T> struct K7 pinned { T t; }; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
template <> struct K7<char> pinned {}; // pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}
struct K9 pinned pinned {}; // expected-error {{class already marked 'pinned'}} pedantic-error {{class already marked 'pinned'}} pedantic-warning {{'pinned' class-virt-specifier is a Clang extension}}

static_assert(__is_pinned(K1) && __is_pinned(K2) && __is_pinned(K3), "");
static_assert(__is_pinned(K4) && __is_pinned(K5) && __is_pinned(K6), "");
static_assert(__is_pinned(K7<int>) && __is_pinned(K7<char>), "");
static_assert(__is_pinned(K9), "");
static_assert(__is_final(K2) && __is_final(K3) && !__is_final(K1), "");

// The attribute spellings mean the same thing.
struct [[clang::pinned]] A1 {};
struct [[pinned]] A2 {};
struct __attribute__((pinned)) A3 {};
static_assert(__is_pinned(A1) && __is_pinned(A2) && __is_pinned(A3), "");

// 'pinned' stays an identifier: variables, members, functions, types,
// namespaces, parameters, labels, and a variable of class type named pinned.
int pinned = 0;
struct WithMember { int pinned; int pinned_too; void f(int pinned); };
namespace ns { void pinned(); }
struct Holder {};
struct Holder pinned_var;
struct Holder2 {} pinned2;
void uses(int x) {
  int pinned = x;
  pinned++;
pinned:
  (void)WithMember{}.pinned;
  ns::pinned();
  goto pinned;
}
namespace types {
struct pinned {};
struct pinned p;             // the class named 'pinned'
pinned q;
struct S2 {};
struct S2 pinned;            // a variable named 'pinned' of type S2
enum class E { pinned };
}
namespace macros {
#define pinned final
struct M pinned {};          // the macro: M is final, not pinned
static_assert(__is_final(M) && !__is_pinned(M), "");
#undef pinned
}

// Not a virt-specifier of a member function.
struct NotForFunctions {
  void f() pinned; // expected-error {{expected ';' at end of declaration list}} pedantic-error {{expected ';' at end of declaration list}}
};
