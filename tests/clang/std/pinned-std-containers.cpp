// Misuse inside standard library templates is reported as a move of a pinned
// object, with the chain of notes; what the library does in place still works.
// RUN: %clangxx -std=c++23 -fsyntax-only -Xclang -verify %s

#include <cstring>
#include <deque>
#include <expected>
#include <list>
#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

struct [[pinned]] P { // expected-note 6 {{'P' is declared 'pinned' here}} expected-note 2 {{'P' is pinned: its objects cannot be copied, moved or relocated}}
  P *self = this;
  int value = 0;
  P() = default;
  explicit P(int v) : value(v) {}
};
struct Holder {
  P member; // expected-note {{'Holder' is pinned because its member 'member' of type 'P' is pinned}}
};

static_assert(__is_pinned(std::optional<P>));
static_assert(__is_pinned(std::expected<P, int>));
static_assert(__is_pinned(std::expected<int, P>));
static_assert(__is_pinned(std::variant<int, P>));
static_assert(__is_pinned(std::pair<int, P>));
static_assert(!__is_pinned(std::unique_ptr<P>));
static_assert(!__is_pinned(std::vector<P>));
static_assert(!__is_pinned(std::optional<P *>));

void in_place_still_works() {
  std::optional<P> o;
  o.emplace(3);
  std::deque<P> d;
  d.emplace_back(1);
  d.emplace_front(2);
  std::list<P> l;
  l.emplace_back(4);
  l.emplace(l.begin(), 5);
  std::unique_ptr<P> u = std::make_unique<P>(6);
  std::unique_ptr<P> v = std::move(u); // moving the owner, not the object
  std::shared_ptr<P> s = std::make_shared<P>(7);
  std::expected<P, int> e(std::in_place, 8);
  std::variant<int, P> var(std::in_place_type<P>, 9);
}

void vector_relocates(std::vector<P> &v) {
  v.emplace_back(1);
}
// Reallocation moves the elements: reported where libstdc++ constructs them.
// expected-error@*:* {{no matching function for call to 'construct_at'}}
// expected-error@*:* {{cannot move object of pinned type 'P'}}
// expected-error@*:* {{static assertion failed due to requirement 'is_constructible<P, P &&>::value': result type must be constructible from input type}}
// expected-note@*:* {{candidate template ignored: substitution failure [with _Tp = P, _Args = <P>]: cannot move object of pinned type 'P'}}
// expected-note@*:* 0+ {{in instantiation of}}

void swap_moves(P &a, P &b) {
  std::swap(a, b); // expected-error {{no matching function for call to 'swap'}}
}
// expected-note@*:* {{candidate template ignored: requirement '__and_<std::__not_<std::__is_tuple_like<P>>, std::is_move_constructible<P>, std::is_move_assignable<P>>::value' was not satisfied [with _Tp = P]}}
// expected-note@*:* 0+ {{candidate template ignored: could not match}}

void optional_copy(std::optional<P> &o) {
  std::optional<P> copy = o; // expected-error {{cannot copy object of pinned type 'std::optional<P>'}}
}
// One note stands for libstdc++'s storage classes between optional<P> and P.
// expected-note@*:* {{'std::optional<P>' is pinned because it contains an object of pinned type 'P'}}

void bytewise(P *p, P *q, Holder *h) {
  std::memcpy(p, q, sizeof(P)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note {{cast the pointer to 'void *' explicitly to silence this error}}
  std::memmove(h, h + 1, sizeof(Holder)); // expected-error {{destination for this 'memmove' call is a pointer to pinned type 'Holder', whose objects must not be relocated}} expected-note {{cast the pointer to 'void *' explicitly to silence this error}}
}
