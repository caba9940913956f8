// A vector of a class that holds a pinned member.
#include <vector>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
struct Holder { P p; int n = 0; }; // expected-note 1+ {{'Holder' is pinned because its member 'p' of type 'P' is pinned}} expected-note 1+ {{'Holder' is pinned: its objects cannot be copied, moved or relocated}}
void use(std::vector<Holder>& v) { v.emplace_back(); }
// expected-error@*:* 1+ {{cannot move object of pinned type 'Holder'}}
// expected-error@*:* 0+ {{no matching function for call to 'construct_at'}}
// expected-error@*:* 0+ {{static assertion failed due to requirement 'is_constructible<Holder, Holder &&>::value': result type must be constructible from input type}}
// expected-note@*:* 0+ {{candidate template ignored: substitution failure [with _Tp = Holder, _Args = <Holder>]: cannot move object of pinned type 'Holder'}}
// expected-note@*:* 0+ {{in instantiation of}}
