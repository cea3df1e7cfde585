#include "rt.h"
int main(void) { puts_("hello from booke\n"); kv("msr", get_msr() & ~0x1000u); nl(); return 0; }
