// A pinned class with empty marker bases: only the members are tracked.
struct [[pinned]] marker {};
struct tag {};
struct [[pinned]] node : marker, tag {
  node* next;
  int value; // expected-note {{member 'value' is not constructed}}
};
void make(init node& self) {
  self.next = &self;
} // expected-error {{'self' is not fully constructed at the end of the function}}
