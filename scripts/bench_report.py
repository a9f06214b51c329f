#!/usr/bin/env python3
"""Joins the JSON files scripts/bench.sh wrote into one table (Markdown, on
stdout) and one JSON file (report.json beside them).

Every ratio printed is of two figures from the same run of bench.sh, so
machine noise between runs does not enter it. A figure that a benchmark
could not produce is shown as "n/a" with the reason, never guessed.
"""
import json
import statistics
import sys
from pathlib import Path



def load(path):
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError) as e:
        return {"error": f"{path.name}: {e}"}


def gbench_rows(doc):
    """Google Benchmark JSON -> list of (name, args dict, real time in ms, entry)."""
    rows = []
    for b in doc.get("benchmarks", []):
        if b.get("run_type") == "aggregate" or b.get("error_occurred"):
            continue
        parts = b["name"].split("/")
        args = {}
        for p in parts[1:]:
            if ":" in p:
                k, v = p.split(":", 1)
                if k not in ("min_time", "real_time", "iterations"):
                    args[k] = v
            elif p not in ("real_time", "process_time", "manual_time"):
                args.setdefault("arg", p)
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b.get("time_unit", "ns")]
        rows.append((parts[0], args, b["real_time"] * scale, b))
    return rows


def fmt_ms(ms):
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 1:
        return f"{ms:.1f} ms"
    if ms >= 1e-3:
        return f"{ms * 1e3:.2f} µs"
    return f"{ms * 1e6:.0f} ns"


