// Init function templates with explicit slots and omitted slots.
// expected-no-diagnostics
template <class T> struct box { T value; int tag; };
template <class T> void make_box(init box<T>& self, T v) { self.value = v; self.tag = 0; }
struct S { box<int> b; double d; };
void make_s(init S& self) { make_box(init self.b, 1); self.d = self.b.value; }
S use() { return make_s(); }
