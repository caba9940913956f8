// A relocation fast path guarded by the trivially-relocatable trait.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 0+ {{'P' is declared 'pinned' here}}
static_assert(__is_trivially_relocatable(P)); // expected-error {{static assertion failed due to requirement '__is_trivially_relocatable(P)'}}
