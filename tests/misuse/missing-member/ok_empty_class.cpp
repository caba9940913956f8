// An empty class has nothing to construct.
// expected-no-diagnostics
struct [[pinned]] token {};
void make(init token& self) { (void)&self; }
