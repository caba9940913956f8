// The brief's fallible example: a status from a sub-init, a failure value, and success with every member.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

// expected-no-diagnostics
namespace std {
enum class errc { not_enough_memory = 12 };
template <class E> class unexpected { public: constexpr explicit unexpected(E e) : e_(e) {} E e_; };
template <class E> unexpected(E) -> unexpected<E>;
template <class T, class E> class expected;
template <class E> class expected<void, E> {
public:
  constexpr expected() : ok_(true) {}
  template <class G> constexpr expected(unexpected<G>) : ok_(false) {}
  constexpr explicit operator bool() const { return ok_; }
  constexpr bool has_value() const { return ok_; }
private:
  bool ok_;
};
}
struct [[pinned]] mutex { const char* name; mutex* self; };
std::expected<void, std::errc> mutex_init(init mutex& self, const char* name) {
  self.name = name;
  self.self = &self;
  return {};
}
struct buffer { unsigned char* bytes; };
struct driver_data { int irq; mutex lock; buffer* buf; };
buffer* try_alloc();
std::expected<void, std::errc> make_driver(init driver_data& self, int irq) {
  self.irq = irq;
  if (auto r = mutex_init(init self.lock, "driver_data::lock"); !r)
    return r;
  self.buf = try_alloc();
  if (!self.buf)
    return std::unexpected(std::errc::not_enough_memory);
  return {};
}
