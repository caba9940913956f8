// RUN: %clang_cc1 -fsyntax-only -std=c++20 -fcxx-exceptions -verify %s
// expected-no-diagnostics

// Pinning forbids changing an object's address, not creating objects: every
// form of initialization that constructs at the final address keeps working.
typedef __SIZE_TYPE__ size_t;
void *operator new(size_t, void *p) noexcept;

struct [[pinned]] list_head {
  list_head *next = this, *prev = this;
  list_head() = default;
  explicit list_head(int) {}
};
struct driver_data { int irq; list_head waiters; };

list_head make_head() { return list_head(); }          // prvalue return
list_head make_head_braced() { return {}; }
list_head make_head_conditional(bool b) { return b ? list_head() : list_head(1); }
driver_data make_driver(int irq) { return {irq, list_head()}; }
driver_data make_driver_nested(int irq) { return driver_data{irq, make_head()}; }
void take(list_head) {}
void take_driver(driver_data) {}

template <class T> struct unique_ptr {
  T *p;
  explicit unique_ptr(T *p) : p(p) {}
  unique_ptr(unique_ptr &&o) : p(o.p) { o.p = nullptr; }
  ~unique_ptr() { delete p; }
};

struct Wrapper {
  list_head head = make_head();                         // member initializer
  list_head heads[2] = {make_head(), list_head(1)};     // array elements
};

void uses() {
  list_head local;                                      // locals
  list_head from_call = make_head();                    // guaranteed elision
  list_head from_conditional = make_head_conditional(true);
  driver_data d = make_driver(3);
  driver_data d2{4, make_head()};                       // aggregate element
  auto *heap = new list_head(make_head());              // new
  auto *heap_driver = new driver_data{5, {}};
  delete heap;
  delete heap_driver;
  unique_ptr<list_head> owned(new list_head);           // owning pointers move
  unique_ptr<list_head> moved_owner = static_cast<unique_ptr<list_head> &&>(owned);
  take(list_head());                                    // prvalue arguments
  take(make_head());
  take_driver(make_driver(6));
  alignas(list_head) unsigned char raw[sizeof(list_head)];
  list_head *placed = new (raw) list_head;              // placement into raw storage
  placed->~list_head();
  list_head &ref = local;                               // references and pointers
  list_head *ptr = &ref;
  (void)ptr;
  Wrapper w;
  (void)w;
  static list_head static_head;                         // static storage
  thread_local list_head thread_head;
}

list_head thrown;
void throw_pointer() { throw &thrown; }                 // the object stays where it is

void catch_by_reference() {
  try { throw_pointer(); } catch (list_head *h) { (void)h; }
}

// Lambdas may capture pinned objects by reference.
void capture(list_head &h) {
  auto l = [&h] { return h.next; };
  (void)l();
}
