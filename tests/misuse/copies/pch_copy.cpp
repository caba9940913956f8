// The pinned class comes from a precompiled header; the copy is in the
// program.
// PCH: Inputs/pinned_types.h
// expected-note@*:* 1+ {{'list_head' is declared 'pinned' here}}
// expected-note@*:* 1+ {{'task' is pinned because its member 'node' of type 'list_head' is pinned}}
void use(task& t) {
  task copy = t; // expected-error {{cannot copy object of pinned type 'task'}}
  (void)copy;
}
