// Field-wise construction of a class with bases: stateless bases (empty, with implicit
// trivial default constructor and destructor, such as marker classes) are constructed with
// the storage; any other direct non-virtual base is tracked like a member: constructed
// through 'static_cast<B &>(self)' or from its default, and reported when it is not
// (init-core-fieldwise-base-classes.cpp has the rest).
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct base { int x; };
struct derived : base { int y; }; // expected-note {{base class 'base' is not constructed}}
void build(init derived& self) {
  self.y = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}
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

// Bases with a default are constructed from it on entry.
struct counted { counted(); };
struct with_counted_base : counted { int y; };
void build_counted(init with_counted_base& self) {
  self.y = 1;
}

struct noisy_end { ~noisy_end(); };
struct with_destructor_base : noisy_end { int y; };
void build_destructor_base(init with_destructor_base& self) {
  self.y = 1;
}

struct virtual_tag : virtual tag { int y; };
void build_virtual(init virtual_tag& self) {
  self.y = 1; // expected-error {{'virtual_tag' cannot be constructed field by field because it has virtual functions or virtual base classes}}
}

// A declared constructor is the base's say over its construction, even when trivial or
// deleted: such a base is tracked, and a deleted default is none.
struct no_default { no_default() = delete; };
struct with_deleted_base : no_default { int y; }; // expected-note {{base class 'no_default' is not constructed}}
void build_deleted_base(init with_deleted_base& self) {
  self.y = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}
struct defaulted { defaulted() = default; };
struct with_defaulted_base : defaulted { int y; };
void build_defaulted_base(init with_defaulted_base& self) {
  self.y = 1;
}
// Stateless all the way down: a marker deriving from a marker.
struct [[pinned]] outer_marker : marker {};
struct chained : outer_marker { int y; };
void build_chained(init chained& self) { self.y = 1; }
struct empty_over_no_default : no_default {};
struct deep : empty_over_no_default { int y; }; // expected-note {{base class 'empty_over_no_default' is not constructed}}
void build_deep(init deep& self) {
  self.y = 1;
} // expected-error {{'self' is not fully constructed at the end of the function}}
