// Assigning to a member of the active pinned object is not a switch.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
union Slot { P p; int i; Slot() : p() {} ~Slot() {} };
void use(Slot& s) { s.p.v = 2; }
