// A module interface exporting an init function.
export module init_mod;
export struct counter { int n; int limit; };
export void make_counter(init counter& self, int limit) { self.n = 0; self.limit = limit; }
