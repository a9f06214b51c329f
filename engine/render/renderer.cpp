#include "render/renderer.h"

#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string>

#include "astro/constants.h"
#include "render/atmosphere_layer.h"
#include "render/camera.h"
#include "render/decoded_assets.h"
#include "render/earth_layer.h"
#include "render/exhaust_cloud_layer.h"
#include "render/half_res_target.h"
#include "render/label_layer.h"
#include "render/line_layer.h"
#include "render/model_layer.h"
#include "render/plume_layer.h"
#include "render/scene_buffers.h"
#include "render/shader_program.h"
#include "render/star_layer.h"
#include "render/sun_layer.h"
#include "render/text_overlay.h"

namespace rv::render {

namespace {

// Which sky_under.frag variant a frame's last pass needs.
struct SkyPassKey {
  int samples = 0;            // 0: no MSAA
  bool sky = true;            // a sky can show
  bool writesTarget = false;  // it writes the caller's target, applying the sRGB curve
  auto operator<=>(const SkyPassKey&) const = default;
};

}  // namespace

struct Renderer::Impl {
  RendererDesc desc;
  std::string glVersion;
  std::string glRenderer;
  std::vector<std::string> warnings;
  std::optional<EarthLayer> earth;
  std::optional<StarLayer> stars;  // sky layers: stars, Sun, atmosphere
  std::optional<SunLayer> sun;
  std::optional<AtmosphereLayer> atmosphere;
  std::optional<ModelLayer> models;
  std::optional<PlumeLayer> plumes;
  std::optional<ExhaustCloudLayer> exhaust;
  HalfResTarget halfRes;  // the smoke's own, smaller target
  PassTimer passes;
  std::optional<LineLayer> lines;
  std::optional<LabelLayer> labels;  // on the target after the scene, in display colours
  std::unique_ptr<TextOverlay> hud;  // RenderFrame::hud's text; null without a HUD font
  SceneBuffers scene;
  gl::Buffer displayBlock;  // display.glsl's uniform block: the exposure
  // The last pass's variants (sky_under.frag): the renderer's quality's
  // made by create(), others on first use.
  std::map<SkyPassKey, gl::Program> skyPasses;
  gl::VertexArray emptyVao;  // the full-screen triangle is generated in the vertex shader

