# vmwb — top-level build.  `make deps` (as root) installs everything; `make` builds ./vmwb and the
# guest images; `make test` runs every test; `make check-asan` runs them under ASan+UBSan.

CC      ?= cc
BUILD   ?= build
OPT     ?= -O2
SAN     ?=
CFLAGS  ?= $(OPT) -g
CFLAGS  += -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Icores -I. $(SAN)
CFLAGS  += $(shell pkg-config --cflags inih 2>/dev/null)
LDLIBS  += $(shell pkg-config --libs inih 2>/dev/null || echo -linih) -lm
TESTLIBS = $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

# Debian packages the build, the guests and the tests need.
DEPS = build-essential pkg-config libsdl2-dev libcmocka-dev libinih-dev \
       binutils-s390x-linux-gnu hercules python3 binutils-m68k-linux-gnu

LIB_SRC  := $(wildcard cores/*.c cores/*/*.c monitors/*.c monitors/*/*.c frontends/common/*.c)
CLI_SRC  := $(wildcard frontends/cli/*.c)
TEST_SRC := $(wildcard tests/*/test_*.c)
TEST_SUPPORT := $(wildcard tests/support/*.c)

LIB_OBJ  := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
SUP_OBJ  := $(TEST_SUPPORT:%.c=$(BUILD)/%.o)
TEST_BIN := $(TEST_SRC:%.c=$(BUILD)/%)
LIB      := $(BUILD)/libvmwb.a
VMWB     := $(if $(filter build,$(BUILD)),vmwb,$(BUILD)/vmwb)

# Guest images: guests/<arch>/<name>.S -> $(BUILD)/guests/<arch>/<name>.elf (and .bin flat images)
S370_AS  = s390x-linux-gnu-as -m31 -mesa -Iguests/s370
S370_LD  = s390x-linux-gnu-ld -m elf_s390 -N --no-warn-rwx-segments -e 0 -T guests/s370/guest.ld
S370_OBJCOPY = s390x-linux-gnu-objcopy
S370_GUESTS := $(patsubst guests/s370/%.S,$(BUILD)/guests/s370/%.elf,$(wildcard guests/s370/*.S))
S370_TESTPROGS := $(patsubst tests/%.S,$(BUILD)/tests/%.elf,$(wildcard tests/*/progs/*.S))
GUESTS := $(S370_GUESTS) $(S370_TESTPROGS)

# ---- m68k guests (owned by the m68k core): guests/m68k/<name>.S -> $(BUILD)/guests/m68k/<name>.elf/.bin ----
M68K_AS  = m68k-linux-gnu-as -m68000 -Iguests/m68k
M68K_LD  = m68k-linux-gnu-ld -N --no-warn-rwx-segments -e 0 -T guests/m68k/guest.ld
M68K_OBJCOPY = m68k-linux-gnu-objcopy
M68K_GUESTS := $(patsubst guests/m68k/%.S,$(BUILD)/guests/m68k/%.elf,$(wildcard guests/m68k/*.S))
GUESTS += $(M68K_GUESTS)
# 68010 builds of some guests: <name>10 from <name>.S, assembled for the 68010 with M68010 defined
M68K_GUESTS10 := $(BUILD)/guests/m68k/detector10.elf
GUESTS += $(M68K_GUESTS10)
$(BUILD)/guests/m68k/%10.elf: guests/m68k/%.S guests/m68k/*.inc guests/m68k/guest.ld
	@mkdir -p $(dir $@)
	m68k-linux-gnu-as -m68010 --defsym M68010=1 -Iguests/m68k -o $(@:.elf=.o) $<
	$(M68K_LD) -o $@ $(@:.elf=.o)
	$(M68K_OBJCOPY) -O binary $@ $(@:.elf=.bin)

$(BUILD)/guests/m68k/%.elf: guests/m68k/%.S guests/m68k/*.inc guests/m68k/guest.ld
	@mkdir -p $(dir $@)
	$(M68K_AS) -o $(@:.elf=.o) $<
	$(M68K_LD) -o $@ $(@:.elf=.o)
	$(M68K_OBJCOPY) -O binary $@ $(@:.elf=.bin)
# ---- end of the m68k guests ----

# ---- m68k monitor helper: QEMU differential programs (tests/m68k/qemu/*.S -> $(BUILD)/tests/m68k/qemu/*.bin) ----
DEPS += qemu-system-misc
M68K_QEMU_PROGS := $(patsubst tests/m68k/qemu/%.S,$(BUILD)/tests/m68k/qemu/%.bin,$(wildcard tests/m68k/qemu/*.S))
GUESTS += $(M68K_QEMU_PROGS)
$(BUILD)/tests/m68k/qemu/%.bin: tests/m68k/qemu/%.S tests/m68k/qemu/prog.inc
	@mkdir -p $(dir $@)
	m68k-linux-gnu-as -m68000 -Itests/m68k/qemu -o $(@:.bin=.o) $<
	$(M68K_OBJCOPY) -O binary $(@:.bin=.o) $@
# ---- end of the m68k QEMU programs ----

.SECONDARY:
.PHONY: all deps test check-asan bench clean guests
all: $(VMWB) $(GUESTS) $(TEST_BIN)

deps:
	apt-get update
	DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(DEPS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^

$(VMWB): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(SUP_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -o $@ $< $(SUP_OBJ) $(LIB) $(LDLIBS) $(TESTLIBS)

$(BUILD)/guests/s370/%.elf: guests/s370/%.S guests/s370/*.inc
	@mkdir -p $(dir $@)
	$(S370_AS) -I$(dir $<) -o $(@:.elf=.o) $<
	$(S370_LD) -o $@ $(@:.elf=.o)
	$(S370_OBJCOPY) -O binary $@ $(@:.elf=.bin)

$(BUILD)/tests/%.elf: tests/%.S guests/s370/*.inc
	@mkdir -p $(dir $@)
	$(S370_AS) -I$(dir $<) -o $(@:.elf=.o) $<
	$(S370_LD) -o $@ $(@:.elf=.o)
	$(S370_OBJCOPY) -O binary $@ $(@:.elf=.bin)

guests: $(GUESTS)
$(filter $(BUILD)/tests/monitors/%,$(S370_TESTPROGS)): tests/monitors/progs/privops.inc

# ---- PDP-10 (owned by the pdp10 core): the in-tree assembler and guests/pdp10/*.mac images ----
PDP10ASM := $(BUILD)/tools/pdp10asm
PDP10_GUESTS := $(patsubst guests/pdp10/%.mac,$(BUILD)/guests/pdp10/%.img,$(wildcard guests/pdp10/*.mac))
all: $(PDP10ASM) $(PDP10_GUESTS)
guests: $(PDP10_GUESTS)
$(PDP10ASM): tools/pdp10asm/main.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ tools/pdp10asm/main.c $(LIB) $(LDLIBS)
$(BUILD)/guests/pdp10/%.img: guests/pdp10/%.mac $(PDP10ASM)
	@mkdir -p $(dir $@)
	$(PDP10ASM) -o $@ $<
# ---- end PDP-10 ----

test: all
	VMWB=$(abspath $(VMWB)) BUILD=$(BUILD) sh tests/run.sh $(TEST_BIN)

check-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 SAN="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" test

BENCH_BIN := $(patsubst bench/%.c,$(BUILD)/bench/%,$(wildcard bench/*.c))
$(BUILD)/bench/%: bench/%.c $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -o $@ $< $(LIB) $(LDLIBS)

bench: all $(BENCH_BIN)
	BUILD=$(BUILD) $(BUILD)/bench/bench_monitors
	BUILD=$(BUILD) sh bench/hercules-speed.sh
	BUILD=$(BUILD) sh bench/simh-speed.sh
	BUILD=$(BUILD) sh bench/qemu-speed.sh

clean:
	rm -rf build build-asan vmwb

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---- tests/hercules: differential programs against Hercules 3.13 (tests/hercules/README.md) ----
# The programs include a common frame; Hercules' results are cached by image hash, shared by the
# normal and the ASan builds.
$(filter $(BUILD)/tests/hercules/%,$(S370_TESTPROGS)): tests/hercules/progs/hx.inc
export HERCULES_CACHE ?= $(abspath build/hercules-cache)
# ---- end tests/hercules ----

# ---- tests/pdp10/simh: differential programs against simh's pdp10 (a KS10) ----
# simh's results are cached by image hash, shared by the normal and the ASan builds.
DEPS += simh
export SIMH_CACHE ?= $(abspath build/simh-cache)
# ---- end tests/pdp10/simh ----

# ---- SDL console (owned by the sdl front end): frontends/sdl/*.c, linked into vmwb and tests/sdl ----
SDL_SRC  := $(wildcard frontends/sdl/*.c)
SDL_OBJ  := $(SDL_SRC:%.c=$(BUILD)/%.o)
SDL_CFLAGS := $(shell pkg-config --cflags sdl2 2>/dev/null)
SDL_LIBS   := $(shell pkg-config --libs sdl2 2>/dev/null || echo -lSDL2)
$(SDL_OBJ): CFLAGS += $(SDL_CFLAGS)
$(VMWB): $(SDL_OBJ)
$(VMWB): LDLIBS += $(LIB) $(SDL_LIBS)   # the archive again: frontends/sdl objects come after it
$(BUILD)/tests/sdl/%: tests/sdl/%.c $(SUP_OBJ) $(SDL_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(SDL_CFLAGS) -MMD -MP -o $@ $< $(SDL_OBJ) $(SUP_OBJ) $(LIB) $(LDLIBS) $(SDL_LIBS) $(TESTLIBS)
$(filter $(BUILD)/tests/sdl/%,$(TEST_BIN)): $(BUILD)/tests/sdl/progs/ticker.elf
# ---- end SDL console ----

# ---- SPARC (owned by the sparc core): guests/sparc/*.S and the QEMU differential programs ----
DEPS += gcc-sparc64-linux-gnu binutils-sparc64-linux-gnu qemu-system-sparc
SPARC_CC = sparc64-linux-gnu-gcc -m32 -mcpu=v8 -O2 -ffreestanding -nostdlib -fno-pic -fno-pie -static \
           -fno-builtin -fno-math-errno -Wl,--build-id=none -Wl,-N -Wl,-z,noexecstack -Wl,--no-warn-rwx-segments
SPARC_FRAME := tests/sparc/frame
SPARC_PROGS := $(patsubst tests/sparc/progs/%.c,$(BUILD)/tests/sparc/progs/%.elf,$(wildcard tests/sparc/progs/*.c)) \
               $(patsubst tests/sparc/progs/%.S,$(BUILD)/tests/sparc/progs/%.elf,$(wildcard tests/sparc/progs/*.S))
SPARC_GUESTS := $(patsubst guests/sparc/%.S,$(BUILD)/guests/sparc/%.elf,$(wildcard guests/sparc/*.S))
SPARC_FRAME_SRC := $(SPARC_FRAME)/crt0.S $(SPARC_FRAME)/lib.c
all: $(SPARC_PROGS) $(SPARC_GUESTS)
guests: $(SPARC_GUESTS)
$(BUILD)/tests/sparc/progs/%.elf: tests/sparc/progs/%.c $(SPARC_FRAME_SRC) $(SPARC_FRAME)/lib.h $(SPARC_FRAME)/link.ld
	@mkdir -p $(dir $@)
	$(SPARC_CC) -I$(SPARC_FRAME) -T $(SPARC_FRAME)/link.ld -o $@ $(SPARC_FRAME_SRC) $<
$(BUILD)/tests/sparc/progs/%.elf: tests/sparc/progs/%.S $(SPARC_FRAME_SRC) $(SPARC_FRAME)/lib.h $(SPARC_FRAME)/link.ld
	@mkdir -p $(dir $@)
	$(SPARC_CC) -I$(SPARC_FRAME) -T $(SPARC_FRAME)/link.ld -o $@ $(SPARC_FRAME_SRC) $<
$(BUILD)/guests/sparc/%.elf: guests/sparc/%.S guests/sparc/guest.ld
	@mkdir -p $(dir $@)
	$(SPARC_CC) -T guests/sparc/guest.ld -o $@ $<
export SPARC_QEMU_CACHE ?= $(abspath build/sparc-qemu-cache)
# ---- end SPARC ----

# ---- ppc-booke (owned by the ppc-booke core): guests/ppc-booke/*.S and the QEMU-differential programs
# tests/ppc-booke/progs/*.c (with the runtime in tests/ppc-booke/rt/), built for the PPC440. ----
DEPS += gcc-powerpc-linux-gnu binutils-powerpc-linux-gnu qemu-system-ppc
BOOKE_CC = powerpc-linux-gnu-gcc
BOOKE_LDFLAGS = -static -Wl,--no-warn-rwx-segments -Wl,-z,noexecstack -Wl,--build-id=none
BOOKE_CFLAGS = -mcpu=440 -msoft-float -O2 -ffreestanding -nostdlib -fno-pic -fno-pie -mregnames -Wa,-mregnames \
               -fno-asynchronous-unwind-tables -Itests/ppc-booke/rt $(BOOKE_LDFLAGS)
BOOKE_RT := tests/ppc-booke/rt/crt0.S tests/ppc-booke/rt/rt.c
BOOKE_PROGS := $(patsubst tests/ppc-booke/progs/%.c,$(BUILD)/tests/ppc-booke/progs/%.elf,$(wildcard tests/ppc-booke/progs/*.c))
BOOKE_GUESTS := $(patsubst guests/ppc-booke/%.S,$(BUILD)/guests/ppc-booke/%.elf,$(wildcard guests/ppc-booke/*.S))
all: $(BOOKE_PROGS) $(BOOKE_GUESTS)
guests: $(BOOKE_GUESTS)
$(BUILD)/tests/ppc-booke/progs/%.elf: tests/ppc-booke/progs/%.c $(BOOKE_RT) tests/ppc-booke/rt/rt.h tests/ppc-booke/rt/link.ld
	@mkdir -p $(dir $@)
	$(BOOKE_CC) $(BOOKE_CFLAGS) -Wl,-T,tests/ppc-booke/rt/link.ld -o $@ $(BOOKE_RT) $< -lgcc
$(BUILD)/guests/ppc-booke/%.elf: guests/ppc-booke/%.S guests/ppc-booke/guest.ld
	@mkdir -p $(dir $@)
	$(BOOKE_CC) $(BOOKE_CFLAGS) -Wl,-T,guests/ppc-booke/guest.ld -o $@ $<
# QEMU's UART text is cached by program hash, shared by the normal and the ASan builds.
export BOOKE_QEMU_CACHE ?= $(abspath build/qemu-booke-cache)
# ---- end ppc-booke ----
