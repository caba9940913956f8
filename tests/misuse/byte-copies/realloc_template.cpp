// A generic growable buffer built on realloc.
#include <cstdlib>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct buffer {
  T* data = nullptr;
  std::size_t size = 0;
  void grow() {
    data = static_cast<T*>(std::realloc(data, (size + 1) * sizeof(T))); // expected-error {{argument of this 'realloc' call is a pointer to pinned type 'P', whose objects must not be relocated}} expected-note 1+ {{cast the pointer}}
    ++size;
  }
};
void use(buffer<P>& b) { b.grow(); }
// expected-note@*:* 0+ {{requested here}}
