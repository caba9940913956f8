// A member function copies another object over *this.
#include <cstring>
struct [[pinned]] Node { // expected-note 1+ {{'Node' is declared 'pinned' here}}
  Node* next = this;
  void assign_bytes(const void* from) {
    std::memcpy(this, from, sizeof(*this)); // expected-error {{destination for this 'memcpy' call is a pointer to pinned type 'Node', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
  }
};
