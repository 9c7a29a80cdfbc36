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
#include "write.h"

/*
 * Lock files (git's lockfile protocol, DESIGN.md §3): NAME.lock made with
 * O_EXCL in the folder of NAME, which is also the new file's first home;
 * the signals that would end a writer remove the locks it holds first.
 * Only raw system calls touch the data, so that every fault is seen.
 */

#define LOCK_TIMEOUT_DEFAULT	2.0
#define LOCK_POLL_NSEC		10000000L	/* 10 ms between attempts */

static const int lock_signo[] = { SIGHUP, SIGINT, SIGTERM };
#define NLOCKSIG	(sizeof(lock_signo) / sizeof(lock_signo[0]))

/*
 * The locks this process holds, for the signal handler to remove.  They
 * are only changed with the signals blocked, so a signal never sees a
 * lock taken but not recorded, or recorded but already gone.
 */
#define HELD_MAX	4
static struct held {
	int	 dfd;
	char	*name;
} held[HELD_MAX];
static struct sigaction	 lock_oldsa[NLOCKSIG];
static volatile sig_atomic_t lock_ours[NLOCKSIG];
static int		 lock_installed;

/*
 * Remove the locks, then let the signal do what it would have done
 * without us: the previous disposition is put back and the signal raised
 * again; it is delivered when this handler returns.  unlinkat(2) is
 * async-signal-safe.
 */
static void
lock_signal(int sig)
{
	int	 saved_errno = errno;
	size_t	 i;

	for (i = 0; i < HELD_MAX; i++)
		if (held[i].name != NULL) {
			(void)unlinkat(held[i].dfd, held[i].name, 0);
			held[i].name = NULL;
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
void
lock_signals_install(void)
{
	struct sigaction	 sa;
	size_t			 i;

	if (lock_installed++ > 0)
		return;
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

void
lock_signals_restore(void)
{
	size_t	 i;

	if (lock_installed == 0 || --lock_installed > 0)
		return;
	for (i = 0; i < NLOCKSIG; i++) {
		if (lock_ours[i])
			(void)sigaction(lock_signo[i], &lock_oldsa[i], NULL);
		lock_ours[i] = 0;
	}
}

/* The slot of the lock name in folder dfd, or NULL. */
static struct held *
held_find(int dfd, const char *name)
{
	size_t	 i;

	for (i = 0; i < HELD_MAX; i++)
		if (held[i].name != NULL && held[i].dfd == dfd &&
		    strcmp(held[i].name, name) == 0)
			return &held[i];
	return NULL;
}

/* Create the lock name in folder dfd with O_EXCL; -1 and errno on failure. */
int
lock_take(int dfd, char *name, mode_t mode)
{
	sigset_t	 set, old;
	size_t		 i;
	int		 fd, e;

	for (i = 0; i < HELD_MAX && held[i].name != NULL; i++)
		;
	if (i == HELD_MAX) {
		errno = ENOLCK;
		return -1;
	}
	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	fd = openat(dfd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
	    O_CLOEXEC, mode);
	e = errno;
	if (fd != -1) {
		held[i].dfd = dfd;
		held[i].name = name;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return fd;
}

/*
 * Remove a lock we hold; -1 and errno when unlinkat fails.  A lock the
 * signal handler already removed may be someone else's by now, so only a
 * lock still recorded as ours is touched (here and below).
 */
int
lock_drop(int dfd, const char *name)
{
	struct held	*h;
	sigset_t	 set, old;
	int		 rv = 0, e = 0;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	if ((h = held_find(dfd, name)) != NULL) {
		rv = unlinkat(dfd, name, 0);
		e = errno;
		h->name = NULL;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rv;
}

/* Rename a lock we hold to target; -1 and errno (lock kept) on failure. */
int
lock_rename(int dfd, const char *name, const char *target)
{
	struct held	*h;
	sigset_t	 set, old;
	int		 rv = -1, e = ENOENT;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	if ((h = held_find(dfd, name)) != NULL) {
		rv = renameat(dfd, name, dfd, target);
		e = errno;
		if (rv == 0)
			h->name = NULL;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	errno = e;
	return rv;
}

/* Link a lock we hold to target; -1 and errno on failure. */
int
lock_link(int dfd, const char *name, const char *target)
{
	sigset_t	 set, old;
	int		 rv = -1, e = ENOENT;

	lock_sigset(&set);
	sigprocmask(SIG_BLOCK, &set, &old);
	if (held_find(dfd, name) != NULL) {
		rv = linkat(dfd, name, dfd, target, 0);
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
int
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

/* Make a rename or link in a folder durable; best effort. */
void
sync_dir(int dfd)
{
	(void)fsync(dfd);
}


/* Seconds since t0 (CLOCK_MONOTONIC). */
double
elapsed(const struct timespec *t0)
{
	struct timespec	 now;

	if (clock_gettime(CLOCK_MONOTONIC, &now) == -1)
		err(EX_OSERR, "clock_gettime");
	return (double)(now.tv_sec - t0->tv_sec) +
	    (double)(now.tv_nsec - t0->tv_nsec) / 1e9;
}

/*
 * Take the lock of a file in folder dfd, waiting up to the lock timeout
 * while another writer holds it; 0 with *fdp set, or a sysexits code
 * (failrc when the lock cannot be made) after a message about shown (the
 * file) or lockshown (its lock).  A rename holds the journal lock
 * exclusively, and no writer holds a record's lock without the journal
 * lock: a lock a rename finds was left by an interrupted writer, and is
 * removed (so that running an interrupted rename again finishes it).
 */
int
lock_wait(struct journal *j, int dfd, char *lock, const char *lockshown,
    const char *shown, int failrc, int *fdp)
{
	struct timespec	 t0, nap;
	double		 limit = lock_timeout(), waited, left;
	int		 fd;

	if (clock_gettime(CLOCK_MONOTONIC, &t0) == -1)
		err(EX_OSERR, "clock_gettime");
	for (;;) {
		if ((fd = lock_take(dfd, lock, 0666)) != -1) {
			*fdp = fd;
			return 0;
		}
		if (errno == EINTR)
			continue;
		if (errno != EEXIST) {
			warnx("cannot write '%s': %s", shown, strerror(errno));
			return failrc;
		}
		if (j->wlocked && j->wbreak && unlinkat(dfd, lock, 0) == 0) {
			warnx("removed '%s', a lock left by an interrupted "
			    "writer", lockshown);
			continue;
		}
		waited = elapsed(&t0);
		if (waited >= limit) {
			warnx("'%s' is held by another writer (remove it if no "
			    "mentor program is running)", lockshown);
			return EX_TEMPFAIL;
		}
		left = limit - waited;
		nap.tv_sec = 0;
		nap.tv_nsec = left < LOCK_POLL_NSEC / 1e9 ?
		    (long)(left * 1e9) + 1 : LOCK_POLL_NSEC;
		(void)nanosleep(&nap, NULL);
	}
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
