// A function template from a precompiled header, instantiated here with a
// pinned class: the error is in the header.
// PCH: Inputs/pinned_types.h
// expected-note@*:* 1+ {{'list_head' is declared 'pinned' here}}
// expected-error@*:* {{cannot copy object of pinned type 'list_head'}}
// expected-note@*:* 0+ {{requested here}}
void use(list_head& h) { (void)dup(h); }
