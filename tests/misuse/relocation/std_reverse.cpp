// std::reverse swaps elements.
#include <algorithm>
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}} expected-note 1+ {{'P' is pinned: its objects cannot be copied, moved or relocated}}
void use(P (&arr)[4]) { std::reverse(arr, arr + 4); }
// expected-error@*:* 1+ {{no matching function for call to 'swap'}}
// expected-note@*:* 0+ {{candidate}}
// expected-note@*:* 0+ {{requested here}}
