// A friend serializer copies bytes out.
#include <cstring>
class [[pinned]] Session { // expected-note 1+ {{'Session' is declared 'pinned' here}}
  int id = 0;
  friend void save(const Session& s, void* out) {
    std::memcpy(out, &s, sizeof s); // expected-error {{source of this 'memcpy' call is a pointer to pinned type 'Session', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
  }
};
