// A memcpy inside a coroutine body.
#include <coroutine>
#include <cstring>
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
task run(P& p, void* raw) {
  std::memcpy(raw, &p, sizeof p); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
  co_return;
}
