// 03_driver_data.cpp - a driver's state: a kernel::mutex<queue<command>> and a 1 MiB DMA
// buffer whose allocation can fail, created in one statement, on the heap or on the stack.
//
// The problem: the mutex must be initialized at its final address (see 02), the buffer
// allocation may fail, and the code is built without exceptions. A constructor cannot
// report the failure; a factory returning std::expected<driver_data, E> would have to move
// the mutex. So such code uses two-phase init - `driver_data d; if (d.init() < 0) ...` -
// where a forgotten init() uses an uninitialized mutex, a repeated one corrupts it, and a
// failure half way must undo exactly what was done (the classic goto-unwind ladder).
//
// Here one initializer describes the whole object: irq, then the mutex (registered with
// lockdep under the driver's name), then the buffer. It runs directly in the final
// storage - a heap box or a stack slot - and fails with an error value. When the buffer
// allocation fails, the members already built are destroyed in reverse order and the
// storage is given back: the program counts live queues, registered locks and heap
// blocks after each forced failure, and they are all zero. There is no init() anywhere.
// On the heap, `pin::make_box(new_driver_data(...))` is the one statement; on the stack,
// `pin::stack_slot drv(new_driver_data(...));` - the declaration is the final storage,
// and `drv.error()` says why it is empty. On the patched compiler the builders are native
// init functions (the library only supplies the storage); stock compilers use pin::fields.
#include "kernel_mutex.hpp"

#include <pin/pin.hpp>

#include <cstddef>
#include <cstdio>
#include <deque>
#include <expected>
#include <new>
#include <string>
#include <system_error>

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

// Construction (+), destruction (-) and failure (!) events, in order.
std::string events;
void event(char kind, const char* what) {
    if (!events.empty())
        events += ' ';
    events += kind;
    events += what;
}
void print_events(const char* label) {
    std::printf("%s: %s\n", label, events.c_str());
    events.clear();
}

// --- an allocator that counts blocks and can be told to fail -------------------------
constexpr std::size_t buffer_size = std::size_t{1} << 20;
int allocations_left = -1;  // < 0: unlimited
int heap_blocks = 0;        // allocated and not yet freed

const char* block_name(std::size_t n) { return n == buffer_size ? "buffer" : "driver_data"; }

struct counting_allocator {
    void* allocate(std::size_t n, std::size_t align) noexcept {
        if (allocations_left == 0) {
            event('!', block_name(n));
            return nullptr;
        }
        if (allocations_left > 0)
            --allocations_left;
        void* p = ::operator new(n, std::align_val_t(align), std::nothrow);
        if (p) {
            ++heap_blocks;
            event('+', block_name(n));
        }
        return p;
    }
    void deallocate(void* p, std::size_t n, std::size_t align) noexcept {
        --heap_blocks;
        event('-', block_name(n));
        ::operator delete(p, std::align_val_t(align));
    }
};

// --- the parts --------------------------------------------------------------------------
struct command {
    int opcode;
    int arg;
};

// A FIFO of commands; counts its live instances.
template <class T>
class queue {
public:
    static inline int live = 0;
    queue() {
        ++live;
        event('+', "queue");
    }
    queue(const queue&) = delete;
    queue& operator=(const queue&) = delete;
    ~queue() {
        --live;
        event('-', "queue");
    }
    void push(T t) { items_.push_back(t); }
    bool pop(T& out) {
        if (items_.empty())
            return false;
        out = items_.front();
        items_.pop_front();
        return true;
    }
    std::size_t size() const { return items_.size(); }

private:
    std::deque<T> items_;
};

struct dma_buffer {
    std::byte bytes[buffer_size];
};
using buffer_box = pin::box<dma_buffer, counting_allocator>;

#if !PIN_HAS_INIT_PARAMETERS
// An initializer for the buffer member: allocates 1 MiB, zeroed in place; may fail.
auto alloc_buffer() {
    return pin::from_closure<buffer_box, std::errc>([](buffer_box* slot) -> pin::init_result<std::errc> {
        auto b = pin::make_box(pin::zeroed<dma_buffer>(), counting_allocator{});
        if (!b)
            return std::unexpected(std::errc::not_enough_memory);
        ::new (static_cast<void*>(slot)) buffer_box(std::move(*b));  // moves the pointer only
        return {};
    });
}
#endif

// --- the driver -----------------------------------------------------------------------
struct driver_data {
    int irq;
    kernel::mutex<queue<command>> commands;  // pinned: driver_data is pinned
    buffer_box buffer;
};

lock_class_key commands_key{"driver_data::commands"};

#if PIN_HAS_INIT_PARAMETERS
// The patched compiler: the builders are init functions. The compiler checks that every
// member is constructed exactly once before `return {}`, and on the failure return it
// destroys what was built (commands, then irq) by itself: no unwind ladder to get wrong.