  bool skyShows(const RenderFrame& frame, int width, int height) const;
  void drawSkyPass(const SkyPassKey& key, GLuint framebuffer, int width, int height);
  void finishScene(const RenderTarget& target, bool sky);
};

namespace {

// How far inside the ellipsoid's polar radius a sphere must be to lie
// within the drawn globe everywhere: the coarse globe's cells sag 3.8 km
// (globeChordSagM(64, 128)).
constexpr double kGlobeSagMarginM = 5e3;

Error shaderError(const Error& e) {
  return fail("shader error: " + e.message);
}

Result<gl::Program> buildSkyPass(const SkyPassKey& key) {
  std::string defines;
  if (key.samples > 0) {
    defines += "#define SAMPLES " + std::to_string(key.samples) + "\n";
  } else if (key.writesTarget) {
    defines += "#define SCENE_TEXTURE 1\n";
  }
  if (!key.sky) defines += "#define NO_SKY 1\n";
  if (key.writesTarget) defines += "#define ENCODE_SRGB 1\n";
  return gl::buildProgram("sky_fullscreen.vert", "sky_under.frag", {}, defines);
}

}  // namespace

// Whether any sky can show: not without the atmosphere, nor looking down
// on the Earth from orbit (the port camera). The sphere lies a few km
// inside the drawn globe, whose chords sag below the ellipsoid.
bool Renderer::Impl::skyShows(const RenderFrame& frame, int width, int height) const {
  const double aspect = static_cast<double>(width) / height;
  return frame.atmosphere &&
         !sphereFillsView(frame.camera, aspect, astro::kWgs84B - kGlobeSagMarginM);
}

// Draws one variant of sky_under.frag (see there) as a full-screen
// triangle at the far plane into `framebuffer`. Without a scene to read it
// is the sky behind the scene, depth-tested so covered pixels are left out
// before the shader runs; otherwise it reads the scene's colour.
void Renderer::Impl::drawSkyPass(const SkyPassKey& key, GLuint framebuffer, int width, int height) {
  auto found = skyPasses.find(key);
  if (found == skyPasses.end()) {
    // A variant not made at create(): made now (once; a failure leaves the
    // entry empty and a warning).
    auto made = buildSkyPass(key);
    gl::Program program;
    if (made) {
      program = std::move(made).value();
    } else {
      warnings.push_back(made.error().message);
    }
    found = skyPasses.emplace(key, std::move(program)).first;
  }
  const gl::Program& program = found->second;
  if (program.id() == 0) return;
  const bool readsScene = key.samples > 0 || key.writesTarget;
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  glViewport(0, 0, width, height);
  if (key.writesTarget) glDisable(GL_FRAMEBUFFER_SRGB);  // the shader encodes
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_FALSE);
  if (readsScene) {
    glDisable(GL_DEPTH_TEST);  // the target has no depth of the scene's
  } else {
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
  }
  glUseProgram(program.id());
  if (key.sky) atmosphere->bindSkyBackground(program, 0);
  if (readsScene) {
    gl::setUniform(program, "u_scene", 1);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(key.samples > 0 ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D,
                  scene.colourTexture());
    glActiveTexture(GL_TEXTURE0);
  }
  glBindVertexArray(emptyVao.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDepthFunc(GL_LESS);
  glEnable(GL_CULL_FACE);
}

// Finishes the picture in the caller's target, with as few full-screen
// passes as the target allows (on llvmpipe each costs several ms):
// - drawn straight into the window's buffer (SceneBuffers::drawsDirect):
//   nothing left to do;
// - with MSAA: one pass that averages each pixel's samples and adds the sky
//   by what they leave uncovered (the scene's alpha is coverage), into the
//   target or, for a target a copy fills, into the single-sample buffer;
// - a target a copy fills as a memory copy (OffscreenTarget,
//   SceneBuffers::copiesPlainly): the copy;
// - any other: one pass that reads the scene, applies the sRGB curve and
//   writes the target (a blit into the window's buffer cost more).
void Renderer::Impl::finishScene(const RenderTarget& target, bool sky) {
  const int width = target.width, height = target.height;
  const bool plainCopy = !scene.drawsDirect() && SceneBuffers::copiesPlainly(target);
  if (scene.samples() > 0) {
    const SkyPassKey key{scene.samples(), sky, !plainCopy};
    drawSkyPass(key, plainCopy ? scene.singleSampleFramebuffer() : target.framebuffer, width,
                height);
  } else if (!scene.drawsDirect() && !plainCopy) {
    drawSkyPass({0, false, true}, target.framebuffer, width, height);
  }
  if (plainCopy) {
    scene.copyTo(target);
  } else {
    glDisable(GL_FRAMEBUFFER_SRGB);  // labels, the HUD and the UI write bytes as they are
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
    glViewport(0, 0, width, height);
  }
}

Renderer::Renderer(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Renderer::~Renderer() = default;

Result<std::unique_ptr<Renderer>> Renderer::create(GlLoaderFn loader, const RendererDesc& desc) {
  // The maps decode on their own threads while GL is loaded and the Earth's
  // shaders compile.
  return create(loader, desc, RendererAssets::startLoading(desc.xplanetDir));
}

Result<std::unique_ptr<Renderer>> Renderer::create(GlLoaderFn loader, const RendererDesc& desc,
                                                   RendererAssets assets) {
  const int version = gladLoadGL(reinterpret_cast<GLADloadfunc>(loader));
  if (version == 0) {
    return fail(
        "could not load OpenGL functions: no current GL context. "
        "Install Mesa (libgl1-mesa-dri) or a GPU driver.");
  }
  const int major = GLAD_VERSION_MAJOR(version), minor = GLAD_VERSION_MINOR(version);
  if (major < 3 || (major == 3 && minor < 3)) {
    return fail("OpenGL 3.3 core is required but the driver offers " + std::to_string(major) + "." +
                std::to_string(minor) +
                ". Update the GPU driver or use Mesa's llvmpipe (LIBGL_ALWAYS_SOFTWARE=1).");
  }
  auto impl = std::make_unique<Impl>();
  impl->desc = desc;
  if (const auto* v = reinterpret_cast<const char*>(glGetString(GL_VERSION))) impl->glVersion = v;
  if (const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER))) {
    impl->glRenderer = r;
    impl->glVersion += std::string(" on ") + r;
  }

