// RUN: %clang_cc1 -fsyntax-only -std=c++20 -fcxx-exceptions -verify %s

namespace std {
template <class T> struct remove_reference { using type = T; };
template <class T> struct remove_reference<T &> { using type = T; };
template <class T>
constexpr typename remove_reference<T>::type &&move(T &&t) noexcept {
  return static_cast<typename remove_reference<T>::type &&>(t);
}
} // namespace std

struct [[pinned]] list_head { // expected-note 13 {{'list_head' is declared 'pinned' here}}
  list_head *next = this, *prev = this;
};

struct driver_data {
  int irq;
  list_head waiters; // expected-note 4 {{'driver_data' is pinned because its member 'waiters' of type 'list_head' is pinned}}
};

void moves_and_copies(list_head &a, list_head &b, driver_data &d) {
  list_head c = a;             // expected-error {{cannot copy object of pinned type 'list_head'}}
  list_head m = std::move(a);  // expected-error {{cannot move object of pinned type 'list_head'}}
  a = b;                       // expected-error {{cannot copy-assign object of pinned type 'list_head'}}
  a = std::move(b);            // expected-error {{cannot move-assign object of pinned type 'list_head'}}
  driver_data e = d;           // expected-error {{cannot copy object of pinned type 'driver_data'}}
  driver_data f(std::move(d)); // expected-error {{cannot move object of pinned type 'driver_data'}}
  d = d;                       // expected-error {{cannot copy-assign object of pinned type 'driver_data'}}
  d = std::move(d);            // expected-error {{cannot move-assign object of pinned type 'driver_data'}}
}

// Returning a named local needs a move: the init parameters of this proposal
// are the way to name a result object, not NRVO.
list_head return_local() {
  list_head h;
  return h; // expected-error {{cannot move object of pinned type 'list_head'}}
}

void take_by_value(list_head); // expected-note {{passing argument to parameter here}}
void pass_lvalue(list_head &h) {
  take_by_value(h); // expected-error {{cannot copy object of pinned type 'list_head'}}
}

void throw_lvalue(list_head &h) {
  throw h; // expected-error {{cannot throw object of pinned type 'list_head' by value}} expected-note {{an exception object may be copied; throw a pointer, or give 'list_head' a copy constructor}}
}

void capture_by_copy(list_head &h) {
  auto l = [h] {}; // expected-error {{cannot copy object of pinned type 'list_head'}}
}

// Explicitly defaulted operations are deleted too, and say why.
struct [[pinned]] Defaulted { // expected-note 2 {{'Defaulted' is declared 'pinned' here}}
  Defaulted() = default;
  Defaulted(const Defaulted &) = default; // expected-warning {{explicitly defaulted copy constructor is implicitly deleted}} expected-note {{copy constructor of 'Defaulted' is implicitly deleted because 'Defaulted' is pinned}} expected-note {{replace 'default' with 'delete'}}
  Defaulted &operator=(Defaulted &&) = default; // expected-warning {{explicitly defaulted move assignment operator is implicitly deleted}} expected-note {{move assignment operator of 'Defaulted' is implicitly deleted because 'Defaulted' is pinned}} expected-note {{replace 'default' with 'delete'}}
};

// User-provided copy and move operations are allowed: they construct or
// assign a separate object at its own address; the source stays put.
struct [[pinned]] Counter {
  int value = 0;
  Counter() = default;
  Counter(const Counter &other) : value(other.value) {}
  Counter(Counter &&other) : value(other.value) { other.value = 0; }
  Counter &operator=(const Counter &other) { value = other.value; return *this; }
};
void user_provided(Counter &a) {
  Counter b = a;
  Counter c = std::move(a);
  b = c;
}
static_assert(__is_pinned(Counter));

// An explicit call of the deleted operator names the pinned type as well.
void explicit_operator_call(list_head &a, list_head &b) {
  a.operator=(b); // expected-error {{cannot copy-assign object of pinned type 'list_head'}}
}
