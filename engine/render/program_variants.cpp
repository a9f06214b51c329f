#include "render/program_variants.h"

#include "render/shader_program.h"

namespace rv::gl {

ProgramVariants::ProgramVariants(std::string vertexName, std::string fragmentName,
                                 std::vector<Bit> bits)
    : m_vertex(std::move(vertexName)),
      m_fragment(std::move(fragmentName)),
      m_bits(std::move(bits)) {
  unsigned all = 0;
  for (const Bit& b : m_bits) all |= b.mask;
  m_programs.resize(all + 1);
}

Result<Program> ProgramVariants::make(unsigned variant) const {
  std::string defines;
  for (const Bit& b : m_bits) {
    if (variant & b.mask) defines += std::string("#define ") + b.define + " 1\n";
  }
  return buildProgram(m_vertex, m_fragment, {}, defines);
}

Result<void> ProgramVariants::build(unsigned variant) {
  auto program = make(variant);
  if (!program) return program.takeError();
  m_programs[variant] = std::move(program).value();
  return {};
}

const Program& ProgramVariants::get(unsigned variant, unsigned fallback) const {
  Program& built = m_programs[variant];
  if (built.id() == 0) {
    if (auto program = make(variant)) built = std::move(program).value();
  }
  return built.id() != 0 ? built : m_programs[fallback];
}

}  // namespace rv::gl
