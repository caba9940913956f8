// RUN: %clang_cc1 -fsyntax-only -std=c++20 -verify %s
// expected-no-diagnostics

// Byte copies of classes that are not pinned keep compiling without any new
// diagnostic, including classes that merely point to pinned objects.
typedef __SIZE_TYPE__ size_t;
extern "C" void *memcpy(void *, const void *, size_t);
extern "C" void *memmove(void *, const void *, size_t);
extern "C" void *realloc(void *, size_t);

struct [[pinned]] P { int x; };
struct Pod { int a; double b; };
struct PointsToPinned { P *p; int n; };
union Bytes { int i; float f; };

void copies(Pod *a, Pod *b, PointsToPinned *c, PointsToPinned *d, Bytes *u,
            Bytes *v, int *ints, P **ptrs, P **ptrs2) {
  memcpy(a, b, sizeof(Pod));
  memmove(c, d, sizeof(PointsToPinned));
  memcpy(u, v, sizeof(Bytes));
  ints = (int *)realloc(ints, 8 * sizeof(int));
  memcpy(ptrs, ptrs2, 4 * sizeof(P *));  // copying pointers to pinned objects is fine
  Pod e = __builtin_bit_cast(Pod, *a);
  (void)e;
}
