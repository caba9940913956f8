// 08_static_pinned.cpp - pinned objects with static storage duration.
//
// The problem: global objects that are known by address - the kernel's
// `static LIST_HEAD(modules)`, a driver registered in it, a lock other code points at -
// need an initialization that (a) happens before first use, whatever the order of
// static initializers across translation units, (b) runs at the final address, (c) may
// fail and be retried, without exceptions, and (d) happens exactly once when several
// threads get there at the same time. A plain global with a constructor violates (a)
// (the static initialization order fiasco) and (c); a function-local static violates (c);
// so code uses two-phase `static T g; ... g.init()` from main, with all its hazards.
//
// Here the list head is constant-initialized to point at itself (no code runs at startup,
// so no order problem), and each module lives in a constinit pin::static_slot, built by
// its initializer on first use - at its final address, thread-safe, and retried after a
// failure. At exit each module is destroyed where it was built and unlinks itself. On
// the patched compiler the module's builder is a native fallible init function
// (kmodule::load), which kmodule::init hands to the slot through pin::from_init_fn.
#include <pin/pin.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <expected>
#include <system_error>
#include <thread>
#include <vector>

int failures = 0;
void show(const char* what, bool value, bool expected = true) {
    std::printf("%s: %s\n", what, value ? "yes" : "no");
    if (value != expected)
        ++failures;
}

// A C-style list head: an aggregate, so it can be constant-initialized to point at itself.
struct PIN_PINNED list_head : pin::pinned {
    list_head* next;
    list_head* prev;
};

// The kernel's `static LIST_HEAD(modules)`: self-referential, and no code runs to build it.
// It stays a constant-initialized aggregate on the patched compiler too: the prototype does
// not evaluate init functions in constant expressions, so building it with one would run
// code at startup.
constinit list_head modules{{}, &modules, &modules};

bool firmware_ready = false;  // the first attempt to load "uart" fails until this is set
std::atomic<int> init_runs{0};

class PIN_PINNED kmodule : pin::pinned {
public:
#if PIN_HAS_INIT_PARAMETERS
    // Fails with no_such_device while the firmware is missing (for "uart"). A static
    // member may run the private constructor in the caller's storage; other init
    // functions may build a kmodule member with it: `kmodule::load(init self.m, name)`.
    static std::expected<void, std::errc> load(init kmodule& self, const char* name) {
        init_runs.fetch_add(1);
        if (std::strcmp(name, "uart") == 0 && !firmware_ready)
            return std::unexpected(std::errc::no_such_device);
        self = kmodule(name);
        return {};
    }
    static auto init(const char* name) { return pin::from_init_fn(load, name); }
#else
    // Fails with no_such_device while the firmware is missing (for "uart").
    static auto init(const char* name) {
        return pin::from_closure<kmodule, std::errc>([name](kmodule* slot) -> pin::init_result<std::errc> {
            init_runs.fetch_add(1);
            if (std::strcmp(name, "uart") == 0 && !firmware_ready)
                return std::unexpected(std::errc::no_such_device);
            ::new (static_cast<void*>(slot)) kmodule(name);  // slot is storage, not a live module
            return {};
        });
    }
#endif
    ~kmodule() {  // runs at exit, for modules in static slots
        node_.next->prev = node_.prev;
        node_.prev->next = node_.next;
        std::printf("exit: module %s destroyed at the address it was built at: %s\n", name_,
                    self_ == this ? "yes" : "no");
        if (self_ != this)
            std::_Exit(1);
    }
    const char* name() const { return name_; }
    static const kmodule* of(const list_head* n) {  // container_of
        return reinterpret_cast<const kmodule*>(reinterpret_cast<const char*>(n) - offsetof(kmodule, node_));
    }
    bool linked() const { return node_.next->prev == &node_ && node_.prev->next == &node_; }

private:
    explicit kmodule(const char* name) : node_{{}, &modules, modules.prev}, name_(name), self_(this) {
        modules.prev->next = &node_;  // list_add_tail(&node_, &modules)
        modules.prev = &node_;
    }
    list_head node_;
    const char* name_;
    const kmodule* self_;
};

constinit pin::static_slot<kmodule> uart_slot;  // constant-initialized: empty, in .bss
constinit pin::static_slot<kmodule> spi_slot;

std::expected<kmodule*, std::errc> uart() { return uart_slot.get_or_init(kmodule::init("uart")); }
std::expected<kmodule*, std::errc> spi() { return spi_slot.get_or_init(kmodule::init("spi")); }

void list_modules(const char* label) {
    std::printf("%s:", label);
    if (modules.next == &modules)
        std::printf(" (none)");
    for (list_head* p = modules.next; p != &modules; p = p->next)
        std::printf(" %s", kmodule::of(p)->name());
    std::printf("\n");
}

int main() {
    show("the static list head points at itself before any code ran", modules.next == &modules && modules.prev == &modules);
    show("a static slot is pinned", pin::is_pinned_v<pin::static_slot<kmodule>>);
    list_modules("modules");

    std::printf("== 4 threads race to bring up spi\n");
    {
        std::vector<std::thread> threads;
        std::vector<kmodule*> got(4);
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&got, t] { got[t] = spi().value_or(nullptr); });
        for (auto& t : threads)
            t.join();
        bool same = true;
        for (kmodule* m : got)
            same = same && m != nullptr && m == spi_slot.get();
        std::printf("initializer runs: %d\n", init_runs.load());
        show("every thread got the one spi module, built exactly once", same && init_runs.load() == 1);
    }
    list_modules("modules");

    std::printf("== uart: the first attempt fails, the slot stays empty, a retry succeeds\n");
    {
        auto r = uart();
        show("uart up", r.has_value(), false);
        std::printf("error: %s\n", !r && r.error() == std::errc::no_such_device ? "no_such_device" : "other");
        show("the slot holds a module", uart_slot.has_value(), false);
        list_modules("modules");
        firmware_ready = true;
        auto again = uart();
        show("uart up after the retry", again.has_value());
        show("it lives in the static slot and is linked into the static list",
             again && *again == uart_slot.get() && (*again)->linked());
        show("a later call returns the same object without running the initializer",
             uart().value_or(nullptr) == uart_slot.get() && init_runs.load() == 3);
    }
    list_modules("modules");
    std::printf("main returns; static slots are destroyed in reverse order of definition\n");
    std::fflush(stdout);
    return failures == 0 ? 0 : 1;
}
