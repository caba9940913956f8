// A precompiled header with a generic reset helper.
#pragma once
#include <new>
template <class T> void reset(T& obj) { ::new (static_cast<void*>(&obj)) T; }
template <class T> void reset_destroying(T& obj) { obj.~T(); ::new (static_cast<void*>(&obj)) T; }
