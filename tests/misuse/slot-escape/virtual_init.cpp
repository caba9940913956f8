// A virtual init function: the caller could not know which body constructs.
struct S { int a; };
struct Factory {
  virtual void make(init S& self); // expected-error {{a virtual function cannot have an 'init' parameter}}
};
