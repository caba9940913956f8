// A friend init function of a class with private members.
class Account {
  long balance_;
  long limit_;
  friend void open(init Account& self, long v);
};
void open(init Account& self, long v) {
  self.balance_ = v < self.limit_ ? v : 0; // expected-error {{'self.limit_' is used before it is constructed}}
  self.limit_ = 100;
}
