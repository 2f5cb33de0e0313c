#!/usr/bin/env bash
# Lab benchmark (not run in CI): training tokens/s and peak RSS of DJL against Python PyTorch on
# the same model and step, for the lab's default model and the 4-layer d256 reference shape;
# greedy decoding with and without the KV cache; RSS over 2,000 training steps.
#
#   bench/lab.sh            # everything (about 15 minutes on a quiet 2-core machine)
#   bench/lab.sh --quick    # fewer steps
#
# Installs Debian's python3-torch and libopenblas0-openmp with apt when torch is missing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
QUICK=0
[ "${1:-}" = "--quick" ] && QUICK=1
PY=/usr/bin/python3
if ! $PY -c 'import torch' 2>/dev/null; then
  echo "installing python3-torch and libopenblas0-openmp (apt)..." >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    python3-torch libopenblas0-openmp >/dev/null
fi
./tmi --version >/dev/null   # builds the jar and its lib/ on first use
CP="$ROOT/tmi-cli/target/tmi-cli.jar:$ROOT/tmi-cli/target/lib/*"
export DJL_CACHE_DIR="${DJL_CACHE_DIR:-$ROOT/.tmi/djl-cache}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
THREADS="${THREADS:-$(nproc)}"
export OMP_NUM_THREADS="$THREADS"
JAVA=(java -Xss8m -XX:+UseParallelGC -Dai.djl.offline=true -cp "$CP")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), threads $THREADS"
if [ $QUICK = 1 ]; then W=3; S=10; RSS_STEPS=300; else W=5; S=30; RSS_STEPS=2000; fi

ratio() { $PY -c "import json,sys; a=json.loads(sys.argv[1]); b=json.loads(sys.argv[2]); \
print(f\"{sys.argv[3]}: DJL {a['tokens_per_s']} tok/s (peak RSS {a['peak_rss_mb']} MB), \
PyTorch {b['tokens_per_s']} tok/s (peak RSS {b['peak_rss_mb']} MB), ratio {a['tokens_per_s']/b['tokens_per_s']:.2f}\")" "$1" "$2" "$3"; }

# Shape: layers d heads batch length.
for shape in "3 128 4 16 256:default lab model" "4 256 4 32 256:reference 4-layer d256"; do
  dims="${shape%%:*}"; name="${shape#*:}"
  # shellcheck disable=SC2086
  djl=$("${JAVA[@]}" dev.tmi.lab.bench.TrainBench $dims $W $S 0 | tail -1)
  # shellcheck disable=SC2086
  pt=$($PY bench/lab_torch.py $dims $W $S "$THREADS" | tail -1)
  echo "$djl"; echo "$pt"
  ratio "$djl" "$pt" "$name"
done

# Decoding: default lab model, 8 sequences, 64-token prompts, 256 new tokens.
"${JAVA[@]}" dev.tmi.lab.bench.DecodeBench 3 128 4 8 64 256 | tail -1

# RSS over many training steps of the default model (batch 8 x 128).
rss=$("${JAVA[@]}" dev.tmi.lab.bench.TrainBench 3 128 4 8 128 0 "$RSS_STEPS" 100 | tail -1)
echo "$rss"
$PY - "$rss" <<'PY'
import json, sys
j = json.loads(sys.argv[1])
r = j["rss_mb"]
base = [v for s, v in r if s >= 200] or [v for _, v in r]
lo, hi = min(base), max(base)
print(f"RSS over {j['steps']} steps: {lo:.0f}-{hi:.0f} MB from step 200 on "
      f"(spread {100 * (hi - lo) / lo:.1f}%, {'flat' if hi <= 1.1 * lo else 'NOT flat'} within 10%)")
PY
