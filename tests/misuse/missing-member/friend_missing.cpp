// A friend init function forgets a member.
class Socket {
  int fd_;
  int flags_; // expected-note {{member 'flags_' is not constructed}}
  friend void open_socket(init Socket& self, int fd);
};
void open_socket(init Socket& self, int fd) {
  self.fd_ = fd;
} // expected-error {{'self' is not fully constructed at the end of the function}}
