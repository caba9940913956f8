// An init function imported from a module constructs a member twice.
// MODULE: Inputs/init_mod.cppm
import init_mod;
struct pair_of { counter a; counter b; };
void make(init pair_of& self) {
  make_counter(init self.a, 1); // expected-note {{'self.a' is constructed here}}
  make_counter(init self.a, 2); // expected-error {{'self.a' is already constructed}}
  make_counter(init self.b, 3);
}
