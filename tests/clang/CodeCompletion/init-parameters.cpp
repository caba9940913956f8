// Signature help and completion for init functions: a call that omits the
// slot is shown the way it is called (its arguments bind to the parameters
// after the slot, its value is the slot's object); an explicit slot is shown
// with 'init'.
struct list_head { list_head *next, *prev; };
void link(init list_head &self, list_head *next, list_head *prev);
struct node { int key; };
node make_node(int key, char tag);
void make_node(init node &self, int key);
void (*factory)(init list_head &self, list_head *other);

void use(list_head *a) {
  list_head h = link(a, a);
  link(init *a, a, a);
  node n = make_node(1);
  list_head g = factory(a);
}

// RUN: %clang_cc1 -std=c++23 -fsyntax-only -code-completion-at=%s:13:22 %s -o - \
// RUN:   | FileCheck -check-prefix=OMIT-FIRST %s
// OMIT-FIRST: OVERLOAD: [#list_head#]link(<#list_head *next#>, list_head *prev)
// OMIT-FIRST: PREFERRED-TYPE: list_head *
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -code-completion-at=%s:13:25 %s -o - \
// RUN:   | FileCheck -check-prefix=OMIT-SECOND %s
// OMIT-SECOND: OVERLOAD: [#list_head#]link(list_head *next, <#list_head *prev#>)
// OMIT-SECOND: PREFERRED-TYPE: list_head *
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -code-completion-at=%s:14:17 %s -o - \
// RUN:   | FileCheck -check-prefix=EXPLICIT %s
// EXPLICIT: OVERLOAD: [#void#]link(init list_head &self, <#list_head *next#>, list_head *prev)
// EXPLICIT: PREFERRED-TYPE: list_head *
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -code-completion-at=%s:15:22 %s -o - \
// RUN:   | FileCheck -check-prefix=OVERLOADS %s
// OVERLOADS-DAG: OVERLOAD: [#node#]make_node(<#int key#>)
// OVERLOADS-DAG: OVERLOAD: [#node#]make_node(<#int key#>, char tag)
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -code-completion-at=%s:16:25 %s -o - \
// RUN:   | FileCheck -check-prefix=POINTER %s
// POINTER: OVERLOAD: [#list_head#](<#list_head *other#>)
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -code-completion-at=%s:13:17 %s -o - \
// RUN:   | FileCheck -check-prefix=NAME %s
// NAME: COMPLETION: link : [#void#]link(<#init list_head &self#>, <#list_head *next#>, <#list_head *prev#>)
