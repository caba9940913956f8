// How 'init' at the start of a call argument is recognized: where the next
// token cannot follow a name in an expression (an identifier, a keyword, a
// literal), syntax makes 'init' the slot marker whatever 'init' names; before
// '*', lookup decides; anything else is a use of a name 'init'.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

struct S { int a; };
void make(init S& self) { self.a = 1; }
int take(int v) { return v; }
int take2(int a, int b) { return a + b; }

// 1. A two-phase class keeps its member function named 'init' while it
//    migrates: 'init' before an identifier, a keyword or '*' is the marker.
struct pair_of { S a; S b; S c; };
struct legacy {
  S s;
  void init() {}
  static void build(init pair_of& self, S* p) {
    make(init self.a);                                 // identifier
    make(init self.b);
    make(init static_cast<S&>(self.c)); // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
    make(init *p);                                     // '*': 'init' names only member functions
  }
  void build_member(S* p) {
    make(init *p);                                     // '*': still only member functions
    make(init this->s); // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
    init();                                            // the member function still works
  }
};

// 2. An identifier after 'init' decides even where 'init' names a variable or
//    a function: 'init x' is never an expression.
int init_var_scope(S* p) {
  int init = 2;
  make(init *p);        // expected-error {{invalid operands to binary expression ('int' and 'S *')}}
  S local_slot_storage;
  make(init local_slot_storage); // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
  return take(init * 3);                               // a multiplication
}
namespace fn_named_init {
int init(int x) { return x; }
void use(S* p) {
  make(init *p);   // expected-error {{invalid operands to binary expression ('int (int)' and 'S *')}}
  S& r = *p;
  make(init r);    // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
  (void)take(init(3));                                 // a call of fn_named_init::init
}
}

// 3. A literal after 'init' is the marker too, and the slot is then rejected.
void literal() {
  make(init 0);    // expected-error {{an 'init' argument must be an init parameter, a member of one, or '*p' for a pointer 'p'}}
}

// 4. 'init(' calls a function named 'init', also one that only
//    argument-dependent lookup finds: a hidden friend or a function in the
//    argument's namespace.
namespace adl {
struct widget {
  int v;
  friend int init(widget& w) { return w.v = 7; }      // hidden friend
};
namespace deep { struct gadget { int v; }; int init(gadget& g) { return g.v = 8; } }
int use(widget& w, deep::gadget& g) {
  return take(init(w)) + take2(init(g), init (w));
}
template <class T> int use_dependent(T& t) { return take(init(t)); }
template int use_dependent(widget&);
}

// 5. Names, members and operators after 'init' keep their meaning.
namespace init_ns { inline int version = 1; }
namespace names {
template <class T> constexpr int init = sizeof(T);      // a variable template
struct holder { int init[2]; int* pinit; };
int use(holder& h) {
  return take(init<int>) + take(h.init[0]) + take2(init<char>, init<short>);
}
}
namespace ops {
struct counter { int init; };
int use(counter c, int init) {
  return take(init) + take(init + 1) + take(init - 1) + take(c.init) +
         take2(init, init) + take(init * init) + take((init));
}
}
namespace init { inline int version = 2; }
int qualified() { return take(init::version); }       // 'init::' is a qualifier

// 6. A concept named 'init' keeps its meaning as a type-constraint and as an
//    expression.
namespace concepts {
template <class T> concept init = sizeof(T) > 0;
void constrained(init auto x);                        // a constrained parameter, not an init parameter
template <init T> void constrained2(T t);
bool as_value() { return take(init<int>); }
void call() { constrained(1); constrained2(2); }
static_assert(__is_same(decltype(constrained<int>), void(int)));
}

// 7. 'init' marks only the first argument of a call.
void second(int, S&);
void misplaced(S* p) {
  make(init *p, init *p); // expected-error {{'init' can only introduce the first argument of a call}}
  second(1, init *p);     // expected-error {{'init' can only introduce the first argument of a call}}
}
