// Catching by reference and throwing a pointer never copy the object.
// expected-no-diagnostics
struct [[pinned]] P { P* self = this; int v = 0; };
void fail(P& p) { throw &p; }
int use(P& p) {
  try { fail(p); } catch (P* q) { return q->v; } catch (const P&) { return 1; }
  return 0;
}
