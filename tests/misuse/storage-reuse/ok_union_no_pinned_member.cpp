// Switching members of a union without pinned members.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
union Value { int i; float f; P* ptr; };
void use(Value& v, P& p) { v.i = 1; v.f = 2.0f; v.ptr = &p; }
