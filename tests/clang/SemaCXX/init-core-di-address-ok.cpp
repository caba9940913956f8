// Taking the address of the slot or a member is not a use.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
struct [[pinned]] L { L* next; L* prev; };
struct N { L link; int* where; int v; };
void f(init N& self) {
  self.link = L{&self.link, &self.link};
  self.where = &self.v;
  self.v = 0;
}

// Nor is taking it with std::addressof or __builtin_addressof.
namespace std {
template <class T> constexpr T *addressof(T &r) noexcept {
  return __builtin_addressof(r);
}
} // namespace std
void g(init N& self) {
  self.link = L{std::addressof(self.link), __builtin_addressof(self.link)};
  self.where = std::addressof(self.v);
  self.v = 0;
}
void h(init L& self) {
  self.next = std::addressof(self);
  self.prev = __builtin_addressof(self);
}
