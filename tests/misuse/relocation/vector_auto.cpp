// auto hides the container type.
#include <vector>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}} expected-note 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
std::vector<P>& registry();
void use() { auto& r = registry(); r.emplace_back(); }
// The reallocation moves every element; libstdc++ reports it where it constructs them.
// expected-error@*:* 1+ {{cannot move object of pinned type 'P'}}
// expected-error@*:* 0+ {{no matching function for call to 'construct_at'}}
// expected-error@*:* 0+ {{static assertion failed due to requirement 'is_constructible<P, P &&>::value': result type must be constructible from input type}}
// expected-note@*:* 0+ {{candidate template ignored: substitution failure [with _Tp = P, _Args = <P>]: cannot move object of pinned type 'P'}}
// expected-note@*:* 0+ {{in instantiation of}}
