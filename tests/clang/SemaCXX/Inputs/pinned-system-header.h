#pragma clang system_header
typedef __SIZE_TYPE__ size_t;
extern "C" void *memcpy(void *, const void *, size_t);
namespace lib {
// A library that relocates its elements with memcpy, as a container might.
template <class T> void relocate(T *to, T *from) { memcpy(to, from, sizeof(T)); }
template <class T> struct Storage { T value; };
template <class T> struct Payload { Storage<T> storage; bool engaged; };
template <class T> struct Optional { Payload<T> payload; };
} // namespace lib
