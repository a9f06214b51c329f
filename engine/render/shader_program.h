#pragma once
// Compiles and links GLSL programs from the embedded shaders/ sources.
// Failure is a value holding the driver's info log, never an abort.

#include <glm/glm.hpp>
#include <string>
#include <string_view>

#include "base/result.h"
#include "render/gl_resources.h"

namespace rv::gl {

// The uniform buffer binding point of display.glsl's block "Display".
constexpr GLuint kDisplayBlockBinding = 0;

// Builds a program from shaders/<vertexName> and shaders/<fragmentName>.
// A line "#include "file.glsl"" in either is replaced by that file's text.
// An optional geometry shader sits between them when geometryName is given.
// `defines` ("#define X 1\n" lines) goes after each stage's #version line,
// for variants of one source: a software rasteriser runs both sides of an
// if, even on a uniform, so a variant is how it skips work.
// A program that declares display.glsl's uniform block has it bound to
// kDisplayBlockBinding, where the renderer keeps the frame's exposure.
// The error names the shader files and carries the driver's info log.
Result<Program> buildProgram(std::string_view vertexName, std::string_view fragmentName,
                             std::string_view geometryName = {}, std::string_view defines = {});

// Uniform setters that look the location up by name (a few per frame; cheap).
void setUniform(const Program& p, const char* name, float v);
void setUniform(const Program& p, const char* name, int v);
void setUniform(const Program& p, const char* name, const glm::vec2& v);
void setUniform(const Program& p, const char* name, const glm::vec3& v);
void setUniform(const Program& p, const char* name, const glm::vec4& v);
void setUniform(const Program& p, const char* name, const glm::mat3& v);
void setUniform(const Program& p, const char* name, const glm::mat4& v);

}  // namespace rv::gl
