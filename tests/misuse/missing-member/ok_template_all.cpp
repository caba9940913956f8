// An init function template that constructs every member in every
// instantiation.
// expected-no-diagnostics
template <class T> struct box { T value; int tag; };
template <class T> void make(init box<T>& self, T v) { self.value = v; self.tag = sizeof(T); }
box<int> a = make(1);
box<double> b = make(2.0);
