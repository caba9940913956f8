// 'pinned' stays an ordinary identifier outside a class head.
// expected-no-diagnostics
struct pinned { int pinned = 0; };
int pinned_count(pinned pinned) { return pinned.pinned; }
struct widget { bool pinned; };
int use() { pinned p; widget w{true}; pinned q = p; return pinned_count(q) + w.pinned; }
