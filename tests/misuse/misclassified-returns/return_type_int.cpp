// An init function that returns an error code as int.
struct S { int a; };
int make(init S& self); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
