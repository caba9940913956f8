// trivial_abi on an ordinary class that points at a pinned one.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
struct [[clang::trivial_abi]] handle { P* target; handle(P* p) : target(p) {} handle(const handle& o) : target(o.target) {} ~handle() {} };
int use(P& p) { handle h(&p); handle g = h; return g.target->v; }
