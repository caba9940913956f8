// A user-provided copy constructor constructs a separate object at its own
// address: allowed.
// expected-no-diagnostics
struct [[pinned]] Counter {
  int value = 0;
  Counter() = default;
  Counter(const Counter& o) : value(o.value) {}
};
template <class T> T dup(const T& t) { return t; }
int use(Counter& c) { Counter d = c; auto e = dup(c); return d.value + e.value; }
