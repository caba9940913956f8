// pin/members.hpp - which element of an aggregate a member pointer names (used by
// pin::fields: the order of the members a builder names, and the index and type of a
// member it leaves out).
#pragma once

#include <cstddef>
#include <memory>
#include <tuple>
#include <type_traits>

namespace pin::detail {

template <auto... Ms>
struct member_list {};

// Which element of T a member pointer names. Member pointers cannot be compared by offset
// in a constant expression, and pointers to different members only for equality (Clang 19
// leaves `<` on them unspecified), so the elements' addresses come from a structured
// binding of T in a union whose active member is a char: no T is constructed, and the
// bindings are only taken the address of, which constant evaluation allows for an object
// outside its lifetime. A structured binding needs the exact number of elements, written
// out, hence the ladder below (up to max_elements); it must only be used with T's true
// element count (else it is a hard error). A T with a bit-field or reference member (which
// a builder can never name) gives no addresses: elements_usable is false.
inline constexpr std::size_t max_elements = 32;

template <class T>
union object_image {
    char none;
    T object;
    constexpr object_image() : none() {}
    constexpr ~object_image() {}
};

// The addresses of T's elements in declaration order, and their types.
template <class... Es>
struct element_list {
    const volatile void* at[sizeof...(Es) + 1];  // + 1: no zero-length array
};
template <class... Es>
constexpr element_list<Es...> element_addresses(Es&... e) {
    return {{static_cast<const volatile void*>(std::addressof(e))...}};
}
template <class... Es>
inline constexpr bool addressable = !(std::is_reference_v<Es> || ...);
// T's N elements as an element_list, or element_list<> if one of them is a bit-field or a
// reference (which constant evaluation cannot take the address of).
template <std::size_t N, class T>
constexpr auto elements_of(T& t) {
    if constexpr (N == 1) {
        auto& [e0] = t;
        if constexpr (addressable<decltype(e0)> && requires { &e0; })
            return element_addresses(e0);
        else
            return element_list<>{};
    } else if constexpr (N == 2) {
        auto& [e0, e1] = t;
        if constexpr (addressable<decltype(e0), decltype(e1)> && requires { &e0; &e1; })
            return element_addresses(e0, e1);
        else
            return element_list<>{};
    } else if constexpr (N == 3) {
        auto& [e0, e1, e2] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2)> && requires { &e0; &e1; &e2; })
            return element_addresses(e0, e1, e2);
        else
            return element_list<>{};
    } else if constexpr (N == 4) {
        auto& [e0, e1, e2, e3] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3)> && requires { &e0;
            &e1; &e2; &e3; })
            return element_addresses(e0, e1, e2, e3);
        else
            return element_list<>{};
    } else if constexpr (N == 5) {
        auto& [e0, e1, e2, e3, e4] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4)> &&
            requires { &e0; &e1; &e2; &e3; &e4; })
            return element_addresses(e0, e1, e2, e3, e4);
        else
            return element_list<>{};
    } else if constexpr (N == 6) {
        auto& [e0, e1, e2, e3, e4, e5] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; })
            return element_addresses(e0, e1, e2, e3, e4, e5);
        else
            return element_list<>{};
    } else if constexpr (N == 7) {
        auto& [e0, e1, e2, e3, e4, e5, e6] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6);
        else
            return element_list<>{};
    } else if constexpr (N == 8) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7);
        else
            return element_list<>{};
    } else if constexpr (N == 9) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6;
            &e7; &e8; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8);
        else
            return element_list<>{};
    } else if constexpr (N == 10) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9)> && requires { &e0; &e1; &e2; &e3;
            &e4; &e5; &e6; &e7; &e8; &e9; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9);
        else
            return element_list<>{};
    } else if constexpr (N == 11) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10)> && requires { &e0;
            &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10);
        else
            return element_list<>{};
    } else if constexpr (N == 12) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11)> &&
            requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11);
        else
            return element_list<>{};
    } else if constexpr (N == 13) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12);
        else
            return element_list<>{};
    } else if constexpr (N == 14) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10;
            &e11; &e12; &e13; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13);
        else
            return element_list<>{};
    } else if constexpr (N == 15) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8;
            &e9; &e10; &e11; &e12; &e13; &e14; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14);
        else
            return element_list<>{};
    } else if constexpr (N == 16) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15)> && requires { &e0; &e1; &e2; &e3; &e4; &e5;
            &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15);
        else
            return element_list<>{};
    } else if constexpr (N == 17) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16)> && requires { &e0; &e1; &e2;
            &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16);
        else
            return element_list<>{};
    } else if constexpr (N == 18) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17)> && requires {
            &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17);
        else
            return element_list<>{};
    } else if constexpr (N == 19) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18)>
            && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15;
            &e16; &e17; &e18; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18);
        else
            return element_list<>{};
    } else if constexpr (N == 20) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13;
            &e14; &e15; &e16; &e17; &e18; &e19; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19);
        else
            return element_list<>{};
    } else if constexpr (N == 21) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20] =
            t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10;
            &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20);
        else
            return element_list<>{};
    } else if constexpr (N == 22) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8;
            &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20; &e21; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21);
        else
            return element_list<>{};
    } else if constexpr (N == 23) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22)> && requires { &e0; &e1; &e2; &e3; &e4; &e5;
            &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20; &e21; &e22; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22);
        else
            return element_list<>{};
    } else if constexpr (N == 24) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23)> && requires { &e0; &e1; &e2;
            &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20;
            &e21; &e22; &e23; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23);
        else
            return element_list<>{};
    } else if constexpr (N == 25) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24)> && requires {
            &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18;
            &e19; &e20; &e21; &e22; &e23; &e24; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24);
        else
            return element_list<>{};
    } else if constexpr (N == 26) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25)>
            && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15;
            &e16; &e17; &e18; &e19; &e20; &e21; &e22; &e23; &e24; &e25; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25);
        else
            return element_list<>{};
    } else if constexpr (N == 27) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25, e26] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25),
            decltype(e26)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13;
            &e14; &e15; &e16; &e17; &e18; &e19; &e20; &e21; &e22; &e23; &e24; &e25; &e26; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25, e26);
        else
            return element_list<>{};
    } else if constexpr (N == 28) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25, e26, e27] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25),
            decltype(e26), decltype(e27)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10;
            &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20; &e21; &e22; &e23; &e24; &e25; &e26; &e27; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27);
        else
            return element_list<>{};
    } else if constexpr (N == 29) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25, e26, e27, e28] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25),
            decltype(e26), decltype(e27), decltype(e28)> && requires { &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8;
            &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20; &e21; &e22; &e23; &e24; &e25;
            &e26; &e27; &e28; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28);
        else
            return element_list<>{};
    } else if constexpr (N == 30) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25, e26, e27, e28, e29] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25),
            decltype(e26), decltype(e27), decltype(e28), decltype(e29)> && requires { &e0; &e1; &e2; &e3; &e4; &e5;
            &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20; &e21; &e22; &e23;
            &e24; &e25; &e26; &e27; &e28; &e29; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29);
        else
            return element_list<>{};
    } else if constexpr (N == 31) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25, e26, e27, e28, e29, e30] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25),
            decltype(e26), decltype(e27), decltype(e28), decltype(e29), decltype(e30)> && requires { &e0; &e1; &e2;
            &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18; &e19; &e20;
            &e21; &e22; &e23; &e24; &e25; &e26; &e27; &e28; &e29; &e30; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30);
        else
            return element_list<>{};
    } else if constexpr (N == 32) {
        auto& [e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20,
            e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31] = t;
        if constexpr (addressable<decltype(e0), decltype(e1), decltype(e2), decltype(e3), decltype(e4),
            decltype(e5), decltype(e6), decltype(e7), decltype(e8), decltype(e9), decltype(e10), decltype(e11),
            decltype(e12), decltype(e13), decltype(e14), decltype(e15), decltype(e16), decltype(e17), decltype(e18),
            decltype(e19), decltype(e20), decltype(e21), decltype(e22), decltype(e23), decltype(e24), decltype(e25),
            decltype(e26), decltype(e27), decltype(e28), decltype(e29), decltype(e30), decltype(e31)> && requires {
            &e0; &e1; &e2; &e3; &e4; &e5; &e6; &e7; &e8; &e9; &e10; &e11; &e12; &e13; &e14; &e15; &e16; &e17; &e18;
            &e19; &e20; &e21; &e22; &e23; &e24; &e25; &e26; &e27; &e28; &e29; &e30; &e31; })
            return element_addresses(e0, e1, e2, e3, e4, e5, e6, e7, e8, e9, e10, e11, e12, e13, e14, e15, e16,
                e17, e18, e19, e20, e21, e22, e23, e24, e25, e26, e27, e28, e29, e30, e31);
        else
            return element_list<>{};
    } else {
        return element_list<>{};
    }
}
template <class T, std::size_t N>
using element_list_of = decltype(elements_of<N>(std::declval<T&>()));
template <class... Es>
consteval std::size_t element_count(element_list<Es...>) {
    return sizeof...(Es);
}
template <class T, std::size_t N>
inline constexpr bool elements_usable = N <= max_elements && element_count(element_list_of<T, N>{}) == N;

