// Mistakes in the init function of examples/01_list_head.cpp (on the patched compiler a
// task is built by build_task) that only init parameters can reject at compile time:
// forgetting the id, linking the node into a list before it is constructed, returning
// early with the node missing, constructing it twice, and building a list_head field by
// field from outside the class, which would skip the constructor that counts live heads.
// With pin::fields a forgotten or duplicated field is caught too
// (01_list_head-misuse.cpp), but a field initializer cannot touch another field, and what
// a closure initializer does is not checked at all.
//
// RUN: %clangxx -std=c++23 -fsyntax-only -I %{pin_include} -I %S/../../../examples -Xclang -verify %s

#define main example_main
#include "01_list_head.cpp"
#undef main

static_assert(PIN_HAS_INIT_PARAMETERS, "the example must take its native path here");

// expected-note@./01_list_head.cpp:* {{member 'node' is not constructed}}
// expected-note@./01_list_head.cpp:* {{member 'id' is not constructed}}

// An int has no default: leaving it alone would leave it indeterminate.
void forgets_the_id(init task& self) {
    self.node = list_head();
} // expected-error {{'self' is not fully constructed at the end of the function}}

// The node has one, its default constructor: a body that never mentions it gets an
// empty ring at the node's final address, as a constructor without a mem-initializer
// for it would.
void leaves_the_node_to_its_default(init task& self, int id) {
    self.id = id;
}

// The node would be linked with the garbage its storage holds, and its constructor would
// then reset it to an empty ring behind the run queue's back.
void links_before_construction(init task& self, int id, list_head& run_queue) {
    self.id = id;
    run_queue.add_tail(self.node); // expected-error {{'self.node' is used before it is constructed}}
    self.node = list_head();
}

void returns_early(init task& self, int id) {
    self.id = id;
    if (id == 0)
        return; // expected-error {{'self' is not fully constructed at this return}}
    self.node = list_head();
}

void builds_the_node_twice(init task& self, int id) {
    self.id = id;
    self.node = list_head(); // expected-note {{'self.node' is constructed here}}
    self.node = list_head(); // expected-error {{'self.node' is already constructed}}
}

void bypasses_the_constructor(init list_head& self) {
    self.next = &self; // expected-error {{'list_head' cannot be constructed field by field here: it is not an aggregate and this function is neither a member nor a friend of 'list_head'}}
}
