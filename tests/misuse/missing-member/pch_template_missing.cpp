// An init function template from a precompiled header that forgets a member
// is analyzed when instantiated here.
// PCH: Inputs/init_functions.h
// expected-error@*:* {{'self' is not fully constructed at the end of the function}}
// expected-note@*:* {{member 'tag' is not constructed}}
// expected-note@*:* 0+ {{requested here}}
void use(box<int>* p) { make_box(init *p, 1); }
