// Which LLVM ADT types the two LLVM_PINNED annotations of types.patch pin,
// directly or transitively (through a base class or a member). Compiled by
// tools/usage.py with the patched clang++ on the patched headers; prints one
// line per type and the count, which usage/README.md quotes.
#include "llvm/ADT/AllocatorList.h"
#include "llvm/ADT/FoldingSet.h"
#include "llvm/ADT/ilist.h"
#include "llvm/ADT/ilist_node.h"
#include "llvm/ADT/simple_ilist.h"
#include <cstdio>

namespace {
struct Node : llvm::ilist_node<Node> {};
struct Parent;
struct ChildNode : llvm::ilist_node_with_parent<ChildNode, Parent> {
  Parent *getParent() const { return nullptr; }
};
struct Folded : llvm::FoldingSetNode {
  void Profile(llvm::FoldingSetNodeID &) const {}
};
using Sentinel = llvm::ilist_sentinel<llvm::ilist_detail::compute_node_options<Node>::type>;

int pinned = 0, total = 0;
// Prints whether T is pinned and counts it.
template <class T> void show(const char *name) {
  ++total;
  pinned += __is_pinned(T);
  std::printf("  %-40s %s\n", name, __is_pinned(T) ? "pinned" : "not pinned");
}
} // namespace

int main() {
  std::printf("pinned types (patched compiler, patched headers):\n");
  show<llvm::ilist_node_base<false, void>>("ilist_node_base<false, void>");
  show<llvm::ilist_node_base<true, Parent>>("ilist_node_base<true, Parent>");
  show<llvm::ilist_node<Node>>("ilist_node<Node>");
  show<llvm::ilist_node_with_parent<ChildNode, Parent>>("ilist_node_with_parent<...>");
  show<Sentinel>("ilist_sentinel<...>");
  show<Node>("a user node: struct Node : ilist_node<Node>");
  show<llvm::simple_ilist<Node>>("simple_ilist<Node>");
  show<llvm::iplist<Node>>("iplist<Node>");
  show<llvm::ilist<Node>>("ilist<Node>");
  show<llvm::BumpPtrList<int>>("BumpPtrList<int>");
  show<llvm::FoldingSetNode>("FoldingSetNode");
  show<Folded>("a user node: struct Folded : FoldingSetNode");
  // Containers that only point at their nodes stay movable.
  show<llvm::FoldingSet<Folded>>("FoldingSet<Folded>");
  show<llvm::ilist_iterator<llvm::ilist_detail::compute_node_options<Node>::type, false, false>>(
      "ilist_iterator<...>");
  std::printf("%d of %d listed types pinned\n", pinned, total);
}
