// A coroutine that takes the pinned object by reference keeps a reference
// in its frame.
// expected-no-diagnostics
#include <coroutine>
struct [[pinned]] P { P* self = this; int v = 0; };
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
task run(P& p) { p.v = 1; co_return; }
void use(P& p) { run(p); }
