#pragma once
// Draws the Earth: the WGS-84 ellipsoid with the day map lit by the Sun and
// the night-lights map on the dark side, rotated by the sidereal angle; below
// 60 km a fine local patch around the camera keeps the horizon true.

#include <array>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "base/result.h"
#include "render/earth_tile_shading.h"
#include "render/gl_resources.h"
#include "render/indexed_mesh.h"
#include "render/mesh_tiles.h"
#include "render/program_variants.h"
#include "render/render_frame.h"

namespace rv::render {
class AtmosphereLayer;
struct EarthImages;
}  // namespace rv::render

namespace rv::render {

struct EarthLayerDesc {
  int latSegments = 128;
  int lonSegments = 256;
};

class EarthLayer {
 public:
  // Error string on shader failure. The maps are uploaded from images
  // already decoded (RendererAssets); their warnings are added to warnings.
  static Result<EarthLayer> create(const EarthLayerDesc& desc, const EarthImages& images,
                                   std::vector<std::string>& warnings);
  // With an atmosphere the sunlight is reddened and shadowed by the air and
  // the ground is seen through haze; without one, plain Lambert lighting.
  void draw(const RenderFrame& frame, const glm::dmat3& viewRot, const glm::mat4& proj,
            const AtmosphereLayer* atmosphere) const;
  // The day map's texture (equirectangular, north up, longitude -180 at the
  // left), for a flat map in the UI.
  unsigned dayTextureId() const { return m_day.id(); }

 private:
  // Shader variants, indexed by EarthShading bits plus kPixelHaze: the
  // PIXEL_HAZE variants also have the per-pixel haze of a low camera.
  // The full ones are built by create(), the others on first use.
  static constexpr unsigned kPixelHaze = 8u;
  gl::ProgramVariants m_programs;
  gl::Texture m_day, m_night;
  int m_nightRows = 0;
  // A globe's mesh, its index buffer in tiles; each frame only the tiles
  // that face the camera and touch the view are drawn, one multi-draw per
  // variant.
  struct GlobeMesh {
    gl::IndexedMesh gpu;
    std::vector<MeshTile> tiles;
    std::vector<NormalCone> tileNormals;  // the vertex normals of each tile
    std::vector<bool> tileUnlit;          // no city lights on the tile (nightMapDark)
  };
  static GlobeMesh buildGlobe(int latSegments, int lonSegments, const EarthImages& images);
  // [0] the desc's segments; [1] half as many each way, for a far camera.
  std::array<GlobeMesh, 2> m_globes;
  double m_coarseSagM = 0.0;  // how far [1]'s chords dip below the surface
  struct DrawList {
    std::vector<GLsizei> counts;
    std::vector<const void*> offsets;
  };
  mutable std::array<DrawList, 8> m_drawLists;  // by EarthShading bits
  // The frame's uniforms, set on each variant the frame draws with.
  struct FrameUniforms;
  const gl::Program& useVariant(unsigned variant, const FrameUniforms& u,
                                const AtmosphereLayer* atmosphere) const;
  void drawGlobe(const FrameUniforms& u, const AtmosphereLayer* atmosphere) const;
  // A fine patch of the ellipsoid around a low camera: the global mesh's
  // 150 km chords sag up to ~480 m below the true surface, which would put
  // the horizon seen from the pad hundreds of metres too low.
  gl::VertexArray m_patchVao;
  gl::Buffer m_patchVbo, m_patchEbo;
  int m_patchIndexCount = 0;
  void drawPatch(const FrameUniforms& uniforms, const AtmosphereLayer* atmosphere,
                 double groundHeightM) const;
};

}  // namespace rv::render
