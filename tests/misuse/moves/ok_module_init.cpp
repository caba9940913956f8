// An init function exported from a module constructs in place here.
// MODULE: Inputs/pinned_mod.cppm
// expected-no-diagnostics
import pinned_mod;
int use() { lock_state s = make_state(); lock_state* h = new lock_state(make_state()); int r = (s.self == &s) + h->owner; delete h; return r; }
