// An init function template whose return type is a dependent alias for int.
struct S { int a; };
template <class T> using code = int;
template <class T> code<T> make(init T& self); // expected-error {{an init function must return 'void' or a specialization of 'std::expected<void, E>'}}
