// co_return of a local moves it into the promise.
#include <coroutine>
#include <utility>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_value(P v) { (void)v.v; } // expected-note {{passing argument to parameter 'v' here}}
    void unhandled_exception() {}
  };
};
task run() {
  P p;
  co_return p; // expected-error {{cannot move object of pinned type 'P'}}
}
