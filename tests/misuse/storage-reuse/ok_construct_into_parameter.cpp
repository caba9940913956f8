// Constructing through pointers the function was given: raw storage.
// expected-no-diagnostics
#include <memory>
#include <new>
struct [[pinned]] P { P* self = this; int v = 0; };
P* create(void* where) { return ::new (where) P; }
P* create_typed(P* slot) { return std::construct_at(slot); }
