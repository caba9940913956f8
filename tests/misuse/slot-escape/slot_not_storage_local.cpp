// An explicit slot that is a live local, not storage.
struct S { int a; };
void make(init S& self);
void use() {
  S local{1};
  make(init local); // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
}