  DecodedAssets decoded = assets.take();
  auto earth = EarthLayer::create({desc.earthLatSegments, desc.earthLonSegments}, decoded.earth,
                                  impl->warnings);
  if (!earth) return shaderError(earth.error());
  impl->earth.emplace(std::move(earth).value());
  {  // sky layers
    auto stars = StarLayer::create(decoded.stars, impl->warnings);
    if (!stars) return shaderError(stars.error());
    impl->stars.emplace(std::move(stars).value());
    auto sun = SunLayer::create();
    if (!sun) return shaderError(sun.error());
    impl->sun.emplace(std::move(sun).value());
    auto atmosphere = AtmosphereLayer::create({}, std::move(decoded.transmittance));
    if (!atmosphere) return shaderError(atmosphere.error());
    impl->atmosphere.emplace(std::move(atmosphere).value());
  }
  auto models = ModelLayer::create(std::move(decoded.vehicles));
  if (!models) return shaderError(models.error());
  impl->models.emplace(std::move(models).value());
  auto plumes = PlumeLayer::create();
  if (!plumes) return shaderError(plumes.error());
  impl->plumes.emplace(std::move(plumes).value());
  auto exhaust = ExhaustCloudLayer::create();
  if (!exhaust) return shaderError(exhaust.error());
  impl->exhaust.emplace(std::move(exhaust).value());
  if (auto made = impl->halfRes.create(); !made) return shaderError(made.error());
  auto lines = LineLayer::create();
  if (!lines) return shaderError(lines.error());
  impl->lines.emplace(std::move(lines).value());
  impl->labels.emplace(LabelLayer::create(desc.labelFontPath, impl->warnings));

  // The last pass's variants for this quality now, so a shader error
  // shows here.
  for (const bool writesTarget : {false, true}) {
    for (const bool sky : {false, true}) {
      const SkyPassKey key{desc.msaaSamples, sky, writesTarget};
      // Without MSAA: the sky behind the scene, or the scene into a target
      // a copy cannot fill.
      if (key.samples == 0 && key.sky == key.writesTarget) continue;
      auto made = buildSkyPass(key);
      if (!made) return shaderError(made.error());
      impl->skyPasses[key] = std::move(made).value();
    }
  }
  impl->displayBlock = gl::makeBuffer();
  glBindBuffer(GL_UNIFORM_BUFFER, impl->displayBlock.id());
  glBufferData(GL_UNIFORM_BUFFER, 16, nullptr, GL_DYNAMIC_DRAW);  // std140: one float, padded
  glBindBuffer(GL_UNIFORM_BUFFER, 0);
  impl->emptyVao = gl::makeVertexArray();
  if (desc.hudTextPx > 0.0f) {
    auto hud = TextOverlay::create({desc.hudFontPath, desc.hudTextPx});
    if (!hud) return hud.takeError();
    impl->hud = std::move(hud).value();
  }
  return std::unique_ptr<Renderer>(new Renderer(std::move(impl)));
}