template <std::size_t I, class... Es>
using element_type_at = std::tuple_element_t<I, std::tuple<Es...>>;
template <std::size_t I, class... Es>
std::type_identity<element_type_at<I, Es...>> element_type_of(element_list<Es...>);

inline constexpr std::size_t no_index = static_cast<std::size_t>(-1);

// The element index of each of the members Ms... of T, which has N elements.
template <class T, std::size_t N, auto... Ms>
struct member_indices {
    struct array {
        std::size_t at[sizeof...(Ms) + 1];
    };
    static constexpr array value = [] {
        object_image<T> image;
        const auto elements = elements_of<N>(image.object);
        const volatile void* const members[] = {static_cast<const volatile void*>(std::addressof(image.object.*Ms))...,
                                                nullptr};
        array r{};
        for (std::size_t m = 0; m < sizeof...(Ms); ++m) {
            r.at[m] = no_index;
            for (std::size_t i = 0; i < N; ++i)
                if (elements.at[i] == members[m])
                    r.at[m] = i;
        }
        return r;
    }();
    // The first element no member in Ms... is, or no_index.
    static constexpr std::size_t first_other = [] {
        for (std::size_t i = 0; i < N; ++i) {
            bool named = false;
            for (std::size_t m = 0; m < sizeof...(Ms); ++m)
                named = named || value.at[m] == i;
            if (!named)
                return i;
        }
        return no_index;
    }();
};
template <class T, std::size_t N, auto... Ms>
member_indices<T, N, Ms...> indices_of(member_list<Ms...>);

}  // namespace pin::detail
