// Returning a prvalue initializes the caller's object directly (guaranteed
// copy elision), through any number of calls.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
P make() { return P{}; }
P make_again() { return make(); }
template <class T> T make_t() { return T{}; }
auto make_auto() { return P{}; }
int use() { P a = make_again(); P b = make_t<P>(); auto c = make_auto(); auto l = [] { return P{}; }; P d = l(); return a.v + b.v + c.v + d.v; }
