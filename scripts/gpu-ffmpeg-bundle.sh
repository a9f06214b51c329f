#!/bin/bash
# Build a small self-contained bundle of Debian's /usr/bin/ffmpeg (37 MiB
# instead of the 230 MB of its ~215 libraries), for a lent GPU machine that
# has no ffmpeg and no package registry (scripts/gpu-bench.sh records with it:
# put OUTDIR/bin on PATH there). Not used by the build or the tests.
# Real copies: the FFmpeg libraries, libx264, libz. Every other library that a
# real library lists in DT_NEEDED is replaced by a generated stub with the same
# SONAME, the same exported dynamic symbols (functions return 0, data objects
# zero-filled with the original size) and the same symbol version definitions.
# The glibc / libstdc++ / libgcc_s family is expected on the target machine.
#
# Usage: scripts/gpu-ffmpeg-bundle.sh [outdir]   (default: .ffgpu/ in the repo
#        root; add /.ffgpu/ to .git/info/exclude)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
OUT=${1:-$ROOT/.ffgpu}
SRC_FFMPEG=/usr/bin/ffmpeg
REAL_LIBS="libavdevice.so.59 libavfilter.so.8 libavformat.so.59 libavcodec.so.59
libpostproc.so.56 libswresample.so.4 libswscale.so.6 libavutil.so.57
libx264.so.164 libz.so.1"
# provided by the target system (C runtime family): neither copied nor stubbed
SYSTEM_RE='^(libc\.so\.6|libm\.so\.6|libstdc\+\+\.so\.6|libgcc_s\.so\.1|ld-linux-x86-64\.so\.2|libdl\.so\.2|libpthread\.so\.0|librt\.so\.1|libmvec\.so\.1|libresolv\.so\.2|libutil\.so\.1)$'

resolve() {   # soname -> path, as the system loader would find it for ffmpeg
    ldd "$SRC_FFMPEG" | awk -v l="$1" '$1==l {print $3}'
}