void Renderer::draw(const RenderFrame& frame, const RenderTarget& target) {
  if (target.width <= 0 || target.height <= 0) return;
  Impl& s = *m_impl;
  // Without MSAA into the window's buffer, when it has depth and sRGB
  // writes, the scene is drawn straight into it: no last pass at all.
  const bool direct = s.desc.msaaSamples == 0 && SceneBuffers::canDrawDirect(target);
  if (auto sized = s.scene.ensureSize(target, s.desc.msaaSamples, direct); !sized) {
    // Fall back to no multisampling rather than a black frame.
    if (s.desc.msaaSamples > 0) {
      s.warnings.push_back(sized.error().message + "; drawing without MSAA");
      s.desc.msaaSamples = 0;
      if (!s.scene.ensureSize(target, 0, SceneBuffers::canDrawDirect(target))) return;
    } else {
      return;
    }
  }

  s.passes.begin();
  glEnable(GL_FRAMEBUFFER_SRGB);
  {  // the exposure, for every layer's display curve
    const float block[4] = {frame.exposure, 0.0f, 0.0f, 0.0f};
    glBindBuffer(GL_UNIFORM_BUFFER, s.displayBlock.id());
    glBufferSubData(GL_UNIFORM_BUFFER, 0, sizeof block, block);
    glBindBuffer(GL_UNIFORM_BUFFER, 0);
    glBindBufferBase(GL_UNIFORM_BUFFER, gl::kDisplayBlockBinding, s.displayBlock.id());
  }
  // Sky layers: the atmosphere is ray-marched at low resolution first, into its own buffer.
  const glm::dmat3 skyViewRot = viewRotation(frame.camera);
  if (frame.atmosphere) {
    s.atmosphere->renderSky(frame, skyViewRot, std::tan(frame.camera.fovYRad * 0.5), target.width,
                            target.height);
  }
  s.passes.mark("sky march");
  s.scene.bindForScene();
  // With MSAA, alpha is coverage: 0 where the sky shows through, 1 under
  // anything opaque, in between under smoke and at edges; finishScene()
  // adds the sky by it. Light that is only added (stars, the Sun, plumes)
  // leaves it alone. Without MSAA the sky is drawn before the layers that
  // blend, and where no sky can show there is black space: opaque.
  const bool sky = s.skyShows(frame, target.width, target.height);
  glClearColor(0.0f, 0.0f, 0.0f, sky && s.scene.samples() > 0 ? 0.0f : 1.0f);
  glClearDepth(1.0);
  // The stencil too (the window's buffer has one): a clear of depth alone
  // would have to keep it, value by value, instead of filling memory.
  glClearStencil(0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glEnable(GL_CULL_FACE);
  glCullFace(GL_BACK);
  glFrontFace(GL_CCW);
  glDisable(GL_BLEND);

  const glm::dmat3 viewRot = viewRotation(frame.camera);
  const glm::mat4 proj =
      projectionMatrix(frame.camera, static_cast<double>(target.width) / target.height);
  s.passes.mark("clear");
  s.earth->draw(frame, viewRot, proj, frame.atmosphere ? &*s.atmosphere : nullptr);
  s.passes.mark("earth");
  s.models->draw(frame, viewRot, proj);
  s.passes.mark("models");
  if (sky && s.scene.samples() == 0) {
    // Without MSAA the sky goes behind the opaque layers now, written where
    // they left the far plane; the layers that blend go over it.
    s.drawSkyPass({0, true, false}, s.scene.sceneFramebuffer(), target.width, target.height);
    s.passes.mark("sky");
  }

  {  // sky layers at the far plane, where nothing else was drawn: the stars
     // (dimmed by the sky in front of them), the Sun's disc; then the glare
     // over everything. The sky itself goes under all of it at the end.
    if (frame.stars)
      s.stars->draw(frame, viewRot, proj, target.height,
                    frame.atmosphere ? &*s.atmosphere : nullptr);
    s.passes.mark("stars");
    s.sun->drawDisc(frame, viewRot, proj, s.atmosphere->params());
    s.passes.mark("sun disc");
    // Smoke and plumes go over whatever is behind them (sky included), so
    // they come after the sky composite; they write no depth. The plumes add
    // light, so they come after the smoke they shine through.
    // The smoke is soft: drawn at half resolution against a copy of the
    // scene's depth, then blended back (a quarter of the pixels, no MSAA).
    const bool smoke = s.exhaust->prepare(frame, viewRot, proj) > 0 &&
                       s.halfRes.begin(s.scene, s.exhaust->boundsNdc()).ok();
    if (smoke) s.exhaust->draw(frame, viewRot, proj);
    s.passes.mark("exhaust cloud");
    if (smoke) s.halfRes.compositeInto(s.scene);
    s.passes.mark("smoke blend");
    s.plumes->draw(frame, viewRot, proj);
    s.passes.mark("plumes");
    s.lines->draw(frame, viewRot, proj, target.width, target.height);
    s.passes.mark("lines");
    s.sun->drawGlare(frame, viewRot, proj, s.atmosphere->params());
    s.passes.mark("sun glare");
  }
  s.finishScene(target, sky);
  s.passes.mark(s.scene.samples() > 0 ? "resolve, sky" : "finish");
  s.labels->draw(frame, target);
  s.passes.mark("labels");
  if (s.hud && !frame.hud.empty()) {
    s.hud->draw(target, frame.hud.boxes, frame.hud.runs);
    s.passes.mark("hud");
  }
  s.passes.end();
}

float Renderer::hudTextWidth(std::string_view text, float heightPx) const {
  return m_impl->hud ? m_impl->hud->textWidth(text, heightPx) : 0.0f;
}

void Renderer::setPassTiming(bool on) {
  m_impl->passes.setEnabled(on);
}
const std::vector<PassTime>& Renderer::lastPassTimes() const {
  return m_impl->passes.last();
}

void Renderer::setQuality(RenderQuality quality) {
  m_impl->desc.msaaSamples = msaaSamplesFor(quality);
}
RenderQuality Renderer::quality() const {
  return m_impl->desc.msaaSamples > 0 ? RenderQuality::High : RenderQuality::Low;
}
const std::string& Renderer::glRenderer() const {
  return m_impl->glRenderer;
}

bool isSoftwareRasterizer(std::string_view glRenderer) {
  for (std::string_view name : {"llvmpipe", "softpipe", "swrast", "Software Rasterizer"}) {
    if (glRenderer.find(name) != std::string_view::npos) return true;
  }
  return false;
}

const std::vector<std::string>& Renderer::warnings() const {
  return m_impl->warnings;
}
unsigned Renderer::earthMapTexture() const {
  return m_impl->earth->dayTextureId();
}

const std::string& Renderer::glVersion() const {
  return m_impl->glVersion;
}

}  // namespace rv::render
