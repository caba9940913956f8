// A function template exported from a module moves its argument.
// MODULE: Inputs/pinned_mod.cppm
import pinned_mod;
// expected-note@*:* 1+ {{'lock_state' is declared 'pinned' here}}
// expected-error@*:* {{cannot move object of pinned type 'lock_state'}}
// expected-note@*:* 0+ {{requested here}}
void use(lock_state& s) { (void)take(s); }
