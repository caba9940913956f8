// A builder macro that sets only some fields.
struct Config {
  int port;
  int backlog; // expected-note {{member 'backlog' is not constructed}}
};
#define DEFAULT_PORT(slot) (slot).port = 80
void make(init Config& self) {
  DEFAULT_PORT(self);
} // expected-error {{'self' is not fully constructed at the end of the function}}
