// encodePng (declared in image_io.h): PNG written here with zlib, not stb.
// Every row takes the "up" filter (the difference to the row above: the
// sky, space and smooth shading become runs of zeros), and zlib compresses
// with its run-length strategy, which looks for repeats of the previous
// byte only. On 1280x720 frames of the scene that is 9-15 ms against stb's
// 46-55 ms at its lowest level, and the files are 25% smaller
// (benchmarked side by side on three frames: 344 against 478 kB, 169
// against 226, 268 against 357).

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

#include "render/image_io.h"

namespace rv::render {
namespace {

void appendU32(std::string& out, std::uint32_t v) {
  const char bytes[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                         static_cast<char>(v >> 8), static_cast<char>(v)};
  out.append(bytes, 4);
}

// A chunk: length, type, data, CRC of type and data.
void appendChunk(std::string& out, const char (&type)[5], const unsigned char* data, size_t size) {
  appendU32(out, static_cast<std::uint32_t>(size));
  const size_t typeAt = out.size();
  out.append(type, 4);
  out.append(reinterpret_cast<const char*>(data), size);
  const uLong crc = crc32_z(0L, reinterpret_cast<const Bytef*>(out.data() + typeAt), size + 4);
  appendU32(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

bool encodePng(int width, int height, const std::uint8_t* rgba, std::string& out) {
  out.clear();
  // PNG's limit is 2^31 - 1 per side; ours is what a row's bytes fit in.
  if (width <= 0 || height <= 0 || width > (std::numeric_limits<int>::max() - 1) / 4) return false;
  const size_t rowBytes = static_cast<size_t>(width) * 4;
  const size_t filteredSize = (rowBytes + 1) * static_cast<size_t>(height);

  // The filtered rows, one filter-type byte (2: up) before each.
  std::string filtered(filteredSize, '\0');
  auto* f = reinterpret_cast<unsigned char*>(filtered.data());
  for (int y = 0; y < height; ++y) {
    unsigned char* row = f + static_cast<size_t>(y) * (rowBytes + 1);
    const std::uint8_t* pixels = rgba + static_cast<size_t>(y) * rowBytes;
    row[0] = 2;
    if (y == 0) {
      std::memcpy(row + 1, pixels, rowBytes);  // the row above the first is zeros
    } else {
      const std::uint8_t* above = pixels - rowBytes;
      for (size_t i = 0; i < rowBytes; ++i)
        row[1 + i] = static_cast<unsigned char>(pixels[i] - above[i]);
    }
  }

  z_stream z{};
  if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15, 9, Z_RLE) != Z_OK) return false;
  std::string idat(deflateBound(&z, filteredSize), '\0');
  z.next_in = f;
  z.avail_in = 0;
  z.next_out = reinterpret_cast<Bytef*>(idat.data());
  z.avail_out = 0;
  // avail_in and avail_out are 32-bit: feed and drain in pieces under 1 GB.
  constexpr size_t kPiece = size_t{1} << 30;
  size_t inLeft = filteredSize, outLeft = idat.size();
  int status = Z_OK;
  while (status == Z_OK) {
    if (z.avail_in == 0 && inLeft > 0) {
      z.avail_in = static_cast<uInt>(std::min(inLeft, kPiece));
      inLeft -= z.avail_in;
    }
    if (z.avail_out == 0 && outLeft > 0) {
      z.avail_out = static_cast<uInt>(std::min(outLeft, kPiece));
      outLeft -= z.avail_out;
    }
    status = deflate(&z, inLeft == 0 ? Z_FINISH : Z_NO_FLUSH);
  }
  const size_t idatSize = z.total_out;
  deflateEnd(&z);
  if (status != Z_STREAM_END) return false;

  static constexpr unsigned char kSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  out.reserve(idatSize + 64);
  out.append(reinterpret_cast<const char*>(kSignature), sizeof kSignature);
  std::array<unsigned char, 13> ihdr{};
  for (int i = 0; i < 4; ++i) {
    ihdr[static_cast<size_t>(i)] =
        static_cast<unsigned char>(static_cast<unsigned>(width) >> (24 - 8 * i));
    ihdr[static_cast<size_t>(4 + i)] =
        static_cast<unsigned char>(static_cast<unsigned>(height) >> (24 - 8 * i));
  }
  ihdr[8] = 8;   // bits per channel
  ihdr[9] = 6;   // colour type: RGBA
  ihdr[10] = 0;  // deflate
  ihdr[11] = 0;  // adaptive filtering (a filter byte per row)
  ihdr[12] = 0;  // not interlaced
  appendChunk(out, "IHDR", ihdr.data(), ihdr.size());
  appendChunk(out, "IDAT", reinterpret_cast<const unsigned char*>(idat.data()), idatSize);
  appendChunk(out, "IEND", nullptr, 0);
  return true;
}

}  // namespace rv::render
