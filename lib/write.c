#include "config.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mentor.h"

/*
 * Atomic, locked writes: git's lockfile protocol (DESIGN.md §3).  The lock
 * FILE.lock, made with O_EXCL, is also the new file's first home; it is
 * renamed over FILE (replace) or linked to NAME (create).  Only raw system
 * calls touch the data, so that every fault is seen.
 */

/* Called after each successful write with the path written (autocommit). */
static void	(*write_hook)(const char *);

/* Have hook called with the path of every record written from now on. */
void
write_set_hook(void (*hook)(const char *))
{
	write_hook = hook;
}

#define LOCK_TIMEOUT_DEFAULT	2.0
#define LOCK_POLL_NSEC		10000000L	/* 10 ms between attempts */
#define CREATE_TRIES		10000		/* NAME, NAME-2 .. NAME-10000 */

static const int lock_signo[] = { SIGHUP, SIGINT, SIGTERM };
#define NLOCKSIG	(sizeof(lock_signo) / sizeof(lock_signo[0]))

/*
 * The lock this process holds, for the signal handler to remove.  It is
 * only changed with the signals blocked, so a signal never sees a lock
 * taken but not recorded, or recorded but already gone.
 */
static char *volatile	 held_lock;
static struct sigaction	 lock_oldsa[NLOCKSIG];
static volatile sig_atomic_t lock_ours[NLOCKSIG];

/*
 * Remove the lock, then let the signal do what it would have done without
 * us: the previous disposition is put back and the signal raised again; it
 * is delivered when this handler returns (normally ending the program).
 */
static void
lock_signal(int sig)
{
	int	 saved_errno = errno;
	char	*p = held_lock;
	size_t	 i;

	if (p != NULL) {
		(void)unlink(p);
		held_lock = NULL;
	}
	for (i = 0; i < NLOCKSIG; i++) {
		if (lock_signo[i] == sig && lock_ours[i]) {
			(void)sigaction(sig, &lock_oldsa[i], NULL);
			lock_ours[i] = 0;
		}
	}
	(void)raise(sig);
	errno = saved_errno;
}

static void
lock_sigset(sigset_t *set)
{
	size_t	 i;

	sigemptyset(set);
	for (i = 0; i < NLOCKSIG; i++)
		sigaddset(set, lock_signo[i]);
}

/* Catch the signals that would end us while a lock exists. */
static void
lock_signals_install(void)
{
	struct sigaction	 sa;
	size_t			 i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = lock_signal;
	lock_sigset(&sa.sa_mask);
	for (i = 0; i < NLOCKSIG; i++) {
		lock_ours[i] = 0;
		if (sigaction(lock_signo[i], NULL, &lock_oldsa[i]) == -1)
			continue;
		/* An ignored signal cannot end us; leave it ignored. */
		if (!(lock_oldsa[i].sa_flags & SA_SIGINFO) &&
		    lock_oldsa[i].sa_handler == SIG_IGN)
			continue;
		if (sigaction(lock_signo[i], &sa, NULL) == 0)
			lock_ours[i] = 1;
	}
}

static void
lock_signals_restore(void)
{
	size_t	 i;

	for (i = 0; i < NLOCKSIG; i++) {
		if (lock_ours[i])
			(void)sigaction(lock_signo[i], &lock_oldsa[i], NULL);
		lock_ours[i] = 0;
	}
}

