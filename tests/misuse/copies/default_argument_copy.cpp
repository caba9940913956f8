// A default argument copies a global object into a by-value parameter.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
P global;
void configure(P settings = global); // expected-error {{cannot copy object of pinned type 'P'}} expected-note {{passing argument to parameter 'settings' here}}
