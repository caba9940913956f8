// A coroutine would let the slot outlive the call in its frame.
#include <coroutine>
struct task {
  struct promise_type {
    task get_return_object() { return {}; }
    std::suspend_never initial_suspend() noexcept { return {}; }
    std::suspend_never final_suspend() noexcept { return {}; }
    void return_void() {}
    void unhandled_exception() {}
  };
};
struct S { int a; };
template <> struct std::coroutine_traits<void, S&> { using promise_type = task::promise_type; };
void co(init S& self) { // expected-error {{a coroutine cannot have an 'init' parameter}}
  co_return;
}
