// 01_list_head.cpp - an intrusive circular doubly linked list (the kernel's list_head).
//
// The problem: an empty list head points at itself, and every linked node is pointed at
// by its two neighbours. Copy or move such an object (return it by value without NRVO,
// keep it in a std::vector that grows, memcpy it) and the neighbours still point at the
// old address: the list is silently corrupted, and the next list_del writes into freed or
// reused memory. C relies on discipline (INIT_LIST_HEAD once the object is in place,
// never copy it); a plain C++ struct copies itself at the first `auto x = y;`.
//
// Here list_head is pinned: it is initialized at its final address (self-referential),
// copying and moving it does not compile (stock compilers: pin::pinned deletes them;
// patched Clang: [[pinned]], which also rejects memcpy/realloc of it), and its
// destructor unlinks it - correct only because it dies at the address its neighbours
// know. A task that contains one is pinned too and is built field by field in place
// (on the patched compiler by a native init function, which the compiler checks builds
// both members).
#include <pin/pin.hpp>

#include <cstddef>
#include <cstdio>
#include <type_traits>
#include <utility>

int failures = 0;
// Prints "what: yes/no" and counts a failure when the answer is not the expected one.
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

// --- what C has: a plain struct, initialized after the fact ---------------------------
struct c_list_head {
    c_list_head* next;
    c_list_head* prev;
};
void INIT_LIST_HEAD(c_list_head* h) { h->next = h->prev = h; }

// --- the pinned list_head -------------------------------------------------------------
struct PIN_PINNED list_head : pin::pinned {
    list_head* next;
    list_head* prev;
    static inline int live = 0;

    // Runs at the final address: an empty list is a ring of one.
    list_head() noexcept : next(this), prev(this) { ++live; }
    // Unlinks itself, so no neighbour is left pointing at a dead node.
    ~list_head() {
        unlink();
        --live;
    }

    // The initializer other objects use to build a list_head inside themselves.
    static auto init() { return pin::construct<list_head>(); }

    bool empty() const { return next == this; }
    void add_tail(list_head& entry) {  // insert `entry` before *this, i.e. at the tail
        entry.next = this;
        entry.prev = prev;
        prev->next = &entry;
        prev = &entry;
    }
    void unlink() {
        next->prev = prev;
        prev->next = next;
        next = prev = this;
    }
};

// A task on a run queue: pinned because its member `node` is.
struct task {
    int id;
    list_head node;
};

#if PIN_HAS_INIT_PARAMETERS
// The patched compiler: a task is built by an init function, field by field in the
// caller's storage; the node's constructor runs at its final address.
void build_task(init task& self, int id) {
    self.id = id;
    self.node = list_head();
}
auto make_task(int id) { return pin::from_init_fn(build_task, id); }
#else
// An initializer for a task: built field by field at its final address.
auto make_task(int id) {
    return pin::fields<task>().set<&task::id>(id).init<&task::node>(list_head::init());
}
#endif

task* task_of(list_head* n) {  // container_of(n, task, node)
    return reinterpret_cast<task*>(reinterpret_cast<char*>(n) - offsetof(task, node));
}

void print_queue(const char* label, list_head& head) {
    std::printf("%s:", label);
    for (list_head* p = head.next; p != &head; p = p->next)
        std::printf(" %d", task_of(p)->id);
    std::printf("\n");
}

// Every node's neighbours point back at it: the ring is intact.
bool ring_consistent(list_head& head) {
    list_head* p = &head;
    do {
        if (p->next->prev != p || p->prev->next != p)
            return false;
        p = p->next;
    } while (p != &head);
    return true;
}

int main() {
    std::printf("== a C list_head, copied\n");
    {
        c_list_head a;
        INIT_LIST_HEAD(&a);
        c_list_head b = a;  // compiles: b.next is &a, not &b
        show("the copy of an empty C list head points at itself", b.next == &b, false);
        show("the copy points at the original instead", b.next == &a);
    }

    std::printf("== the pinned list_head\n");
    show("list_head is pinned", pin::is_pinned_v<list_head>);
    show("task is pinned (through its member node)", pin::is_pinned_v<task>);
    show("task can be moved or copied", std::is_move_constructible_v<task> || std::is_copy_constructible_v<task>,
         false);
    {
        pin::stack_slot run_queue(list_head::init());  // the declaration is the final storage
        list_head* const head = run_queue.get();
        show("the empty run queue points at itself", head->next == head && head->prev == head);

        pin::stack_slot t1(make_task(1)), t2(make_task(2));
        auto t3 = pin::make_box(make_task(3));  // on the heap, same initializer
        if (!t3) {
            std::printf("allocation failed\n");
            return 1;
        }
        task* const t3_addr = t3->get();

        head->add_tail(t1->node);
        head->add_tail(t2->node);
        head->add_tail((*t3)->node);
        print_queue("run queue", *head);
        show("run queue address unchanged after 3 insertions", run_queue.get() == head);
        show("every node's neighbours point back at it", ring_consistent(*head));

        pin::box<task> moved = std::move(*t3);  // moves the owning pointer, not the task
        show("moving the box kept task 3 at its address", moved.get() == t3_addr && !*t3);
        show("task 3 is still linked", head->prev == &moved->node && moved->node.next == head);

        t2.reset();  // the destructor unlinks task 2
        print_queue("after destroying task 2", *head);
        moved.reset();
        print_queue("after destroying task 3", *head);
        show("ring still consistent", ring_consistent(*head));
        std::printf("live list_heads: %d\n", list_head::live);
    }
    std::printf("live list_heads after the scope: %d\n", list_head::live);
    show("all list_heads destroyed", list_head::live == 0);
    return failures == 0 ? 0 : 1;
}