/* Create the lock with O_EXCL; -1 and errno on failure. */
static int
lock_take(char *lock, mode_t mode)
{
	sigset_t	 set, old;
	int		 fd, e;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	fd = open(lock, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
	e = errno;
	if (fd != -1)
		held_lock = lock;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return fd;
}

/*
 * Remove the lock we hold; -1 and errno when unlink fails.  A lock the
 * signal handler already removed may be someone else's by now, so only a
 * lock still recorded as ours is touched (here and below).
 */
static int
lock_drop(const char *lock)
{
	sigset_t	 set, old;
	int		 rv = 0, e = 0;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	if (held_lock != NULL) {
		rv = unlink(lock);
		e = errno;
	}
	held_lock = NULL;
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rv;
}

/* Rename the lock we hold to path; -1 and errno (lock kept) on failure. */
static int
lock_rename(const char *lock, const char *path)
{
	sigset_t	 set, old;
	int		 rv = -1, e = ENOENT;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	if (held_lock != NULL) {
		rv = rename(lock, path);
		e = errno;
		if (rv == 0)
			held_lock = NULL;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rv;
}

/* Link the lock we hold to path; -1 and errno on failure. */
static int
lock_link(const char *lock, const char *path)
{
	sigset_t	 set, old;
	int		 rv = -1, e = ENOENT;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	if (held_lock != NULL) {
		rv = link(lock, path);
		e = errno;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rv;
}

static int
write_all(int fd, const char *p, size_t len)
{
	ssize_t	 n;

	while (len > 0) {
		n = write(fd, p, len > SSIZE_MAX ? SSIZE_MAX : len);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (n == 0) {
			errno = EIO;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

static int
fsync_fd(int fd)
{
	while (fsync(fd) == -1) {
		if (errno != EINTR)
			return -1;
	}
	return 0;
}

/*
 * Write, flush to disk and close the lock; fd is closed either way.  A
 * close interrupted by a signal has still released the descriptor on the
 * systems we run on, and the data is on disk by then.
 */
static int
write_lock(int fd, const char *data, size_t len)
{
	int	 e;

	if (write_all(fd, data, len) == -1 || fsync_fd(fd) == -1) {
		e = errno;
		(void)close(fd);
		errno = e;
		return -1;
	}
	if (close(fd) == -1 && errno != EINTR)
		return -1;
	return 0;
}

/* Make a rename or link in path's directory durable; best effort. */
static void
sync_dir(const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*dir;
	int		 fd;

	if (slash == NULL)
		dir = xstrdup(".");
	else if (slash == path)
		dir = xstrdup("/");
	else
		dir = xstrndup(path, (size_t)(slash - path));
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (fd != -1) {
		(void)fsync(fd);
		(void)close(fd);
	}
	free(dir);
}

/* Whether the real path real lies in the directory whose real path is rr. */
static int
path_within(const char *rr, const char *real)
{
	size_t	 n = strlen(rr);

	if (strcmp(rr, "/") == 0)
		return real[0] == '/';
	return strncmp(real, rr, n) == 0 && (real[n] == '/' || real[n] == '\0');
}

/* The real path of root, or NULL after a message about what. */
static char *
root_real(const char *root, const char *what, const char *name)
{
	char	*rr;

	if ((rr = xrealpath(root)) == NULL)
		warnx("%s '%s': cannot resolve '%s': %s", what, name, root,
		    strerror(errno));
	return rr;
}

/* The answer when the file to replace is gone. */
static int
replace_missing(const char *path, const char *expect, int e)
{
	if (expect != NULL && e == ENOENT) {
		warnx("'%s' changed while it was being edited; nothing written",
		    path);
		return EX_TEMPFAIL;
	}
	warnx("cannot write '%s': %s", path, strerror(e));
	return e == ENOENT ? EX_NOINPUT : EX_IOERR;
}

/*
 * Take lock, waiting up to limit seconds while another writer holds it;
 * 0 with *fdp set, or a sysexits code after a message about path.
 */
static int
lock_wait(const char *path, char *lock, double limit, int *fdp)
{
	struct timespec	 t0, now, nap;
	double		 waited, left;
	int		 fd;

	if (clock_gettime(CLOCK_MONOTONIC, &t0) == -1)
		err(EX_OSERR, "clock_gettime");
	for (;;) {
		if ((fd = lock_take(lock, 0666)) != -1) {
			*fdp = fd;
			return 0;
		}
		if (errno == EINTR)
			continue;
		if (errno != EEXIST) {
			warnx("cannot write '%s': %s", path, strerror(errno));
			return EX_CANTCREAT;
		}
		if (clock_gettime(CLOCK_MONOTONIC, &now) == -1)
			err(EX_OSERR, "clock_gettime");
		waited = (double)(now.tv_sec - t0.tv_sec) +
		    (double)(now.tv_nsec - t0.tv_nsec) / 1e9;
		if (waited >= limit) {
			warnx("'%s' is held by another writer (remove it if no "
			    "mentor program is running)", lock);
			return EX_TEMPFAIL;
		}
		left = limit - waited;
		nap.tv_sec = 0;
		nap.tv_nsec = left < LOCK_POLL_NSEC / 1e9 ?
		    (long)(left * 1e9) + 1 : LOCK_POLL_NSEC;
		(void)nanosleep(&nap, NULL);
	}
}

/* Read a whole file (at most RECORD_MAX bytes) into a new buffer. */
static int
read_whole(const char *path, char **data, size_t *len)
{
	struct buf	 b = BUF_INIT;
	ssize_t		 n;
	int		 fd, e;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	for (;;) {
		buf_grow(&b, 65536);
		n = read(fd, b.buf + b.len, b.alloc - b.len - 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		buf_setlen(&b, b.len + (size_t)n);
		if (b.len > RECORD_MAX) {
			n = -1;
			errno = EFBIG;
			break;
		}
	}
	e = errno;
	(void)close(fd);
	if (n == -1) {
		buf_release(&b);
		errno = e;
		return -1;
	}
	*data = buf_detach(&b, len);
	return 0;
}

struct expect {
	const char	*path;
	const char	*data, *expect;
	size_t		 len, expectlen;
};

/* The update behind file_replace: check the old bytes, give the new. */
static int
replace_cb(void *ctx, const char *path, char *old, size_t oldlen,
    struct buf *out)
{
	struct expect	*x = ctx;

	if (x->expect != NULL && (oldlen != x->expectlen ||
	    memcmp(old, x->expect, oldlen) != 0)) {
		free(old);
		warnx("'%s' changed while it was being edited; nothing written",
		    path);
		return EX_TEMPFAIL;
	}
	free(old);
	buf_add(out, x->data, x->len);
	return 0;
}

/*
 * Replace the existing file path: take "path.lock", read the file, let fn
 * make the new bytes from the old, write them to the lock and rename(2)
 * it over the file, keeping its mode; refuse a symbolic link out of root.
 * fn owns the old bytes; it returns 0 to write what it put in out,
 * FILE_UNCHANGED to write nothing, or a sysexits code (after a message)
 * to give up.  Because the lock is held from the read to the rename, two
 * updates of one file never lose each other's change.
 */
int
file_update(const char *root, const char *path, file_update_fn fn,
    void *ctx)
{
	struct stat	 st;
	struct buf	 out = BUF_INIT;
	const char	*target = path;
	char		*real = NULL, *rr = NULL, *lock = NULL, *old;
	double		 limit = lock_timeout();
	size_t		 oldlen;
	int		 fd = -1, rv = 0, islink, e;

	if (lstat(path, &st) == -1)
		return replace_missing(path, NULL, errno);
	islink = S_ISLNK(st.st_mode);
	if (islink || root != NULL) {
		if ((real = xrealpath(path)) == NULL) {
			rv = replace_missing(path, NULL, errno);
			goto out;
		}
		if (root != NULL) {
			if ((rr = root_real(root, "cannot write", path)) ==
			    NULL) {
				rv = EX_IOERR;
				goto out;
			}
			if (!path_within(rr, real)) {
				if (islink)
					warnx("refusing to write '%s': it is a "
					    "symbolic link leading out of the "
					    "journal", path);
				else
					warnx("refusing to write '%s': it is "
					    "outside the journal", path);
				rv = EX_CANTCREAT;
				goto out;
			}
		}
		if (islink)
			target = real;
	}
	if (stat(target, &st) == -1) {
		rv = replace_missing(path, NULL, errno);
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		warnx("cannot write '%s': not a regular file", path);
		rv = EX_IOERR;
		goto out;
	}

	xasprintf(&lock, "%s.lock", target);
	lock_signals_install();
	if ((rv = lock_wait(path, lock, limit, &fd)) != 0)
		goto restore;

	/* Under the lock, the file can only change by someone not using it. */
	if (stat(target, &st) == -1 || read_whole(target, &old, &oldlen) ==
	    -1) {
		rv = replace_missing(path, NULL, errno);
		goto fail;
	}
	if ((rv = fn(ctx, path, old, oldlen, &out)) != 0) {
		if (rv == FILE_UNCHANGED)
			rv = 0;
		goto fail;
	}
	/* Keep the owner when we may (root editing a user's journal). */
	if (st.st_uid != geteuid() || st.st_gid != getegid())
		(void)fchown(fd, st.st_uid, st.st_gid);
	if (fchmod(fd, st.st_mode & 07777) == -1)
		goto ioerr;
	e = write_lock(fd, out.buf, out.len);
	fd = -1;
	if (e == -1 || lock_rename(lock, target) == -1)
		goto ioerr;
	sync_dir(target);
	if (write_hook != NULL) {
		lock_signals_restore();
		write_hook(path);
		goto out;
	}
	goto restore;

ioerr:
	e = errno;
	warnx("cannot write '%s': %s", path, strerror(e));
	rv = EX_IOERR;
fail:
	if (fd != -1)
		(void)close(fd);
	(void)lock_drop(lock);
restore:
	lock_signals_restore();
out:
	buf_release(&out);
	free(lock);
	free(rr);
	free(real);
	return rv;
}

/*
 * Replace the existing file path with len bytes of data through
 * "path.lock" and rename(2), keeping its mode, refusing a symbolic link
 * out of root and (with expect) a file that changed meanwhile.
 */
int
file_replace(const char *root, const char *path, const char *data,
    size_t len, const char *expect, size_t expectlen)
{
	struct expect	 x;

	x.path = path;
	x.data = data;
	x.len = len;
	x.expect = expect;
	x.expectlen = expectlen;
	if (expect != NULL && access(path, F_OK) == -1)
		return replace_missing(path, expect, errno);
	return file_update(root, path, replace_cb, &x);
}

/* Whether the directory holding path (a new one) lies within rr. */
static int
parent_within(const char *rr, const char *path)
{
	const char	*slash = strrchr(path, '/');
	char		*parent, *real;
	int		 in;

	if (slash == NULL)
		parent = xstrdup(".");
	else if (slash == path)
		parent = xstrdup("/");
	else
		parent = xstrndup(path, (size_t)(slash - path));
	real = xrealpath(parent);
	in = real != NULL && path_within(rr, real);
	free(real);
	free(parent);
	return in;
}

/*
 * Make dir and its missing parents (like mkdir -p), creating nothing
 * outside root when root is not NULL; 0 or EX_CANTCREAT after a message.
 */
static int
make_dir(const char *root, const char *dir)
{
	struct stat	 st;
	const char	*what;
	char		*copy, *s, *rr = NULL, *real = NULL;
	char		 c;
	int		 rv = EX_CANTCREAT;

	if (root != NULL &&
	    (rr = root_real(root, "cannot create a record in", dir)) == NULL)
		return EX_CANTCREAT;
	what = copy = xstrdup(dir);
	for (s = copy;;) {
		while (*s == '/')
			s++;
		if (*s == '\0')
			break;
		while (*s != '\0' && *s != '/')
			s++;
		c = *s;
		*s = '\0';
		if (stat(copy, &st) == -1) {
			if (errno != ENOENT)
				goto fail;
			if (rr != NULL && !parent_within(rr, copy)) {
				warnx("refusing to create '%s': it is outside "
				    "the journal", copy);
				goto out;
			}
			if (mkdir(copy, 0777) == -1 && errno != EEXIST)
				goto fail;
		} else if (!S_ISDIR(st.st_mode)) {
			errno = ENOTDIR;
			goto fail;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	if (rr != NULL) {
		if ((real = xrealpath(dir)) == NULL) {
			what = dir;
			goto fail;
		}
		if (!path_within(rr, real)) {
			warnx("refusing to create a record in '%s': it is a "
			    "symbolic link leading out of the journal", dir);
			goto out;
		}
	}
	rv = 0;
	goto out;
fail:
	warnx("cannot create '%s': %s", what, strerror(errno));
out:
	free(real);
	free(rr);
	free(copy);
	return rv;
}

/*
 * Write a new file dir/stem+ext (or dir/stem-N+ext for the first free N)
 * holding data, through a lock and link(2) so that no existing or racing
 * file is ever overwritten; its path goes to *made.
 */
int
file_create(const char *root, const char *dir, const char *stem,
    const char *ext, const char *data, size_t len, char **made)
{
	struct stat	 st;
	struct buf	 path = BUF_INIT;
	char		*lock = NULL;
	size_t		 base;
	int		 n, fd, rv = 0, e;

	*made = NULL;
	if (dir == NULL)
		dir = "";
	if (*dir != '\0' && (rv = make_dir(root, dir)) != 0)
		return rv;
	if (*dir != '\0') {
		buf_addstr(&path, dir);
		if (path.buf[path.len - 1] != '/')
			buf_addch(&path, '/');
	}
	base = path.len;

	lock_signals_install();
	for (n = 1; n <= CREATE_TRIES; n++) {
		buf_setlen(&path, base);
		buf_addstr(&path, stem);
		if (n > 1)
			buf_addf(&path, "-%d", n);
		buf_addstr(&path, ext);
		free(lock);
		xasprintf(&lock, "%s.lock", path.buf);

		if ((fd = lock_take(lock, 0666)) == -1) {
			if (errno == EINTR) {
				n--;
				continue;
			}
			/* Someone is creating this very name: take the next. */
			if (errno == EEXIST)
				continue;
			rv = EX_CANTCREAT;
			goto fail;
		}
		if (lstat(path.buf, &st) == 0) {
			(void)close(fd);
			(void)lock_drop(lock);
			continue;
		}
		if (errno != ENOENT) {
			e = errno;
			(void)close(fd);
			(void)lock_drop(lock);
			errno = e;
			rv = EX_CANTCREAT;
			goto fail;
		}
		if (write_lock(fd, data, len) == -1) {
			e = errno;
			(void)lock_drop(lock);
			errno = e;
			rv = EX_IOERR;
			goto fail;
		}
		if (lock_link(lock, path.buf) == -1) {
			e = errno;
			if (e == EEXIST) {
				(void)lock_drop(lock);
				continue;
			}
			/*
			 * A file system without hard links: rename is as safe
			 * among mentor writers, who all need NAME.lock (ours)
			 * to create or change NAME.
			 */
			if ((e == EPERM || e == ENOTSUP || e == EOPNOTSUPP ||
			    e == ENOSYS) && lock_rename(lock, path.buf) == 0)
				goto made;
			(void)lock_drop(lock);
			errno = e;
			rv = EX_CANTCREAT;
			goto fail;
		}
		if (lock_drop(lock) == -1)
			warnx("cannot remove '%s': %s", lock, strerror(errno));
made:
		sync_dir(path.buf);
		*made = buf_detach(&path, NULL);
		if (write_hook != NULL)
			write_hook(*made);
		goto out;
	}
	buf_setlen(&path, base);
	warnx("cannot create '%s%s%s': %d names are taken", path.buf, stem,
	    ext, CREATE_TRIES);
	rv = EX_CANTCREAT;
	goto out;

fail:
	warnx("cannot %s '%s': %s", rv == EX_IOERR ? "write" : "create",
	    path.buf, strerror(errno));
out:
	lock_signals_restore();
	free(lock);
	buf_release(&path);
	return rv;
}

/*
 * The seconds to wait for a lock: $MENTOR_LOCK_TIMEOUT as a non-negative
 * decimal number (2 when unset or empty); anything else ends the program
 * with exit 64.
 */
double
lock_timeout(void)
{
	const char	*v = env_get("MENTOR_LOCK_TIMEOUT"), *p;
	double		 t = 0, scale = 1;
	int		 digits = 0;

	if (v == NULL)
		return LOCK_TIMEOUT_DEFAULT;
	/* Not strtod: it reads "inf", hex and exponents, and follows locale. */
	for (p = v; *p >= '0' && *p <= '9'; p++, digits++)
		t = t * 10 + (*p - '0');
	if (*p == '.') {
		for (p++; *p >= '0' && *p <= '9'; p++, digits++) {
			scale /= 10;
			t += (*p - '0') * scale;
		}
	}
	if (*p != '\0' || digits == 0)
		errx(EX_USAGE, "bad MENTOR_LOCK_TIMEOUT '%s' (want seconds)",
		    v);
	return t;
}
