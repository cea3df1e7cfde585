#!/bin/sh
# Speed of the SPARC and Book E cores beside QEMU TCG on the same ELF (bench/guests/crc_loop.c).
# Wall time of whole processes for QEMU (start-up included, so QEMU is flattered less than it could be
# only by the start-up time), vmwb's own host_seconds.  Not a test; `make bench` runs it.
set -e
build=${BUILD:-build}
out=$build/bench
mkdir -p "$out"
now() { date +%s.%N; }
run() {   # name elf qemu-command...
    name=$1; elf=$2; shift 2
    j=$(./vmwb run --core "$name" --load "$elf" --max-insns 4000000000 --json -)
    n=$(echo "$j" | sed -n '/"insns"/,/}/s/.*"total": \([0-9]*\).*/\1/p')
    v=$(echo "$j" | sed -n 's/.*"host_seconds": \(.*\)/\1/p')
    t0=$(now); timeout 120 "$@" "$elf" > "$out/$name-qemu.txt" 2>&1 || true; t1=$(now)
    awk -v c="$name" -v n="$n" -v v="$v" -v a="$t0" -v b="$t1" 'BEGIN {
        printf "%s crc loop, %d instructions: vmwb %.3f s (%.1f MIPS), QEMU TCG %.3f s (%.1f MIPS equivalent)\n",
               c, n, v, n / v / 1e6, b - a, n / (b - a) / 1e6 }'
}
if command -v sparc64-linux-gnu-gcc >/dev/null && command -v qemu-system-sparc >/dev/null; then
    sparc64-linux-gnu-gcc -m32 -mcpu=v8 -O2 -ffreestanding -nostdlib -fno-pic -fno-pie -static -fno-builtin \
        -Wl,--build-id=none -Wl,-N -Wl,-z,noexecstack -Wl,--no-warn-rwx-segments -Itests/sparc/frame -T tests/sparc/frame/link.ld \
        -o "$out/crc-sparc.elf" tests/sparc/frame/crt0.S tests/sparc/frame/lib.c bench/guests/crc_loop.c
    run sparc "$out/crc-sparc.elf" qemu-system-sparc -M leon3_generic -nographic -no-reboot -kernel
fi
if command -v powerpc-linux-gnu-gcc >/dev/null && command -v qemu-system-ppc >/dev/null; then
    powerpc-linux-gnu-gcc -mcpu=440 -msoft-float -O2 -ffreestanding -nostdlib -fno-pic -fno-pie -mregnames \
        -Wa,-mregnames -fno-asynchronous-unwind-tables -Itests/ppc-booke/rt -static -Wl,--no-warn-rwx-segments -Wl,-z,noexecstack \
        -Wl,--build-id=none -Wl,-T,tests/ppc-booke/rt/link.ld -o "$out/crc-booke.elf" tests/ppc-booke/rt/crt0.S \
        tests/ppc-booke/rt/rt.c bench/guests/crc_loop.c -lgcc
    run ppc-booke "$out/crc-booke.elf" qemu-system-ppc -M bamboo -nographic -no-reboot -net none -kernel
fi
