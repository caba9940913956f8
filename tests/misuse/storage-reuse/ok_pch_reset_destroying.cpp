// The helper that destroys first.
// PCH: Inputs/reset.h
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
void use(P& p) { reset_destroying(p); }
