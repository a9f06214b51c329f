#pragma once
// The variants of one shader pair, told apart by #defines (a bit each):
// llvmpipe runs both sides of every if, so a layer draws each thing with
// the variant that leaves out the terms it cannot need. Each variant costs
// milliseconds to build, and a frame uses few of them, so they are built on
// first use; those whose errors must show when the layer is created are
// built up front, and a variant that then fails to build falls back to one
// of them, which draws the same picture, only slower.

#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "render/gl_resources.h"

namespace rv::gl {

class ProgramVariants {
 public:
  struct Bit {
    unsigned mask;
    const char* define;  // "#define <define> 1" in the variants with the bit
  };
  ProgramVariants() = default;
  ProgramVariants(std::string vertexName, std::string fragmentName, std::vector<Bit> bits);

  // Builds the variant now; an error is the shader's.
  Result<void> build(unsigned variant);
  // The variant, built now if it was not; if that fails, `fallback` (built
  // up front with build()).
  const Program& get(unsigned variant, unsigned fallback) const;

 private:
  Result<Program> make(unsigned variant) const;
  std::string m_vertex, m_fragment;
  std::vector<Bit> m_bits;
  mutable std::vector<Program> m_programs;  // by variant bits
};

}  // namespace rv::gl
