// The complete init function template from the same header.
// PCH: Inputs/init_functions.h
// expected-no-diagnostics
box<int> use() { box<int> b = make_full(1); return make_full(2); }