// The buffer member: allocates 1 MiB, zeroed in place; may fail.
std::expected<void, std::errc> init_buffer(init buffer_box& self) {
    auto b = pin::make_box(pin::zeroed<dma_buffer>(), counting_allocator{});
    if (!b)
        return std::unexpected(std::errc::not_enough_memory);
    self = std::move(*b);  // moves the pointer only
    return {};
}

std::expected<void, std::errc> make_driver_data(init driver_data& self, int irq, const char* lock_name) {
    self.irq = irq;
    kernel::init_mutex(init self.commands, lock_name, &commands_key);  // queue<command>{} as the data
    if (auto r = init_buffer(init self.buffer); !r)
        return r;  // commands, then irq, are destroyed
    return {};
}

// The whole driver_data as one initializer for the library's emplacers, failing with std::errc.
auto new_driver_data(int irq, const char* lock_name) {
    return pin::from_init_fn(make_driver_data, irq, lock_name);
}
#else
// The whole driver_data in one initializer, failing with std::errc.
auto new_driver_data(int irq, const char* lock_name) {
    return pin::fields<driver_data, std::errc>()
        .set<&driver_data::irq>(irq)
        .init<&driver_data::commands>(
            kernel::new_mutex<queue<command>>(pin::construct<queue<command>>(), lock_name, &commands_key))
        .init<&driver_data::buffer>(alloc_buffer());
}
#endif

task_struct irq_thread{"irq/5"};

// Uses a live driver: queue two commands under the lock, run them against the buffer.
bool exercise(driver_data& d) {
    {
        auto q = d.commands.lock(&irq_thread);
        q->push({1, 0x10});
        q->push({2, 0x20});
    }
    auto q = d.commands.lock(&irq_thread);
    bool zeroed = d.buffer->bytes[0] == std::byte{0} && d.buffer->bytes[buffer_size - 1] == std::byte{0};
    command c;
    int done = 0;
    while (q->pop(c)) {
        d.buffer->bytes[c.arg] = std::byte(c.opcode);
        ++done;
    }
    return zeroed && done == 2 && d.buffer->bytes[0x20] == std::byte{2};
}

void print_live(const char* label) {
    std::printf("%s: queues %d, registered locks %d, heap blocks %d\n", label, queue<command>::live,
                lockdep_registered, heap_blocks);
}
bool nothing_live() { return queue<command>::live == 0 && lockdep_registered == 0 && heap_blocks == 0; }

const char* error_name(std::errc e) { return e == std::errc::not_enough_memory ? "not_enough_memory" : "other"; }

// Creates a driver_data in a heap box while only `allocations` more heap
// blocks may be had, and shows that the failure left nothing behind.
void heap_failure(const char* what, int allocations, const char* lock_name) {
    std::printf("== forced failure: %s (heap)\n", what);
    allocations_left = allocations;
    auto drv = pin::make_box(new_driver_data(5, lock_name), counting_allocator{});
    allocations_left = -1;
    show("created", drv.has_value(), false);
    std::printf("error: %s\n", drv ? "none" : error_name(drv.error()));
    print_events("events");
    print_live("live after the failure");
    show("nothing left", nothing_live());
}

int main() {
    lockdep_observer = [](char kind, const char* name) { event(kind, (std::string("lock:") + name).c_str()); };
    show("driver_data is pinned", pin::is_pinned_v<driver_data>);

    std::printf("== on the heap, one statement\n");
    {
        auto drv = pin::make_box(new_driver_data(5, "drv0.commands"), counting_allocator{});
        print_events("built");
        show("created", drv.has_value());
        if (!drv)
            return 1;
        show("irq 5, lock registered at its final address, buffer of 1 MiB zeroed and used",
             (*drv)->irq == 5 && lockdep_lookup((*drv)->commands.raw.get()) != nullptr && exercise(**drv));
        print_live("live");
    }
    print_events("destroyed");

    std::printf("== on the stack, one statement\n");
    {
        pin::stack_slot drv(new_driver_data(7, "drv1.commands"));
        print_events("built");
        show("created", drv.has_value());
        if (!drv)
            return 1;
        show("irq 7, lock registered at its final address, buffer of 1 MiB zeroed and used",
             drv->irq == 7 && lockdep_lookup(drv->commands.raw.get()) != nullptr && exercise(*drv));
    }
    print_events("destroyed");
    show("nothing left", nothing_live());

    std::printf("== forced failure: the buffer allocation fails (stack)\n");
    {
        allocations_left = 0;
        pin::stack_slot drv(new_driver_data(7, "drv2.commands"));
        allocations_left = -1;
        show("created", drv.has_value(), false);
        std::printf("error: %s\n", drv ? "none" : error_name(drv.error()));
        print_events("events");
        show("the slot holds a driver_data", drv.has_value(), false);
        print_live("live after the failure");
        show("nothing left", nothing_live());
    }

    heap_failure("the object is allocated, its buffer is not", 1, "drv3.commands");
    heap_failure("the object itself cannot be allocated", 0, "drv4.commands");
    show("lockdep bug reports", lockdep_bugs != 0, false);
    lockdep_observer = nullptr;
    return failures == 0 ? 0 : 1;
}
