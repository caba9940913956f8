// pin/config.hpp - the portability layer. These are the only macros of the library.
//
// The library is written once and switches to the patched compiler's native features
// when it sees them, so the same sources get the compiler's diagnostics there and the
// library's best effort on stock GCC/Clang.
#pragma once

#include <cstdlib>
#if !defined(PIN_ASSERT) && __has_include(<unistd.h>)
#include <unistd.h>  // write(2): the default PIN_ASSERT reports without <cstdio>
#endif

#ifdef __has_cpp_attribute
#if __has_cpp_attribute(pinned)
/// 1 when the compiler implements `[[pinned]]` and `__is_pinned(T)` (the patched Clang),
/// 0 on stock compilers.
#define PIN_HAS_NATIVE_PINNED 1
#endif
#endif
#ifndef PIN_HAS_NATIVE_PINNED
#define PIN_HAS_NATIVE_PINNED 0
#endif

#if PIN_HAS_NATIVE_PINNED
/// Marks a class pinned: `struct PIN_PINNED list_head { ... };`. Expands to `[[pinned]]`
/// natively and to nothing elsewhere, because GCC and stock Clang would only warn about
/// an unknown attribute; there, derive from `pin::pinned` to get the deleted moves.
#define PIN_PINNED [[pinned]]
#else
#define PIN_PINNED
#endif

#if defined(__cpp_init_parameters)
/// 1 when the compiler implements `init` parameters (feature 2 of the design). Then
/// `pin::from_init_fn` (pin/init_fn.hpp) exists; user code branches on this one name.
#define PIN_HAS_INIT_PARAMETERS 1
#else
#define PIN_HAS_INIT_PARAMETERS 0
#endif

// The compiler's trusted bridge to initializers (`pin::init_at`): a patched compiler
// recent enough to have `[[clang::trusted_init]]`.
#if PIN_HAS_INIT_PARAMETERS && defined(__has_cpp_attribute)
#if __has_cpp_attribute(clang::trusted_init)
#define PIN_HAS_TRUSTED_INIT 1
#endif
#endif
#ifndef PIN_HAS_TRUSTED_INIT
#define PIN_HAS_TRUSTED_INIT 0
#endif

#if defined(__cpp_exceptions) || defined(__EXCEPTIONS)
/// 1 when exceptions are enabled. The library itself never throws or catches: rollback
/// is done by destructors of guard objects, so it is correct in both modes; the macro is
/// for code (and tests) that want to say something about thrown exceptions.
#define PIN_HAS_EXCEPTIONS 1
#else
#define PIN_HAS_EXCEPTIONS 0
#endif

#ifndef PIN_DEBUG
#ifdef NDEBUG
/// 1 enables the run-time checks of PIN_ASSERT. Defaults to 1 unless NDEBUG is defined.
#define PIN_DEBUG 0
#else
#define PIN_DEBUG 1
#endif
#endif

#ifndef PIN_ASSERT
#if PIN_DEBUG
/// Debug-mode precondition check: on failure reports the message and aborts. Stock
/// compilers cannot reject every misuse at compile time (dereferencing an empty box, using
/// a slot before it is initialized), so debug builds catch those at run time instead.
///
/// Replaceable: define `PIN_ASSERT(cond, msg)` before the first pin header (in every
/// translation unit of the program, the same way) to route failures to your own handler;
/// kernel and firmware code has no stderr. `msg` is a string literal. The default writes
/// "file:line: pin: msg (cond)" to file descriptor 2 where <unistd.h> exists, then aborts.
#define PIN_ASSERT(cond, msg) \
    ((cond) ? static_cast<void>(0) : ::pin::detail::assert_fail(#cond, msg, __FILE__, __LINE__))
#define PIN_DEFAULT_ASSERT 1
#else
#define PIN_ASSERT(cond, msg) static_cast<void>(0)
#endif
#endif

#ifdef PIN_DEFAULT_ASSERT
#undef PIN_DEFAULT_ASSERT
namespace pin::detail {
// Writes a NUL-terminated string to stderr without stdio (best effort: nothing can be
// done about a failed write while aborting).
inline void write_stderr(const char* s) noexcept {
#if __has_include(<unistd.h>)
    std::size_t n = 0;
    while (s[n] != '\0')
        ++n;
    if (::write(2, s, n) < 0)
        return;
#else
    static_cast<void>(s);
#endif
}
[[noreturn, gnu::cold, gnu::noinline]] inline void assert_fail(const char* cond, const char* msg, const char* file, int line) noexcept {
    // The line number without snprintf: at most 10 digits.
    char digits[12];
    char* d = digits + sizeof digits;
    *--d = '\0';
    unsigned n = line < 0 ? 0u : static_cast<unsigned>(line);
    do
        *--d = static_cast<char>('0' + n % 10);
    while ((n /= 10) != 0 && d != digits);
    const char* const parts[] = {file, ":", d, ": pin: ", msg, " (", cond, ")\n"};
    for (const char* part : parts)
        write_stderr(part);
    std::abort();
}
}  // namespace pin::detail
#endif
