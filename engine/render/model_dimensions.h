#pragma once
// The vehicles' and the pad's figures, in one place for the models that are
// built to them and for the app, which frames cameras and places labels and
// the pad by them. Plain constants: no GL, no meshes. Float metres, as the
// model meshes are (exact to well under a millimetre at these sizes). The
// frames are the models' own: the launch-stack frame of rocket_model.h, the
// Soyuz frame of soyuz_model.h, the ISS body frame of iss_model.h, the pad's
// ENU frame of launch_pad_model.h. Sources: docs/SOURCES.md, as cited.

namespace rv::render {

// ---- Soyuz-2.1a launch stack: stations along its axis, metres above the core stage's nozzle
// exit plane (the launch-stack frame's origin). SOURCES S3 and the SpaceBallistics model
// cited there (LMerkin/SpaceBallistics, Soyuz-2.1b headers; stages 1-2 as on 2.1a). ----
constexpr float kCoreNozzleExtensionM = 0.66f;  // SpaceBallistics Stage2: NozzlesExtH
constexpr float kCoreLengthM = 27.138f;         // SOURCES S3, without the nozzles
constexpr float kCoreMaxDiameterM = 2.95f;      // SOURCES S3: Block A at its belt (MaxD)
constexpr float kBoosterLengthM = 19.6f;        // SOURCES S3, without the nozzles
constexpr float kBoosterMaxDiameterM = 2.68f;   // SOURCES S3
constexpr float kThirdStageLengthM = 6.745f;    // SOURCES S3 (SpaceBallistics Consts.h)
constexpr float kThirdStageDiameterM = 2.66f;   // SOURCES S3
constexpr float kStackHeightM = 46.3f;          // SOURCES S3
constexpr float kCoreTopM = kCoreNozzleExtensionM + kCoreLengthM;  // 27.798
constexpr float kThirdStageTopM = kCoreTopM + kThirdStageLengthM;  // 34.543
constexpr float kPayloadAdapterM = 0.30f;  // EST: third stage top to the Soyuz aft face
// EST chain: third-stage top + adapter + Soyuz overall length 7.48 m = 42.323 m.
constexpr float kSpacecraftProbeTipXM = kThirdStageTopM + kPayloadAdapterM + 7.48f;

// ---- Soyuz MS: nominal figures, also checked by tests against the built meshes. ----
constexpr float kSoyuzOverallLengthM = 7.48f;  // SOURCES S4: ~7.2 (body) .. 7.48 m
constexpr float kSoyuzArraySpanM = 10.7f;      // SOURCES S4 (Wikipedia mirrors)
constexpr float kSoyuzMaxDiameterM = 2.72f;    // SOURCES S4

// ---- ISS: figures (SOURCES S8) that the tests check against the built meshes. ----
constexpr float kIssWingLengthM = 33.1f;    // legacy wing, root to tip
constexpr float kIssWingWidthM = 11.6f;     // two blankets either side of the mast
constexpr float kIssWingPairSpanM = 73.0f;  // tip to tip of a PVM's two wings (~73 m)
constexpr float kIssSpanMinM = 108.5f;      // whole ITS including array edges
constexpr float kIssSpanMaxM = 110.0f;

// ---- Baikonur Site 31, pad 6. ----
// Pad axis azimuth from the two axis points in SOURCES S1 (SpaceBallistics LaunchPads.hpp):
// (63.5672 E, 45.99428 N) -> (63.56448 E, 45.9959 N), i.e. towards the north-west.
constexpr float kPadAxisAzimuthDeg = 310.6f;
// EST: the core's nozzle exits hang this far below the deck top (boosters' tails at deck level).
constexpr float kStackOriginBelowDeckM = 1.5f;

}  // namespace rv::render
