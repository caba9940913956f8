// A module interface exporting a pinned class and a generic helper.
export module pinned_mod;
export struct [[pinned]] lock_state { lock_state* self = this; int owner = 0; };
export template <class T> T take(T& t) { return static_cast<T&&>(t); }
export void make_state(init lock_state& self) { self.self = &self; self.owner = 0; }
