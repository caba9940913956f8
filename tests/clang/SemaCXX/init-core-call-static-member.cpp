// Static member and friend init functions may construct a non-aggregate field by field.
// RUN: %clang_cc1 -std=c++23 -fsyntax-only -verify %s

class account {
public:
  explicit account(long opening) : balance_(opening) {}
  static void empty(init account& self) { self.balance_ = 0; }
  friend void open_with(init account& self, long v);
  long balance() const { return balance_; }
private:
  long balance_; // expected-note {{declared private here}}
};
void open_with(init account& self, long v) { self.balance_ = v; }
void forge(init account& self) {
  self.balance_ = -1; // expected-error {{'account' cannot be constructed field by field here: it is not an aggregate and this function is neither a member nor a friend of 'account'}}
                      // expected-error@-1 {{'balance_' is a private member of 'account'}}
}
void through_ctor(init account& self) { self = account(5); }
long use() {
  account a = account::empty();
  account b = open_with(7);
  return a.balance() + b.balance();
}
