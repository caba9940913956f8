// A pinned class imported from a module, moved here.
// MODULE: Inputs/pinned_mod.cppm
import pinned_mod;
// expected-note@*:* 1+ {{'lock_state' is declared 'pinned' here}}
void use(lock_state& s) {
  lock_state m = static_cast<lock_state&&>(s); // expected-error {{cannot move object of pinned type 'lock_state'}}
  (void)m;
}
