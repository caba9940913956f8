// trivial_abi on a class template instantiated with a pinned member type.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
template <class T> struct [[clang::trivial_abi]] wrapper { T value; }; // expected-error {{'trivial_abi' cannot be applied to pinned type 'wrapper<P>'}} expected-note 1+ {{is pinned because}}
wrapper<P>* use(wrapper<P>& w) { return &w; }
// expected-note@*:* 0+ {{requested here}}
