# CMake toolchain file: build an existing CMake project with the pinned-cxx
# prototype compiler (Clang 19.1.7 with pinned classes and init parameters).
#
#   cmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=/path/to/pinned-clang.cmake
#
# The compiler is looked for, first found wins:
#   1. PINNED_CLANG_ROOT (a -D cache variable or an environment variable): a
#      prefix holding bin/clang++-pinned or bin/clang++, e.g. /usr or the
#      build cache's prefix, ~/.cache/pinned-cxx/prefix;
#   2. clang++-pinned on PATH (what the Debian package installs in /usr/bin);
#   3. the prefix ./build.sh installs to:
#      ${PINNED_CXX_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/pinned-cxx}/prefix.
# It stops with an error naming the places it looked when none has it.
#
# It also turns on CMAKE_EXPORT_COMPILE_COMMANDS, so compile_commands.json
# names the prototype for clangd and other tools. With the package installed,
# this file is /usr/share/pinned-clang/cmake/pinned-clang.cmake.

# CMake reads a toolchain file again for every try_compile project; the hint
# travels with it so each reading finds the same compiler.
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES PINNED_CLANG_ROOT)

if(NOT PINNED_CLANG_ROOT AND DEFINED ENV{PINNED_CLANG_ROOT})
  set(PINNED_CLANG_ROOT "$ENV{PINNED_CLANG_ROOT}")
endif()

if(DEFINED ENV{PINNED_CXX_CACHE})
  set(_pinned_cache "$ENV{PINNED_CXX_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(_pinned_cache "$ENV{XDG_CACHE_HOME}/pinned-cxx")
else()
  set(_pinned_cache "$ENV{HOME}/.cache/pinned-cxx")
endif()

# find_program caches its answer in PINNED_CLANGXX, so a project configured
# once keeps its compiler (and the try_compile readings reuse it).
if(PINNED_CLANG_ROOT)
  find_program(PINNED_CLANGXX NAMES clang++-pinned clang++
               PATHS "${PINNED_CLANG_ROOT}/bin" NO_DEFAULT_PATH)
  set(_pinned_looked "PINNED_CLANG_ROOT=${PINNED_CLANG_ROOT} (bin/clang++-pinned, bin/clang++)")
else()
  find_program(PINNED_CLANGXX NAMES clang++-pinned)
  if(NOT PINNED_CLANGXX)
    find_program(PINNED_CLANGXX NAMES clang++
                 PATHS "${_pinned_cache}/prefix/bin" NO_DEFAULT_PATH)
  endif()
  set(_pinned_looked "clang++-pinned on PATH, ${_pinned_cache}/prefix/bin/clang++")
endif()
if(NOT PINNED_CLANGXX)
  message(FATAL_ERROR
    "pinned-clang.cmake: the prototype compiler was not found (looked at: ${_pinned_looked}).\n"
    "Install the pinned-clang package, run ./build.sh, or pass -DPINNED_CLANG_ROOT=<prefix>.")
endif()

# The C driver is the same binary under its C name, next to the C++ one.
get_filename_component(_pinned_bin "${PINNED_CLANGXX}" DIRECTORY)
get_filename_component(_pinned_name "${PINNED_CLANGXX}" NAME)
string(REPLACE "clang++" "clang" _pinned_c_name "${_pinned_name}")

set(CMAKE_CXX_COMPILER "${PINNED_CLANGXX}")
if(EXISTS "${_pinned_bin}/${_pinned_c_name}")
  set(CMAKE_C_COMPILER "${_pinned_bin}/${_pinned_c_name}")
endif()

# compile_commands.json for clangd and friends; a cache entry so that a
# project or the user can still turn it off.
set(CMAKE_EXPORT_COMPILE_COMMANDS ON CACHE BOOL "Write compile_commands.json (pinned-clang.cmake)")
