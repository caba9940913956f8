// A range-for loop with an 'auto' element copies each element.
struct [[pinned]] P { P* self = this; int v = 0; }; // expected-note 1+ {{'P' is declared 'pinned' here}}
int use(P (&arr)[3]) {
  int sum = 0;
  for (auto e : arr) // expected-error {{cannot copy object of pinned type 'P'}}
    sum += e.v;
  return sum;
}
