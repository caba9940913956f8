// Copying the bytes of an ordinary member of a pinned object is fine.
// expected-no-diagnostics
#include <cstring>
struct [[pinned]] Frame { Frame* self = this; char payload[16]; int len = 0; };
void use(Frame& f, const char* src) {
  std::memcpy(f.payload, src, sizeof f.payload);
  std::memcpy(&f.len, src, sizeof f.len);
}
