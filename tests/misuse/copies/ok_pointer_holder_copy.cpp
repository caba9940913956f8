// A class that only points at a pinned object is an ordinary class.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
struct Ref { P* target; P& alias; };
struct Ptr { P* target; };
template <class T> T dup(const T& t) { return t; }
int use(P& p) { Ref r{&p, p}; Ref s = r; Ptr q{&p}; Ptr t = dup(q); return s.alias.v + t.target->v; }
