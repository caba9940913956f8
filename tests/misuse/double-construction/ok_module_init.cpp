// The same init function used correctly.
// MODULE: Inputs/init_mod.cppm
// expected-no-diagnostics
import init_mod;
struct pair_of { counter a; counter b; };
void make(init pair_of& self) { make_counter(init self.a, 1); make_counter(init self.b, 2); }
pair_of use() { return make(); }
