// The brief's fallible driver example.
// expected-no-diagnostics
#include <expected>
#include <system_error>
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