mkdir -p "$OUT/lib" "$OUT/bin"
rm -f "$OUT"/lib/*.so*
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

cp -L "$SRC_FFMPEG" "$OUT/ffmpeg"
chmod 755 "$OUT/ffmpeg"

declare -A IS_REAL=()
for l in $REAL_LIBS; do
    IS_REAL[$l]=1
    p=$(resolve "$l"); [ -n "$p" ] || { echo "cannot resolve $l" >&2; exit 1; }
    cp -L "$p" "$OUT/lib/$l"
done

# libraries needed (directly) by the real ones that we do not copy -> stubs
STUBS=$(for l in $REAL_LIBS; do
          readelf -d "$OUT/lib/$l" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
        done | sort -u | grep -Ev "$SYSTEM_RE" | grep -vxF -f <(echo "$REAL_LIBS" | tr ' ' '\n') || true)

cat > "$WORK/gen.py" <<'PY'
import re, subprocess, sys
src, soname, asm_out, ver_out = sys.argv[1:5]
# version definitions
vd = subprocess.run(["readelf", "-V", "-W", src], capture_output=True, text=True).stdout
versions = []
m = re.search(r"Version definition section.*?(?=\n\n|\Z)", vd, re.S)
if m:
    for line in m.group(0).splitlines():
        mm = re.search(r"Flags: (\S+)\s+Index: \d+\s+Cnt: \d+\s+Name: (\S+)", line)
        if mm and mm.group(1) != "BASE":
            versions.append(mm.group(2))
syms = subprocess.run(["readelf", "--dyn-syms", "-W", src], capture_output=True, text=True).stdout
asm = ['\t.text']
data, tls, symver = [], [], []
n = 0
seen = set()
for line in syms.splitlines():
    f = line.split()
    if len(f) < 8 or not f[0][:-1].isdigit() or f[6] == "UND":
        continue
    typ, bind, name = f[3], f[4], f[7]
    if bind == "LOCAL":
        continue
    size = int(f[2], 16) if f[2].startswith("0x") else int(f[2])
    if "@@" in name:
        base, ver = name.split("@@", 1); hidden = False
    elif "@" in name:
        base, ver = name.split("@", 1); hidden = True
    else:
        base, ver, hidden = name, None, False
    if f[6] == "ABS" and (base == ver or base in versions):
        continue  # the version-definition marker symbol
    if base in ("_init", "_fini", "_edata", "_end", "__bss_start") and not ver:
        continue
    if (base, ver) in seen:
        continue
    seen.add((base, ver))
    n += 1
    if ver is not None:
        # every versioned symbol comes from its own local label via .symver:
        # name@@VER (default) or name@VER (hidden, older version)
        label = "__stub_v_%d" % n
        symver.append('\t.symver %s, "%s%s%s"' % (label, base, "@" if hidden else "@@", ver))
    else:
        label = base  # BASE version: not in the script, stays global
    q = '"%s"' % label
    wk = "\t.weak %s" % q if bind == "WEAK" else "\t.globl %s" % q
    if typ in ("FUNC", "IFUNC", "GNU_IFUNC"):
        asm += [wk, "\t.type %s, @function" % q, "\t.p2align 4", "%s:" % q,
                "\txorl %eax, %eax", "\txorps %xmm0, %xmm0", "\tret", "\t.size %s, .-%s" % (q, q)]
    elif typ == "TLS":
        tls += [wk, "\t.type %s, @tls_object" % q, "\t.p2align 4", "%s:" % q,
                "\t.zero %d" % max(size, 1), "\t.size %s, %d" % (q, size)]
    else:
        data += [wk, "\t.type %s, @object" % q, "\t.p2align 5", "%s:" % q,
                 "\t.zero %d" % max(size, 1), "\t.size %s, %d" % (q, size)]
out = asm
if data:
    out += ["\t.bss"] + data
if tls:
    out += ['\t.section .tbss,"awT",@nobits'] + tls
out += symver + ['\t.section .note.GNU-stack,"",@progbits', ""]
open(asm_out, "w").write("\n".join(out))
if versions:
    vs = []
    for i, v in enumerate(versions):
        body = " local: __stub_v_*;\n" if i == 0 else ""
        vs.append("%s {\n%s};\n" % (v, body))
    open(ver_out, "w").write("".join(vs))
print(n)
PY

for s in $STUBS; do
    p=$(resolve "$s"); [ -n "$p" ] || { echo "cannot resolve $s" >&2; exit 1; }
    rm -f "$WORK/v.map"
    cnt=$(python3 "$WORK/gen.py" "$p" "$s" "$WORK/s.S" "$WORK/v.map")
    vopt=(); [ -f "$WORK/v.map" ] && vopt=(-Wl,--version-script="$WORK/v.map")
    gcc -shared -fPIC -nostdlib -Wl,-soname,"$s" -Wl,-z,noexecstack "${vopt[@]}" \
        -o "$OUT/lib/$s" "$WORK/s.S"
    strip --strip-unneeded "$OUT/lib/$s"
    echo "stub $s ($cnt symbols) <- $p"
done

# wrappers
cat > "$OUT/run-ffmpeg.sh" <<'SH'
#!/bin/sh
# Run the bundled ffmpeg with the bundled libraries.
D=$(cd "$(dirname "$(readlink -f "$0")")" && pwd)
LD_LIBRARY_PATH="$D/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
exec "$D/ffmpeg" "$@"
SH
cat > "$OUT/bin/ffmpeg" <<'SH'
#!/bin/sh
# Wrapper named ffmpeg for PATH use: runs the bundle one directory up.
D=$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)
LD_LIBRARY_PATH="$D/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export LD_LIBRARY_PATH
exec "$D/ffmpeg" "$@"
SH
chmod 755 "$OUT/run-ffmpeg.sh" "$OUT/bin/ffmpeg"
echo "real: $REAL_LIBS" | tr '\n' ' '; echo
du -sh "$OUT"
