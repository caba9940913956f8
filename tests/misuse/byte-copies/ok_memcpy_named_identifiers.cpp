// Functions that are merely named like the C ones are not recognized.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
namespace mylib { void* memcpy(P* to, const P* from, unsigned long n); }
struct arena { void* realloc(P* p, unsigned long n); };
void use(P* a, const P* b, arena& ar) { mylib::memcpy(a, b, sizeof(P)); (void)ar.realloc(a, 8); }
