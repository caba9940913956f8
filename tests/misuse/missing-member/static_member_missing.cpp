// A static member init function forgets a private member.
class Account {
  long balance_;
  long limit_; // expected-note {{member 'limit_' is not constructed}}
public:
  static void empty(init Account& self) {
    self.balance_ = 0;
  } // expected-error {{'self' is not fully constructed at the end of the function}}
};
