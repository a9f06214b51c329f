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
  // The pass that resolves and puts the sky under the scene (sky_under.frag),
  // by sample count (0: no MSAA) and [with the sky]: both qualities' made
  // by create(), another count on first use.
  std::map<int, std::array<gl::Program, 2>> skyUnder;
  gl::VertexArray emptyVao;  // the full-screen triangle is generated in the vertex shader

  bool skyShows(const RenderFrame& frame, int width, int height) const;
  void finishScene(const RenderFrame& frame, int width, int height);
};

namespace {

// How far inside the ellipsoid's polar radius a sphere must be to lie
// within the drawn globe everywhere: the coarse globe's cells sag 3.8 km
// (globeChordSagM(64, 128)).
constexpr double kGlobeSagMarginM = 5e3;

Error shaderError(const Error& e) {
  return fail("shader error: " + e.message);
}

// sky_under.frag without and with the sky, for a sample count (0: no MSAA).
Result<std::array<gl::Program, 2>> buildSkyUnder(int samples) {
  std::array<gl::Program, 2> programs;
  for (int sky : {0, 1}) {
    if (samples == 0 && !sky) continue;  // nothing to do: never drawn
    const std::string defines =
        (samples > 0 ? "#define SAMPLES " + std::to_string(samples) + "\n" : std::string()) +
        (sky ? "" : "#define NO_SKY 1\n");
    auto program = gl::buildProgram("sky_fullscreen.vert", "sky_under.frag", {}, defines);
    if (!program) return program.takeError();
    programs[sky] = std::move(program).value();
  }
  return programs;
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

// With MSAA, one full-screen pass averages each pixel's samples and adds
// the sky by what the scene leaves uncovered (its alpha is coverage), into
// the single-sample buffer. Without MSAA, the sky alone, blended under the
// scene (ONE_MINUS_DST_ALPHA, ONE) at the far plane: the depth test leaves
// out the opaque pixels before the shader runs. Either way the sky costs
// one shading per pixel, not one per sample.
void Renderer::Impl::finishScene(const RenderFrame& frame, int width, int height) {
  const bool sky = skyShows(frame, width, height);
  const int samples = scene.samples();
  if (samples == 0 && !sky) return;  // the scene was cleared opaque
  auto found = skyUnder.find(samples);
  if (found == skyUnder.end()) {
    // Another sample count (frame_bench's 2x): its variants, made now. They
    // differ from the ones made at create() only by a constant.
    auto made = buildSkyUnder(samples);
    std::array<gl::Program, 2> programs;
    if (made) {
      programs = std::move(made).value();
    } else {
      warnings.push_back(made.error().message);  // once: the count's entry stays empty
    }
    found = skyUnder.emplace(samples, std::move(programs)).first;
  }
  const gl::Program& program = found->second[sky ? 1 : 0];
  if (program.id() == 0) return;
  glBindFramebuffer(GL_FRAMEBUFFER, scene.singleSampleFramebuffer());
  glViewport(0, 0, width, height);
  glDisable(GL_CULL_FACE);
  glDepthMask(GL_FALSE);
  if (samples == 0) {
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glEnable(GL_BLEND);
    glBlendFunc(GL_ONE_MINUS_DST_ALPHA, GL_ONE);
  } else {
    glDisable(GL_DEPTH_TEST);  // the single-sample buffer has none
  }
  glUseProgram(program.id());
  if (sky) atmosphere->bindSkyBackground(program, 0);
  if (samples > 0) {
    gl::setUniform(program, "u_scene", 1);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, scene.multisampleColour());
    glActiveTexture(GL_TEXTURE0);
  }
  glBindVertexArray(emptyVao.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);
  glDisable(GL_BLEND);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDepthFunc(GL_LESS);
  glEnable(GL_CULL_FACE);
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

  const DecodedAssets decoded = assets.take();
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
    auto atmosphere = AtmosphereLayer::create({});
    if (!atmosphere) return shaderError(atmosphere.error());
    impl->atmosphere.emplace(std::move(atmosphere).value());
  }
  auto models = ModelLayer::create();
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

  // The sky passes of both qualities now, so a shader error shows here.
  for (int samples : {0, msaaSamplesFor(RenderQuality::High)}) {
    auto made = buildSkyUnder(samples);
    if (!made) return shaderError(made.error());
    impl->skyUnder[samples] = std::move(made).value();
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
  if (auto sized = s.scene.ensureSize(target.width, target.height, s.desc.msaaSamples); !sized) {
    // Fall back to no multisampling rather than a black frame.
    if (s.desc.msaaSamples > 0) {
      s.warnings.push_back(sized.error().message + "; drawing without MSAA");
      s.desc.msaaSamples = 0;
      if (!s.scene.ensureSize(target.width, target.height, 0)) return;
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
  // Alpha is coverage: 0 where the sky shows through, 1 under anything
  // opaque, in between under smoke; finishScene() adds the sky by it.
  // Light that is only added (stars, the Sun, plumes) leaves it alone.
  // Where no sky can show, black space, opaque.
  glClearColor(0.0f, 0.0f, 0.0f, s.skyShows(frame, target.width, target.height) ? 0.0f : 1.0f);
  glClearDepth(1.0);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
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
  s.finishScene(frame, target.width, target.height);
  s.passes.mark(s.scene.samples() > 0 ? "resolve, sky" : "sky");
  s.scene.copyTo(target);
  s.passes.mark("copy out");
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
