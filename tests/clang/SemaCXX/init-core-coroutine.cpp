// A coroutine cannot have an init parameter.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

namespace std {
template <class R, class... A> struct coroutine_traits { using promise_type = typename R::promise_type; };
template <class P = void> struct coroutine_handle {
  coroutine_handle() = default;
  template <class Q> coroutine_handle(coroutine_handle<Q>) {}
  static coroutine_handle from_address(void*);
  void* address() const;
};
struct suspend_never { bool await_ready() noexcept { return true; } void await_suspend(coroutine_handle<>) noexcept {} void await_resume() noexcept {} };
}
struct task {
  struct promise_type {
    task get_return_object();
    std::suspend_never initial_suspend() noexcept;
    std::suspend_never final_suspend() noexcept;
    void return_void();
    void unhandled_exception();
  };
};
struct S { int a; };
template <> struct std::coroutine_traits<void, S&> { using promise_type = task::promise_type; };
void co(init S& s) { // expected-error {{a coroutine cannot have an 'init' parameter}}
  co_return;
}
