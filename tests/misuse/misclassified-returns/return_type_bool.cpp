// An init function that returns bool.
struct S { int a; };
bool make(init S& self); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
