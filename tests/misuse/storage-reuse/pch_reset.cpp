// A reset helper from a precompiled header reuses a live pinned object.
// PCH: Inputs/reset.h
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
// expected-warning@*:* {{placement new reuses the storage of a live object of pinned type 'P'}}
// expected-note@*:* {{destroy the object first, so that it is not alive when its storage is reused}}
// expected-note@*:* 0+ {{requested here}}
void use(P& p) { reset(p); }
