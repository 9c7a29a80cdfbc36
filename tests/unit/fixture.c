/*
 * posix_openpt(3) and its kin (fx_tty) are X/Open extensions, hidden by a
 * strict -D_POSIX_C_SOURCE=200809L: ask for them as lib/compat.c does,
 * before config.h so that it comes first.
 */
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * The unit tests' scratch folders, files and captured output (see
 * fixture.h).  Nothing here uses Check's asserts: the fixture also runs
 * before the tests fork, where a failed assert has no test to fail.
 */

const char	*fx_base;
static char	*base;		/* fx_base, ours to free */
static char	*at;		/* where relative paths start */

/* Make the run's scratch folder. */
const char *
fx_setup(void)
{
	const char	*tmp = env_get("TMPDIR");

	if (base != NULL)
		errx(1, "fx_setup: called twice");
	xasprintf(&base, "%s/%s.XXXXXX", tmp != NULL ? tmp : "/tmp",
	    progname());
	if (mkdtemp(base) == NULL)
		err(1, "mkdtemp %s", base);
	fx_base = base;
	return base;
}

/* Remove the scratch folder and everything in it. */
void
fx_teardown(void)
{
	if (base == NULL)
		return;
	if (fx_rm(base) == -1)
		warn("cannot remove %s", base);
	free(base);
	free(at);
	base = at = NULL;
	fx_base = NULL;
}

/* The full path of p: as it is when absolute, else from the fx_at folder. */
char *
fx_path(const char *p)
{
	const char	*from = at != NULL ? at : base;
	char		*s;

	if (p[0] == '/')
		return xstrdup(p);
	if (from == NULL)
		errx(1, "fx_path '%s': no fx_setup", p);
	if (p[0] == '\0' || strcmp(p, ".") == 0)
		return xstrdup(from);
	xasprintf(&s, "%s/%s", from, p);
	return s;
}

/* Take relative paths from dir from now on (NULL: the scratch folder). */
void
fx_at(const char *dir)
{
	char	*p = dir != NULL ? fx_path(dir) : NULL;

	free(at);
	at = p;
}

/* Make the folder p and every missing folder above it (mkdir -p). */
static void
mkdirs(char *p)
{
	struct stat	 st;
	char		*s, c;

	for (s = p + 1;; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		c = *s;
		*s = '\0';
		if (s[-1] != '/' && stat(p, &st) == -1 &&
		    mkdir(p, 0755) == -1 && errno != EEXIST)
			err(1, "mkdir %s", p);
		*s = c;
		if (c == '\0')
			break;
	}
	if (stat(p, &st) == -1 || !S_ISDIR(st.st_mode))
		errx(1, "%s: not a folder", p);
}

void
fx_dir(const char *rel)
{
	char	*p = fx_path(rel);

	mkdirs(p);
	free(p);
}

/* Write a file of len bytes, making the folders it goes in. */
void
fx_putn(const char *rel, const void *data, size_t len)
{
	char	*p = fx_path(rel), *slash;
	FILE	*f;

	if ((slash = strrchr(p, '/')) != NULL && slash > p) {
		*slash = '\0';
		mkdirs(p);
		*slash = '/';
	}
	if ((f = fopen(p, "wb")) == NULL)
		err(1, "%s", p);
	if (fwrite(data, 1, len, f) != len || fclose(f) != 0)
		err(1, "writing %s", p);
	free(p);
}

void
fx_put(const char *rel, const char *text)
{
	fx_putn(rel, text, strlen(text));
}

/* A whole file, NUL-terminated, or NULL when it cannot be opened. */
char *
fx_readn(const char *rel, size_t *lenp)
{
	struct buf	 b = BUF_INIT;
	char		 chunk[8192], *p = fx_path(rel);
	size_t		 n;
	FILE		*f;

	f = fopen(p, "rb");
	free(p);
	if (f == NULL)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(f))
		err(1, "reading %s", rel);
	fclose(f);
	return buf_detach(&b, lenp);
}

char *
fx_read(const char *rel)
{
	return fx_readn(rel, NULL);
}

/* A new folder prefix.XXXXXX, made by mkdtemp(3). */
char *
fx_mkdtemp(const char *prefix)
{
	char	*p, *s = fx_path(prefix);

	xasprintf(&p, "%s.XXXXXX", s);
	free(s);
	if (mkdtemp(p) == NULL)
		err(1, "mkdtemp %s", p);
	return p;
}

/*
 * The names in an open folder but "." and "..", read to the end before
 * any is removed (what readdir(3) gives after a removal is unspecified).
 */
static char **
names(DIR *dp, size_t *n)
{
	struct dirent	*de;
	char		**v = NULL;

	*n = 0;
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		v = xreallocarray(v, *n + 1, sizeof(*v));
		v[(*n)++] = xstrdup(de->d_name);
	}
	return v;
}

static void
names_free(char **v, size_t n)
{
	while (n > 0)
		free(v[--n]);
	free(v);
}

