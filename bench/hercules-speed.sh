#!/bin/sh
# Speed of the S/370 core against Hercules on the same compute-bound image: the compute guest with its
# outer loop raised to 20000 passes (about 90 million instructions).  Prints both instruction rates.
# Not a test; `make bench` runs it when Hercules is installed.
set -e
build=${BUILD:-build}
img=$build/tests/monitors/progs/compute.bin
[ -f "$img" ] || { echo "hercules-speed: $img missing (run make)"; exit 1; }
command -v hercules >/dev/null || { echo "hercules-speed: hercules not installed"; exit 0; }
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cp "$img" "$dir/long.bin"
# the word at 0x450 is the outer loop count (see tests/monitors/progs/compute.S)
printf '\000\000\116\040' | dd of="$dir/long.bin" bs=1 seek=$((0x450)) conv=notrunc 2>/dev/null
cat > "$dir/h.cnf" <<CNF
ARCHMODE S/370
MAINSIZE 2
NUMCPU 1
CNSLPORT 0
0009 3215
CNF
cat > "$dir/h.rc" <<RC
loadcore $dir/long.bin 0
psw ia=400
start
pause 120
quit
RC
cd "$dir"
HERCULES_RC=h.rc hercules -f h.cnf -d > out.txt 2>&1 &
pid=$!
t0=$(date +%s.%N)
while ! grep -q "HHCPN008I\|Pausing" out.txt 2>/dev/null; do sleep 0.01; done
t0=$(date +%s.%N)
while ! grep -q "HHCCP011I" out.txt 2>/dev/null; do sleep 0.01; done
t1=$(date +%s.%N)
kill $pid 2>/dev/null || true
hsec=$(awk "BEGIN { print $t1 - $t0 }")
cd - >/dev/null
vm=$(./vmwb run --core s370 --load "$dir/long.bin@0" --max-insns 2000000000 --json - | sed -n 's/.*"host_seconds": \(.*\)/\1/p')
vins=$(./vmwb run --core s370 --load "$dir/long.bin@0" --max-insns 2000000000 --json - | sed -n '/"insns"/,/}/s/.*"total": \([0-9]*\).*/\1/p')
echo "compute guest, $vins instructions:"
awk -v n="$vins" -v v="$vm" -v h="$hsec" 'BEGIN {
    printf "  vmwb      %8.3f s  %7.1f MIPS\n", v, n / v / 1e6
    printf "  Hercules  %8.3f s  %7.1f MIPS (wall time from start to the disabled wait, polled)\n", h, n / h / 1e6 }'
