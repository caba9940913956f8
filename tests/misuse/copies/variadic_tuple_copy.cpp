// A variadic template packs copies of its arguments.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class... Ts> struct tuple_like;
template <class T> struct tuple_like<T> {
  T first;
  tuple_like(const T& t) : first(t) {} // expected-error {{cannot copy object of pinned type 'P'}}
};
template <class... Ts> tuple_like<Ts...> capture(const Ts&... ts) { return tuple_like<Ts...>(ts...); }
void use(P& p) { (void)capture(p); }
// expected-note@*:* 0+ {{requested here}}
