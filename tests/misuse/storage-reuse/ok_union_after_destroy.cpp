// Switching the active member after destroying the pinned one.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
union Slot { P p; int i; Slot() : p() {} ~Slot() {} };
void use(Slot& s) { s.p.~P(); s.i = 1; }
