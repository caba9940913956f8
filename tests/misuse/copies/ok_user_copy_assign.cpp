// A user-provided copy assignment changes the value, not the address.
// expected-no-diagnostics
struct [[pinned]] Setting {
  Setting* self = this;
  int value = 0;
  Setting() = default;
  Setting& operator=(const Setting& o) { value = o.value; return *this; }
};
template <class T> void assign(T& a, const T& b) { a = b; }
void use(Setting& a, Setting& b) { a = b; assign(a, b); }
