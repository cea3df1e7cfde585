/* Finding bundled guest images. */
#include "frontends/common/session.h"
#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool guest_dir(const char *arch, char *out, size_t outlen)
{
    const char *env = getenv("VMWB_GUESTS");
    if (env && *env) {
        int n = snprintf(out, outlen, "%s/%s", env, arch);
        return n > 0 && (size_t)n < outlen;
    }
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0)
        return false;
    exe[len] = 0;
    char *slash = strrchr(exe, '/');
    if (!slash)
        return false;
    *slash = 0;
    /* ./vmwb sits in the checkout's top folder with guests in build/; build-asan/vmwb has them beside. */
    int n = snprintf(out, outlen, "%s/build/guests/%s", exe, arch);
    struct stat st;
    if (n > 0 && (size_t)n < outlen && stat(out, &st) == 0)
        return true;
    n = snprintf(out, outlen, "%s/guests/%s", exe, arch);
    return n > 0 && (size_t)n < outlen;
}

bool wb_guest_path(const char *arch, const char *name, char *out, size_t outlen)
{
    char dir[PATH_MAX];
    if (!guest_dir(arch, dir, sizeof dir))
        return false;
    if (strchr(name, '/'))
        return false;
    int n = snprintf(out, outlen, "%s/%s.elf", dir, name);
    if (n < 0 || (size_t)n >= outlen)
        return false;
    struct stat st;
    if (stat(out, &st) == 0)
        return true;
    /* Cores with their own image format name files by extension of their own. */
    n = snprintf(out, outlen, "%s/%s.img", dir, name);
    return n > 0 && (size_t)n < outlen && stat(out, &st) == 0;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

void wb_guest_each(const char *arch, void (*fn)(void *ctx, const char *name), void *ctx)
{
    char dir[PATH_MAX];
    if (!guest_dir(arch, dir, sizeof dir))
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    char *names[256];
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t l = strlen(e->d_name);
        if (l > 4 && (!strcmp(e->d_name + l - 4, ".elf") || !strcmp(e->d_name + l - 4, ".img"))) {
            names[n] = strndup(e->d_name, l - 4);
            if (names[n])
                n++;
        }
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], cmp);
    for (int i = 0; i < n; i++) {
        fn(ctx, names[i]);
        free(names[i]);
    }
}
