// Field-wise construction of a class with bases: stateless bases (empty, with implicit
// trivial default constructor and destructor, such as marker classes) are constructed with
// the storage and only the members are tracked; any other base makes the class
// constructible only as a whole.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct base { int x; };
struct derived : base { int y; };
void build(init derived& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with a base class that is not empty or declares a constructor or destructor is not supported by this implementation of init parameters}}
}
void whole(init derived& self) { self = derived{{1}, 2}; }

struct [[pinned]] marker {};
struct tag {};
struct [[pinned]] node : marker, tag { node* next; int value; }; // expected-note {{member 'value' is not constructed}}
static_assert(__is_pinned(node));
void build_node(init node& self, int v) {
  self.next = &self;
  self.value = v;
}
node use_node() { return build_node(3); }

void forgets_a_member(init node& self) {
  self.next = &self;
} // expected-error {{'self' is not fully constructed at the end of the function}}

class [[pinned]] hidden : marker { // private base: not an aggregate
  int value_;
  friend void build_hidden(init hidden& self, int v);
public:
  int value() const { return value_; }
};
void build_hidden(init hidden& self, int v) { self.value_ = v; }

struct counted { counted(); };
struct with_counted_base : counted { int y; };
void build_counted(init with_counted_base& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with a base class that is not empty or declares a constructor or destructor is not supported by this implementation of init parameters}}
}

struct noisy_end { ~noisy_end(); };
struct with_destructor_base : noisy_end { int y; };
void build_destructor_base(init with_destructor_base& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with a base class that is not empty or declares a constructor or destructor is not supported by this implementation of init parameters}}
}

struct virtual_tag : virtual tag { int y; };
void build_virtual(init virtual_tag& self) {
  self.y = 1; // expected-error {{'virtual_tag' cannot be constructed field by field because it has virtual functions or virtual base classes}}
}

// A declared constructor is the base's say over its construction, even when trivial or deleted.
struct no_default { no_default() = delete; };
struct with_deleted_base : no_default { int y; };
void build_deleted_base(init with_deleted_base& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with a base class that is not empty or declares a constructor or destructor is not supported by this implementation of init parameters}}
}
struct defaulted { defaulted() = default; };
struct with_defaulted_base : defaulted { int y; };
void build_defaulted_base(init with_defaulted_base& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with a base class that is not empty or declares a constructor or destructor is not supported by this implementation of init parameters}}
}
// Stateless all the way down: a marker deriving from a marker.
struct [[pinned]] outer_marker : marker {};
struct chained : outer_marker { int y; };
void build_chained(init chained& self) { self.y = 1; }
struct empty_over_no_default : no_default {};
struct deep : empty_over_no_default { int y; };
void build_deep(init deep& self) {
  self.y = 1; // expected-error {{field-wise construction of a class with a base class that is not empty or declares a constructor or destructor is not supported by this implementation of init parameters}}
}
