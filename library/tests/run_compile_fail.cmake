# cmake -DCXX=... -DFLAGS=... -DSTD=... -DINCLUDE=... -DSOURCE=... -P run_compile_fail.cmake
#
# The source's "// EXPECT: regex" line is the diagnostic it must produce; an optional
# "// FLAGS: ..." line adds compiler flags (e.g. -Werror=unused-result) and an optional
# "// ERRORS: n" line says how many "error:" lines the mistake may produce at most (one
# mistake, one error, not a cascade).
separate_arguments(flags UNIX_COMMAND "${FLAGS}")
file(STRINGS ${SOURCE} expect REGEX "^// EXPECT: ")
list(GET expect 0 expect)
string(REGEX REPLACE "^// EXPECT: " "" expect "${expect}")
file(STRINGS ${SOURCE} extra REGEX "^// FLAGS: ")
if(extra)
  string(REGEX REPLACE "^// FLAGS: " "" extra "${extra}")
  separate_arguments(extra UNIX_COMMAND "${extra}")
endif()
file(STRINGS ${SOURCE} max_errors REGEX "^// ERRORS: ")
if(max_errors)
  string(REGEX REPLACE "^// ERRORS: " "" max_errors "${max_errors}")
endif()

execute_process(COMMAND ${CXX} ${flags} ${STD} ${extra} -fsyntax-only -I${INCLUDE} -DPIN_CONTROL ${SOURCE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "control variant (-DPIN_CONTROL) of ${SOURCE} does not compile:\n${out}")
endif()

execute_process(COMMAND ${CXX} ${flags} ${STD} ${extra} -fsyntax-only -I${INCLUDE} ${SOURCE}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiled, but it must be rejected")
endif()
if(NOT out MATCHES "${expect}")
  message(FATAL_ERROR "${SOURCE} was rejected, but no diagnostic matches '${expect}':\n${out}")
endif()
if(max_errors)
  string(REGEX MATCHALL "error:" errors "${out}")
  list(LENGTH errors n)
  if(n GREATER max_errors)
    message(FATAL_ERROR "${SOURCE}: ${n} errors, at most ${max_errors} expected:\n${out}")
  endif()
endif()
message(STATUS "rejected as expected ('${expect}')")
