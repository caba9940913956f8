// Using the pinned types of a precompiled header in place.
// PCH: Inputs/pinned_types.h
// expected-no-diagnostics
static_assert(__is_pinned(task));
int use(task& t) { list_head& h = t.node; task fresh; return (h.next == &h) + fresh.id; }
