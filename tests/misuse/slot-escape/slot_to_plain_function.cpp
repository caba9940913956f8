// An init argument passed to a function that does not construct it.
struct S { int a; };
void fill(S& s);
void use(S* p) {
  fill(init *p); // expected-error {{an 'init' argument can only be passed to an init function; 'fill' has no 'init' parameter}}
}
