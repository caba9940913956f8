// An init function that returns a reference to its slot.
struct S { int a; };
S& make(init S& self); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
