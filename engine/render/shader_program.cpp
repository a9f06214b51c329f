#include "render/shader_program.h"

#include <glm/gtc/type_ptr.hpp>

#include "render/shader_sources.h"

namespace rv::gl {
namespace {

// Expands #include "x.glsl" lines (one level is all our shaders need).
Result<std::string> expandIncludes(std::string_view name) {
  const std::string_view text = render::findShader(name);
  if (text.empty()) return fail("shader file '" + std::string(name) + "' is not embedded");
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(pos, end - pos);
    if (line.rfind("#include \"", 0) == 0) {
      const size_t q = line.find('"', 10);
      const std::string_view inc = line.substr(10, q - 10);
      const std::string_view incText = render::findShader(inc);
      if (incText.empty())
        return fail(std::string(name) + ": included file '" + std::string(inc) + "' not found");
      out += incText;
    } else {
      out += line;
    }
    out += '\n';
    pos = end + 1;
  }
  return out;
}

Result<Shader> compile(GLenum type, std::string_view name, std::string_view defines) {
  auto src = expandIncludes(name);
  if (!src) return src.takeError();
  std::string& text = *src;
  if (!defines.empty()) {
    const size_t afterVersion = text.find('\n');
    text.insert(afterVersion == std::string::npos ? text.size() : afterVersion + 1,
                std::string(defines));
  }
  Shader shader(glCreateShader(type));
  const char* ptr = text.c_str();
  glShaderSource(shader.id(), 1, &ptr, nullptr);
  glCompileShader(shader.id());
  GLint ok = 0;
  glGetShaderiv(shader.id(), GL_COMPILE_STATUS, &ok);
  if (!ok) {
    GLint len = 0;
    glGetShaderiv(shader.id(), GL_INFO_LOG_LENGTH, &len);
    std::string log(static_cast<size_t>(len > 1 ? len : 1), '\0');
    glGetShaderInfoLog(shader.id(), len, nullptr, log.data());
    return fail("compiling " + std::string(name) + ": " + log);
  }
  return shader;
}

GLint location(const Program& p, const char* name) {
  return glGetUniformLocation(p.id(), name);
}

}  // namespace

Result<Program> buildProgram(std::string_view vertexName, std::string_view fragmentName,
                             std::string_view geometryName, std::string_view defines) {
  auto vs = compile(GL_VERTEX_SHADER, vertexName, defines);
  if (!vs) return vs.takeError();
  auto fs = compile(GL_FRAGMENT_SHADER, fragmentName, defines);
  if (!fs) return fs.takeError();
  Result<Shader> gs = Shader();
  if (!geometryName.empty()) {
    gs = compile(GL_GEOMETRY_SHADER, geometryName, defines);
    if (!gs) return gs.takeError();
  }
  Program program(glCreateProgram());
  glAttachShader(program.id(), vs->id());
  glAttachShader(program.id(), fs->id());
  if (*gs) glAttachShader(program.id(), gs->id());
  glLinkProgram(program.id());
  GLint ok = 0;
  glGetProgramiv(program.id(), GL_LINK_STATUS, &ok);
  if (!ok) {
    GLint len = 0;
    glGetProgramiv(program.id(), GL_INFO_LOG_LENGTH, &len);
    std::string log(static_cast<size_t>(len > 1 ? len : 1), '\0');
    glGetProgramInfoLog(program.id(), len, nullptr, log.data());
    return fail("linking " + std::string(vertexName) + " + " + std::string(fragmentName) + ": " +
                log);
  }
  if (const GLuint block = glGetUniformBlockIndex(program.id(), "Display");
      block != GL_INVALID_INDEX) {
    glUniformBlockBinding(program.id(), block, kDisplayBlockBinding);
  }
  return program;
}

void setUniform(const Program& p, const char* n, float v) {
  glUniform1f(location(p, n), v);
}
void setUniform(const Program& p, const char* n, int v) {
  glUniform1i(location(p, n), v);
}
void setUniform(const Program& p, const char* n, const glm::vec2& v) {
  glUniform2fv(location(p, n), 1, glm::value_ptr(v));
}
void setUniform(const Program& p, const char* n, const glm::vec3& v) {
  glUniform3fv(location(p, n), 1, glm::value_ptr(v));
}
void setUniform(const Program& p, const char* n, const glm::vec4& v) {
  glUniform4fv(location(p, n), 1, glm::value_ptr(v));
}
void setUniform(const Program& p, const char* n, const glm::mat3& v) {
  glUniformMatrix3fv(location(p, n), 1, GL_FALSE, glm::value_ptr(v));
}
void setUniform(const Program& p, const char* n, const glm::mat4& v) {
  glUniformMatrix4fv(location(p, n), 1, GL_FALSE, glm::value_ptr(v));
}

}  // namespace rv::gl