def main():
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "build/bench-report")
    machine = load(out / "machine.json")
    report = {"machine": machine, "rows": []}
    lines = []

    def row(section, name, figure, ratio="", value=None, unit=None):
        lines.append(f"| {section} | {name} | {figure} | {ratio} |")
        report["rows"].append({"section": section, "name": name, "figure": figure,
                               "ratio": ratio, "value": value, "unit": unit})

    # Simulation and seek.
    sim = load(out / "sim_bench.json")
    whole = seek = None
    for name, args, ms, b in gbench_rows(sim):
        if name == "BM_SimulateWholeMission":
            whole = ms
            row("simulation", "whole mission (T-5 min to hatch opening)", fmt_ms(ms),
                value=ms, unit="ms")
        elif name == "BM_SeekRandomFrame":
            seek = b
            p50, p99 = b.get("p50_ns"), b.get("p99_ns")
            row("simulation", "seek to a random time, p50 / p99",
                f"{p50 / 1e3:.2f} µs / {p99 / 1e3:.2f} µs", f"p99/p50 {p99 / p50:.1f}",
                value=p50, unit="ns")
        elif name == "BM_ExportHourAt1s":
            row("simulation", "CSV export, 1 h at 1 s", fmt_ms(ms), value=ms, unit="ms")
    if whole is None:
        row("simulation", "sim_bench", "n/a", sim.get("error", "no result"))
    if whole and seek:
        row("simulation", "whole mission / one seek", "",
            f"{whole * 1e6 / seek['p50_ns']:.0f}x")

    # SGP4.
    for name, args, ms, b in gbench_rows(load(out / "sgp4_bench.json")):
        label = name.replace("bm", "").replace("BM_", "")
        if args:
            label += " " + " ".join(f"{v}" for v in args.values())
        row("sgp4", label, fmt_ms(ms), value=ms, unit="ms")

    # Frame time per camera and size (and any other argument, e.g. MSAA).
    frames = {}
    globe = {}  # the reference globe's ms by size (frame_bench's yardstick)
    for name, args, ms, b in gbench_rows(load(out / "frame_bench.json")):
        if name == "BM_ReferenceGlobe":
            globe[f"{args.get('w', '?')}x{args.get('h', '?')}"] = ms
            continue
        if name != "BM_SceneFrame":
            continue
        size = f"{args.pop('w', '?')}x{args.pop('h', '?')}"
        args.pop("cam", None)
        # The label is the camera, then any quality word ("pad low").
        camera, *quality = b.get("label", "?").split()
        variant = " ".join(quality + [f"{k} {v}" for k, v in sorted(args.items())])
        frames.setdefault((camera, variant), {})[size] = ms
    if not frames:
        row("frame", "frame_bench", "n/a", "no result (see frame_bench.txt)")
    for (camera, variant), by_size in sorted(frames.items()):
        sizes = sorted(by_size, key=lambda s: int(s.split("x")[0]) if s[0].isdigit() else 0)
        figure = ", ".join(f"{s} {fmt_ms(by_size[s])} ({1000 / by_size[s]:.1f} fps)" for s in sizes)
        figure += " wall"
        ratio = ""
        if len(sizes) >= 2:
            ratio = f"{sizes[-1]}/{sizes[0]} {by_size[sizes[-1]] / by_size[sizes[0]]:.2f}"
        row("frame", f"{camera} ({variant})" if variant else camera, figure, ratio,
            value=by_size.get("1280x720"), unit="ms")
    # The same camera and size across variants (e.g. MSAA 4 vs 0).
    by_cam_size = {}
    for (camera, variant), by_size in frames.items():
        for size, ms in by_size.items():
            by_cam_size.setdefault((camera, size), {})[variant] = ms
    for (camera, size), variants in sorted(by_cam_size.items()):
        if len(variants) >= 2:
            names = sorted(variants)
            base = variants[names[0]]
            ratio = ", ".join(f"{v}: {variants[v] / base:.2f}" for v in names[1:])
            row("frame", f"{camera} {size}, against {names[0]}", "", ratio)
    # Each camera to the reference globe (issue 18: low <= 1.0, high <= 1.5).
    for size, g in sorted(globe.items()):
        row("frame", f"reference globe {size}", f"{fmt_ms(g)} wall", value=g, unit="ms")
        for (camera, size2), variants in sorted(by_cam_size.items()):
            if size2 != size:
                continue
            # Variants read "low msaa 0" (quality low) and "msaa 4" (high).
            quality = {"low" if v.startswith("low") else "high" if v == "msaa 4" else "": ms
                       for v, ms in variants.items()}
            ratio = ", ".join(f"{q} {quality[q] / g:.2f}" for q in ("low", "high") if q in quality)
            row("frame", f"{camera} {size}, to the reference globe", "", ratio)

    # Recording against ffmpeg alone.
    rec = load(out / "record_bench.json")
    if isinstance(rec, list) and rec:
        for r in rec:
            row("record", f"{r['size']}, {r['frames']} frames, chase, CRF 18",
                f"{r['fps']:.1f} fps; total {r['total_s']:.2f} s, render+pipe {r['render_s']:.2f} s, "
                f"ffmpeg alone {r['ffmpeg_s']:.2f} s",
                f"total/ffmpeg {r['total_over_ffmpeg']:.2f}, overlap {r['overlap']:.2f}"
                + (f", to the every-core-busy bound {r['over_busy_bound']:.2f}"
                   if "over_busy_bound" in r else ""),
                value=r["fps"], unit="fps")
            if "low_s" in r:
                row("record", f"{r['size']}, {r['frames']} frames, --quality low",
                    f"{r['frames'] / r['low_s']:.1f} fps; total {r['low_s']:.2f} s",
                    f"high/low {r['high_over_low']:.2f}", value=r["frames"] / r["low_s"], unit="fps")
    else:
        row("record", "record_bench", "n/a",
            rec.get("error", "no result (see record_bench.txt)") if isinstance(rec, dict) else "no rows")

    # Start-up to first frame.
    st = load(out / "startup.json")
    if isinstance(st, list) and st:
        # A key some run could not measure (null) gets the median of the rest.
        med = {k: statistics.median(v) for k in st[0]
               if (v := [r[k] for r in st if r.get(k) is not None])}
        row("start-up", "process alone (`--version`)", f"{med['baseline_s']:.2f} s",
            value=med["baseline_s"], unit="s")
        row("start-up", "headless `render` to PNG (load, cached timeline, EGL, 1 frame)",
            f"{med['headless_s']:.2f} s", value=med["headless_s"], unit="s")
        if "headless_cold_s" in med:
            row("start-up", "headless `render`, simulating (RENDEZVOUS_NO_CACHE=1)",
                f"{med['headless_cold_s']:.2f} s",
                f"cached/simulating {med['headless_s'] / med['headless_cold_s']:.2f}",
                value=med["headless_cold_s"], unit="s")
            row("start-up", "`events` (no GL): cached / simulating",
                f"{med['events_s']:.2f} s / {med['events_cold_s']:.2f} s",
                f"cached/simulating {med['events_s'] / med['events_cold_s']:.2f}",
                value=med["events_s"], unit="s")
        window_only = med["window_s"] - med["xvfb_s"]
        row("start-up", "window to first frame (Xvfb start excluded)", f"{window_only:.2f} s",
            f"window/headless {window_only / med['headless_s']:.2f}", value=window_only, unit="s")
        if "window_shown_s" in med:
            row("start-up", "window, command to first frame on screen (the app's own clock)",
                f"{med['window_shown_s']:.2f} s",
                f"shown/headless {med['window_shown_s'] / med['headless_s']:.2f}",
                value=med["window_shown_s"], unit="s")
        first = load(out / "startup_first.json")
        if isinstance(first, dict) and "window_first_s" in first:
            first_only = first["window_first_s"] - med["xvfb_s"]
            row("start-up", "window, first start (GL shader cache empty)", f"{first_only:.2f} s"
                + (f"; on screen after {first['window_first_shown_s']:.2f} s"
                   if first.get("window_first_shown_s") is not None else ""),
                f"first/later {first_only / window_only:.2f}", value=first_only, unit="s")

    head = (f"Machine: {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
            f"{machine.get('memory_gib', '?')} GiB; commit {machine.get('commit', '?')}; "
            f"{machine.get('date', '?')}" + (" (--quick: not figures to quote)" if machine.get("quick") else ""))
    print(head)
    print()
    print("| section | benchmark | figure | ratio (same run) |")
    print("|---|---|---|---|")
    print("\n".join(lines))
    (out / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"\n(JSON: {out / 'report.json'})")


if __name__ == "__main__":
    main()
