// Logarithmic depth: one 24-bit depth buffer resolves a millimetre at the
// docking port and a kilometre across the Earth. The vertex shader passes
// 1 + w; the fragment shader writes log2(1 + w) scaled to 0..1 by
// u_logDepthFc = 2 / log2(far + 1) (render/camera.h).
