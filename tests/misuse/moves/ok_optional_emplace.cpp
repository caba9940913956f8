// std::optional, std::expected and std::variant construct in place.
// expected-no-diagnostics
#include <expected>
#include <optional>
#include <variant>
struct [[pinned]] P { P* self = this; int v = 0; };
int use() {
  std::optional<P> o;
  o.emplace();
  std::optional<P> o2(std::in_place);
  std::expected<P, int> e(std::in_place);
  std::variant<int, P> v(std::in_place_type<P>);
  o.reset();
  return o2->v + e->v + std::get<P>(v).v;
}
