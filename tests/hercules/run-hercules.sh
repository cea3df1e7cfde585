#!/bin/sh
# Run S/370 test images on Hercules 3.13 and write each final state in a simple text form.
#
#   run-hercules.sh [-j N] [-t] [-r DECK] IMAGE=OUT...
#
# IMAGE is a flat binary loaded at absolute 0; the CPU starts at X'400' from a zero BC PSW
# (supervisor, disabled, key 0) and must end in a disabled wait.  OUT receives lines:
#   status halt|nowait|error      halt = Hercules reported the disabled wait before the dump
#   psw HHHHHHHHHHHHHHHH
#   r0 .. r15 HHHHHHHH            general registers
#   f0 f2 f4 f6 HHHHHHHHHHHHHHHH  floating-point registers
#   cr0 .. cr15 HHHHHHHH          control registers
#   mem AAAAAA HEX32              16 bytes of real storage per line (0-FF and 1000-11FF)
# -j N runs N Hercules instances at once (each in its own temporary directory, with a timeout).
# -t adds an instruction trace (Hercules "t+") and keeps the whole Hercules log in OUT.log.
# -r DECK puts DECK (ASCII text, one card per line) in the card reader at 00C.
# Hercules takes no commands on stdin in daemon mode, so the commands go through HERCULES_RC; its
# "pause" counts whole seconds, so every run costs at least one second: run several at once.
set -u
jobs=4; trace=0; deck=
while getopts j:tr: opt; do
    case $opt in
    j) jobs=$OPTARG ;;
    t) trace=1 ;;
    r) deck=$OPTARG ;;
    *) echo "usage: $0 [-j N] [-t] [-r DECK] IMAGE=OUT..." >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
self=$0
case $self in /*) ;; *) self=$(pwd)/$self ;; esac
case $deck in ''|/*) ;; *) deck=$(pwd)/$deck ;; esac

if [ -n "${HX_ONE:-}" ]; then
    # Internal: one image.
    img=${1%%=*}; out=${1#*=}
    case $img in /*) ;; *) img=$(pwd)/$img ;; esac
    case $out in /*) ;; *) out=$(pwd)/$out ;; esac
    command -v hercules >/dev/null 2>&1 || { echo "run-hercules: hercules is not installed (make deps)" >&2; exit 1; }
    dir=$(mktemp -d "${TMPDIR:-/tmp}/vmwb-hercules.XXXXXX") || exit 1
    trap 'rm -rf "$dir"' EXIT
    cp "$img" "$dir/prog.bin" || exit 1
    if [ -n "$deck" ]; then cp "$deck" "$dir/cards.txt"; else : > "$dir/cards.txt"; fi
    : > "$dir/print.txt"
    cat > "$dir/hercules.cnf" <<CNF
CPUSERIAL 000370
CPUMODEL  3168
CPUVERID  00
MAINSIZE  2
XPNDSIZE  0
NUMCPU    1
ARCHMODE  S/370
PANRATE   FAST
0009 3215-C / noprompt
000C 3505 cards.txt ascii trunc eof
000E 1403 print.txt
CNF
    # Retry when the dump came before the disabled wait (the program was still running) or when
    # the log lost lines (Hercules' logger thread can be cut short by "quit").
    status=nowait
    for pause in 1 1 3 8; do
        {
            echo "loadcore prog.bin 0"
            echo "psw ia=400"
            [ $trace = 1 ] && echo "t+"
            echo "start"
            echo "pause $pause"
            echo "gpr"
            echo "fpr"
            echo "cr"
            echo "psw"
            echo "r 0.100"
            echo "r 1000.200"
            echo "quit"
        } > "$dir/script.rc"
        (cd "$dir" && HERCULES_RC=script.rc timeout 60 hercules -f hercules.cnf -d > log.txt 2>&1 < /dev/null)
        # Halted when the disabled-wait message came before the register dump.
        if awk '/^HHCCP011I .*Disabled wait state/ { w = 1 } $0 == "gpr" { exit !w } END { if (!w) exit 1 }' \
            "$dir/log.txt"; then
            status=halt
        else
            status=nowait
        fi
        awk -v status=$status '
            function hex(s) { gsub(/ /, "", s); return s }
            $0 == "gpr" || $0 == "fpr" || $0 == "cr" || $0 == "psw" { sect = $0; next }
            /^r [0-9A-Fa-f]+\.[0-9A-Fa-f]+$/ { sect = "r"; next }
            $0 == "quit" { sect = "" }
            sect == "gpr" && /^GR[0-9][0-9]=/ {
                for (i = 1; i <= NF; i++) { split($i, a, "="); printf "r%d %s\n", substr(a[1], 3) + 0, a[2] } next }
            sect == "cr" && /^CR[0-9][0-9]=/ {
                for (i = 1; i <= NF; i++) { split($i, a, "="); printf "cr%d %s\n", substr(a[1], 3) + 0, a[2] } next }
            sect == "fpr" && /^FPR[0-9]=/ {
                for (i = 1; i <= NF; i += 2) { split($i, a, "="); printf "f%d %s%s\n", substr(a[1], 4) + 0, a[2], $(i + 1) } next }
            sect == "psw" && /^PSW=/ { sub(/^PSW=/, ""); printf "psw %s%s\n", $1, $2; next }
            sect == "r" && /^R:[0-9A-F]+:K:[0-9A-F]+=/ {
                split($0, a, "="); addr = substr(a[1], 3, 8)
                printf "mem %s %s\n", substr(addr, 3), hex(substr(a[2], 1, 35)); next }
            BEGIN { printf "status %s\n", status }
        ' "$dir/log.txt" > "$out.tmp"
        # Complete: status, 16 GPRs, 4 FPRs, 16 CRs, the PSW and 48 storage lines.
        [ $status = halt ] && [ "$(grep -c . "$out.tmp")" -eq 86 ] && break
    done
    [ $trace = 1 ] && cp "$dir/log.txt" "$out.log"
    # Only a complete result is kept under OUT (callers cache it); anything else goes to OUT.bad
    # with the Hercules log, and the next run tries again.
    if [ $status = halt ] && [ "$(grep -c . "$out.tmp")" -eq 86 ]; then
        rm -f "$out.bad"
        mv "$out.tmp" "$out"
        exit 0
    fi
    { cat "$out.tmp"; echo "# Hercules log:"; cat "$dir/log.txt"; } > "$out.bad"
    rm -f "$out.tmp"
    echo "run-hercules: $img did not end in a disabled wait with a complete dump (see $out.bad)" >&2
    exit 1
fi

[ $# -gt 0 ] || { echo "usage: $0 [-j N] [-t] [-r DECK] IMAGE=OUT..." >&2; exit 2; }
opts=
[ $trace = 1 ] && opts="$opts -t"
[ -n "$deck" ] && opts="$opts -r $deck"
printf '%s\n' "$@" | HX_ONE=1 xargs -P "$jobs" -I{} sh "$self" $opts {}
