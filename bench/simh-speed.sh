#!/bin/sh
# Speed of the PDP-10 core against simh's pdp10 (a KS10) on the same loop (about 50 million
# instructions of ADDI/XOR/SOJG).  Not a test; `make bench` runs it when simh is installed.
set -e
build=${BUILD:-build}
command -v pdp10 >/dev/null || { echo "simh-speed: simh's pdp10 not installed"; exit 0; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat > "$dir/loop.mac" <<'MAC'
        LOC 1000
START:  MOVEI 1,0
        MOVE 2,CNT
LOOP:   ADDI 1,3
        XOR 1,2
        SOJG 2,LOOP
        HALT .
CNT:    EXP 100000000
        END START
MAC
"$build/tools/pdp10asm" "$dir/loop.mac" -o "$dir/loop.img"
{ echo "set cpu 256k"
  grep -E '^[0-7]{6}:' "$dir/loop.img" | while read a l r; do echo "dep ${a%:} $l$r"; done
  echo "dep pc 1000"; echo "go"; echo "quit"; } > "$dir/s.ini"
t0=$(date +%s.%N)
(cd "$dir" && pdp10 s.ini > simh.out 2>&1)
t1=$(date +%s.%N)
out=$(./vmwb run --core pdp10 --load "$dir/loop.img" --max-insns 2000000000 --json -)
n=$(echo "$out" | sed -n '/"insns"/,/}/s/.*"total": \([0-9]*\).*/\1/p')
v=$(echo "$out" | sed -n 's/.*"host_seconds": \(.*\)/\1/p')
awk -v n="$n" -v v="$v" -v a="$t0" -v b="$t1" 'BEGIN {
    printf "PDP-10 loop, %d instructions:\n", n
    printf "  vmwb      %8.3f s  %7.1f MIPS\n", v, n / v / 1e6
    printf "  simh      %8.3f s  %7.1f MIPS (whole process, start-up included)\n", b - a, n / (b - a) / 1e6 }'
