#include "render/renderer_assets.h"

#include <future>

#include "render/decoded_assets.h"

namespace rv::render {

// One task per file: the two maps take about as long as each other, the
// catalogue a few milliseconds; and one each for the transmittance table
// (~13 ms) and the vehicles' meshes (~9 ms). std::launch::deferred as well as async: if
// no thread can be started the task runs in take() instead of throwing.
struct RendererAssets::Impl {
  std::future<EarthMapImage> day;
  std::future<EarthMapImage> night;
  std::future<StarCatalog> stars;
  std::future<TransmittanceTable> transmittance;
  std::future<VehicleModels> vehicles;
};

RendererAssets RendererAssets::startLoading(const std::string& xplanetDir) {
  constexpr auto kPolicy = std::launch::async | std::launch::deferred;
  auto impl = std::make_unique<Impl>();
  impl->day = std::async(kPolicy, loadEarthMap, xplanetDir, EarthMap::Day);
  impl->night = std::async(kPolicy, loadEarthMap, xplanetDir, EarthMap::NightLights);
  impl->stars = std::async(kPolicy, loadBrightStarCatalog, xplanetDir);
  impl->transmittance = std::async(kPolicy, [] { return buildTransmittanceTable(SkyParams{}); });
  impl->vehicles = std::async(kPolicy, buildVehicleModels);
  return RendererAssets(std::move(impl));
}

RendererAssets::RendererAssets(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
RendererAssets::RendererAssets(RendererAssets&&) noexcept = default;
RendererAssets& RendererAssets::operator=(RendererAssets&&) noexcept = default;
RendererAssets::~RendererAssets() = default;  // each std::async future waits for its task

DecodedAssets RendererAssets::take() {
  DecodedAssets out;
  out.earth = earthImagesFrom(m_impl->day.get(), m_impl->night.get());
  out.stars = m_impl->stars.get();
  out.transmittance = m_impl->transmittance.get();
  out.vehicles = m_impl->vehicles.get();
  return out;
}

}  // namespace rv::render