/* Remove name in the folder dfd, and all it holds. */
static int
rm_at(int dfd, const char *name)
{
	struct stat	 st;
	DIR		*dp;
	char		**v;
	size_t		 n, i;
	int		 fd, rv = 0;

	if (fstatat(dfd, name, &st, AT_SYMLINK_NOFOLLOW) == -1)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlinkat(dfd, name, 0);
	/* A test may have taken away our own rights to it. */
	if ((st.st_mode & S_IRWXU) != S_IRWXU)
		(void)fchmodat(dfd, name, S_IRWXU, 0);
	if ((fd = openat(dfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1)
		return -1;
	if ((dp = fdopendir(fd)) == NULL) {
		close(fd);
		return -1;
	}
	v = names(dp, &n);
	for (i = 0; i < n; i++)
		if (rm_at(dirfd(dp), v[i]) == -1)
			rv = -1;
	names_free(v, n);
	closedir(dp);
	if (rv == 0 && unlinkat(dfd, name, AT_REMOVEDIR) == -1)
		rv = -1;
	return rv;
}

/* Remove a file or a folder and everything in it (rm -rf). */
int
fx_rm(const char *rel)
{
	char	*p = fx_path(rel);
	int	 rv;

	rv = rm_at(AT_FDCWD, p);
	free(p);
	return rv;
}

/* Add "== REL\ncontents" for every regular file under path to v. */
static void
snap(const char *path, size_t skip, char ***v, size_t *nv)
{
	struct stat	 st;
	DIR		*dp;
	char		**kids, *p, *s;
	size_t		 n, i;

	if (lstat(path, &st) == -1)
		err(1, "%s", path);
	if (S_ISREG(st.st_mode)) {
		if ((s = fx_read(path)) == NULL)
			s = xstrdup("(unreadable)");
		*v = xreallocarray(*v, *nv + 1, sizeof(**v));
		xasprintf(&(*v)[(*nv)++], "== %s\n%s", path + skip, s);
		free(s);
		return;
	}
	if (!S_ISDIR(st.st_mode) || (dp = opendir(path)) == NULL)
		return;
	kids = names(dp, &n);
	closedir(dp);
	for (i = 0; i < n; i++) {
		xasprintf(&p, "%s/%s", path, kids[i]);
		snap(p, skip, v, nv);
		free(p);
	}
	names_free(kids, n);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file under a folder with its contents, sorted by path. */
char *
fx_snapshot(const char *rel)
{
	struct buf	 b = BUF_INIT;
	char		*p = fx_path(rel), **v = NULL;
	size_t		 n = 0, i;

	snap(p, strlen(p) + 1, &v, &n);
	if (n > 1)
		qsort(v, n, sizeof(*v), str_cmp);
	for (i = 0; i < n; i++)
		buf_addstr(&b, v[i]);
	names_free(v, n);
	free(p);
	return buf_detach(&b, NULL);
}

/* Send descriptor fd to a temporary file until fx_cap_end(). */
void
fx_cap_start(struct fx_cap *c, int fd)
{
	fflush(NULL);
	c->fd = fd;
	if ((c->f = tmpfile()) == NULL)
		err(1, "tmpfile");
	if ((c->saved = dup(fd)) == -1 || dup2(fileno(c->f), fd) == -1)
		err(1, "capturing descriptor %d", fd);
}

/* The whole of a stream, from its start. */
static char *
slurp(FILE *f)
{
	struct buf	 b = BUF_INIT;
	char		 chunk[8192];
	size_t		 n;

	rewind(f);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&b, chunk, n);
	return buf_detach(&b, NULL);
}

/* Give fd back, and what was written to it since fx_cap_start(). */
char *
fx_cap_end(struct fx_cap *c)
{
	char	*s;

	fflush(NULL);
	if (dup2(c->saved, c->fd) == -1)
		err(1, "restoring descriptor %d", c->fd);
	close(c->saved);
	s = slurp(c->f);
	fclose(c->f);
	c->f = NULL;
	c->saved = -1;
	return s;
}

/* Run fn(arg) in a child, its stdout and stderr caught, and wait. */
void
fx_run(void (*fn)(void *), void *arg, struct fx_child *c)
{
	FILE	*fo, *fe;
	pid_t	 pid;
	int	 st;

	if ((fo = tmpfile()) == NULL || (fe = tmpfile()) == NULL)
		err(1, "tmpfile");
	fflush(NULL);
	if ((pid = fork()) == -1)
		err(1, "fork");
	if (pid == 0) {
		dup2(fileno(fo), STDOUT_FILENO);
		dup2(fileno(fe), STDERR_FILENO);
		fn(arg);
		fflush(NULL);
		_exit(100);
	}
	while (waitpid(pid, &st, 0) == -1)
		if (errno != EINTR)
			err(1, "waitpid");
	c->status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
	c->out = slurp(fo);
	c->err = slurp(fe);
	fclose(fo);
	fclose(fe);
}

void
fx_child_free(struct fx_child *c)
{
	free(c->out);
	free(c->err);
	c->out = c->err = NULL;
}

/* The formatted lines as the program says them: "PROG: " before each. */
char *
fx_said(const char *fmt, ...)
{
	struct buf	 text = BUF_INIT, b = BUF_INIT;
	const char	*s, *nl;
	va_list		 ap;

	va_start(ap, fmt);
	buf_vaddf(&text, fmt, ap);
	va_end(ap);
	for (s = text.buf; *s != '\0'; s = *nl != '\0' ? nl + 1 : nl) {
		if ((nl = strchr(s, '\n')) == NULL)
			nl = s + strlen(s);
		buf_addf(&b, "%s: %.*s\n", progname(), (int)(nl - s), s);
	}
	buf_release(&text);
	return buf_detach(&b, NULL);
}

/* The terminal side of a new pseudo-terminal, or -1. */
int
fx_tty(int *master)
{
	const char	*name;
	int		 m, s;

	if ((m = posix_openpt(O_RDWR | O_NOCTTY)) == -1)
		return -1;
	if (grantpt(m) == -1 || unlockpt(m) == -1 ||
	    (name = ptsname(m)) == NULL ||
	    (s = open(name, O_RDWR | O_NOCTTY)) == -1) {
		close(m);
		return -1;
	}
	*master = m;
	return s;
}
