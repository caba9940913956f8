// A hidden friend, found only by argument-dependent lookup, copies.
struct [[pinned]] Node { // expected-note 1+ {{'Node' is declared 'pinned' here}}
  Node* next = this;
  friend Node* detach(Node& n) {
    Node copy = n; // expected-error {{cannot copy object of pinned type 'Node'}}
    return copy.next;
  }
};
