# Determinism: no fast-math and no FMA contraction, so the simulation gives the
# same bits on every machine and at every optimisation level. An INTERFACE
# target that the engine libraries link PUBLIC, so every target that includes
# their headers (rk4.h's templates, inline maths) compiles with the same flags.
add_library(rv_determinism INTERFACE)
target_compile_options(rv_determinism INTERFACE -ffp-contract=off -fno-fast-math)

# Warnings for our own code only; third-party headers are included as SYSTEM.
function(rv_set_warnings target)
  target_compile_options(${target} PRIVATE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
      -Werror=switch>
    # GCC 12 false positive in std::string operator+ (GCC bug 105329).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
  target_link_libraries(${target} PRIVATE rv_determinism)
endfunction()
