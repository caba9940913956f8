// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s
// RUN: %clang_cc1 -fsyntax-only -std=c++11 -verify %s

// The attribute is known: no unknown-attribute warning anywhere in this file.
static_assert(__has_cpp_attribute(pinned) == 202611L, "");
static_assert(__has_cpp_attribute(clang::pinned) != 0, "");
#if !defined(__cpp_pinned) || __cpp_pinned != 202611L
#error "__cpp_pinned must be 202611L"
#endif

struct [[pinned]] Pinned { int x; };
struct [[clang::pinned]] ClangSpelled {};
struct Plain { int x; };
union [[pinned]] PinnedUnion { int i; float f; };

static_assert(__is_pinned(Pinned), "");
static_assert(__is_pinned(const volatile Pinned), "");
static_assert(__is_pinned(Pinned[3]), "");
static_assert(__is_pinned(Pinned[]), "");
static_assert(__is_pinned(ClangSpelled), "");
static_assert(__is_pinned(PinnedUnion), "");
static_assert(!__is_pinned(Pinned *), "");
static_assert(!__is_pinned(Pinned &), "");
static_assert(!__is_pinned(Plain), "");
static_assert(!__is_pinned(int), "");
static_assert(!__is_pinned(void), "");

// The attribute on an earlier declaration carries to the definition.
struct [[pinned]] DeclaredFirst;
struct DeclaredFirst {};
static_assert(__is_pinned(DeclaredFirst), "");

// Repeating it is fine; adding it after the definition is not.
struct [[pinned]] Repeated {};
struct [[pinned]] Repeated;
struct DefinedPlain {}; // expected-note {{previous definition is here}}
struct [[pinned]] DefinedPlain; // expected-error {{'pinned' attribute cannot be added to 'DefinedPlain' after its definition}}
static_assert(!__is_pinned(DefinedPlain), "");

// Decided per specialization of a template.
template <class T> struct [[pinned]] PinnedTemplate { T value; };
static_assert(__is_pinned(PinnedTemplate<int>), "");
template <class T> struct Box { T value; };
template <> struct [[pinned]] Box<char> {};
static_assert(!__is_pinned(Box<int>), "");
static_assert(__is_pinned(Box<char>), "");

struct Incomplete; // expected-note {{forward declaration of 'Incomplete'}}
bool incomplete = __is_pinned(Incomplete); // expected-error {{incomplete type 'Incomplete' used in type trait expression}}

// Bad subjects and arguments.
struct [[pinned(1)]] WithArgument {}; // expected-error {{'pinned' attribute takes no arguments}}
[[pinned]] int variable; // expected-error {{'pinned' attribute only applies to structs, unions, and classes}}
[[pinned]] void function(); // expected-error {{'pinned' attribute only applies to structs, unions, and classes}}
enum class [[pinned]] Enumeration {}; // expected-error {{'pinned' attribute only applies to structs, unions, and classes}}
using Alias [[pinned]] = Pinned; // expected-error {{'pinned' attribute only applies to structs, unions, and classes}}
void parameter([[pinned]] int); // expected-error {{'pinned' attribute only applies to structs, unions, and classes}}
