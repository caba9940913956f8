// A coroutine moves its by-value parameters into the coroutine frame.
#include <coroutine>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
task run(P p) {
  co_return; // expected-error {{cannot move object of pinned type 'P'}}
}
