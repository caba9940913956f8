// A byte-copying template instantiated only with types that are not pinned.
// expected-no-diagnostics
#include <cstring>
struct [[pinned]] P { P* self = this; int v = 0; };
template <class T> void relocate(T* to, T* from) { std::memcpy(to, from, sizeof(T)); }
struct Plain { int a; };
void use(int* a, int* b, Plain* c, Plain* d, P** e, P** f) { relocate(a, b); relocate(c, d); relocate(e, f); }
