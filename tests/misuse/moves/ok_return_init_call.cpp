// A function returns the prvalue of an init call.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
void make(init P& self) { self.self = &self; self.v = 1; }
P wrap() { return make(); }
template <class T> T wrap_t() { return make(); }
int use() { P a = wrap(); P b = wrap_t<P>(); return a.v + b.v; }
