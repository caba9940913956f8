// Initializers are one-shot: a copy could run twice (and, say, close one descriptor
// twice), so copying one must not compile; moving it is how it is handed on.
// EXPECT: (use of deleted function|call to (implicitly-)?deleted copy constructor)
#include <pin/pin.hpp>

#include <utility>

int main() {
    auto init = pin::construct<int>(42);
#ifdef PIN_CONTROL
    auto moved = std::move(init);
#else
    auto copy = init;
    auto moved = std::move(copy);
#endif
    auto b = pin::make_box(std::move(moved));
    return b && **b == 42 ? 0 : 1;
}
