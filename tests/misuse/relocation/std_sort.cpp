// std::sort moves elements around.
// FLAGS: -ferror-limit=0
#include <algorithm>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}} expected-note 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
bool operator<(const P& a, const P& b) { return a.v < b.v; }
void use(P (&arr)[4]) { std::sort(arr, arr + 4); }
// expected-error@*:* 1+ {{cannot move}}
// expected-error@*:* 0+ {{no matching function for call to}}
// expected-note@*:* 0+ {{candidate}}
// expected-note@*:* 0+ {{passing argument to parameter '__value' here}}
// expected-note@*:* 0+ {{requested here}}
