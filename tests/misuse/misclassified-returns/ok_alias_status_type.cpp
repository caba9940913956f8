// The status type spelled through an alias and a trailing return type.
// expected-no-diagnostics
#include <expected>
#include <system_error>
using status = std::expected<void, std::errc>;
struct S { int a; };
status make(init S& self, int v) { if (v < 0) return std::unexpected(std::errc::invalid_argument); self.a = v; return {}; }
auto make2(init S& self) -> std::expected<void, int> { self.a = 0; return {}; }
