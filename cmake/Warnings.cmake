# Warnings for our own code only; third-party headers are included as SYSTEM.
# Determinism: no fast-math and no FMA contraction, so the simulation gives the
# same bits on every machine and at every optimisation level.
function(rv_set_warnings target)
  target_compile_options(${target} PRIVATE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion>
    # GCC 12 false positive in std::string operator+ (GCC bug 105329).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>
    -ffp-contract=off -fno-fast-math)
endfunction()
