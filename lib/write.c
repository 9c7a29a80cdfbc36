#include "config.h"

#include <sys/file.h>
#include <sys/stat.h>
#include <sys/time.h>
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
 * Atomic, locked writes inside the journal (DESIGN.md §3): a record is
 * replaced through its lock file and rename(2), and made through its lock
 * file and link(2) (lockfile.c), in the folder wpath.c opened without
 * following links out of the journal.
 *
 * A writer also holds the journal lock (flock(2) on the journal's folder)
 * around its writes: shared as a rule, exclusive when it commits what it
 * writes (autocommit) or renames a record, so that a commit holds one
 * command's change exactly and a rename is never raced.
 */

#define CREATE_TRIES		10000		/* NAME, NAME-2 .. NAME-10000 */

/* SIGALRM only interrupts flock(2) (flock_wait): nothing to do. */
static void
on_alarm(int sig)
{
	(void)sig;
}

/*
 * flock(2) fd, waiting up to limit seconds: blocked in flock, so that
 * the lock goes to a waiter as soon as it is free, and woken every 20 ms
 * by a timer to look at the clock (a wake-up missed between the look and
 * the call is made up by the next).  0, or -1 with errno (EWOULDBLOCK
 * when the time ran out).
 */
static int
flock_wait(int fd, int op, double limit)
{
	struct sigaction	 sa, oldsa;
	struct itimerval	 it, oldit;
	struct timespec		 t0;
	int			 rv, e;

	if (flock(fd, op | LOCK_NB) == 0)
		return 0;
	if (errno != EWOULDBLOCK && errno != EAGAIN && errno != EINTR)
		return -1;
	if (limit <= 0) {
		errno = EWOULDBLOCK;
		return -1;
	}
	if (clock_gettime(CLOCK_MONOTONIC, &t0) == -1)
		err(EX_OSERR, "clock_gettime");
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;	/* no SA_RESTART: flock returns */
	sigemptyset(&sa.sa_mask);
	(void)sigaction(SIGALRM, &sa, &oldsa);
	memset(&it, 0, sizeof(it));
	it.it_interval.tv_usec = it.it_value.tv_usec = 20000;
	(void)setitimer(ITIMER_REAL, &it, &oldit);
	for (;;) {
		if ((rv = flock(fd, op)) == 0)
			break;
		e = errno;
		if (e != EINTR)
			break;
		if (elapsed(&t0) >= limit) {
			e = EWOULDBLOCK;
			break;
		}
	}
	memset(&it, 0, sizeof(it));
	(void)setitimer(ITIMER_REAL, &it, NULL);
	(void)sigaction(SIGALRM, &oldsa, NULL);
	(void)setitimer(ITIMER_REAL, &oldit, NULL);
	if (rv == -1)
		errno = e;
	return rv;
}

/*
 * Take the journal lock, shared or (excl, or when committing) exclusive,
 * and start collecting what is written; calls nest, the first one takes
 * the lock.  0, or 75 after a message when another writer holds it past
 * the lock timeout.  A file system without flock(2) goes unlocked.
 */
int
write_begin(struct journal *j, int excl)
{
	double	 limit;

	if (j->wdepth++ > 0) {
		if (excl && !j->wexcl) {
			warnx("internal error: the journal lock is shared");
			abort();
		}
		return 0;
	}
	j->wexcl = excl || j->commit != NULL;
	j->wbreak = excl;
	j->wabandon = 0;
	j->wlocked = 1;
	limit = lock_timeout();
	if (flock_wait(j->dirfd, j->wexcl ? LOCK_EX : LOCK_SH, limit) == -1) {
		if (errno == EWOULDBLOCK || errno == EAGAIN) {
			j->wdepth = 0;
			warnx("the journal '%s' is held by another writer "
			    "(waited %g s)", *j->root ? j->root : ".", limit);
			return EX_TEMPFAIL;
		}
		/* ENOLCK, EOPNOTSUPP, EINVAL: no such locks here. */
		j->wlocked = 0;
	}
	lock_signals_install();
	return 0;
}

/* Note a path of the journal changed by this command, for its commit. */
void
write_note(struct journal *j, const char *rel)
{
	size_t	 i;

	for (i = 0; i < j->nwritten; i++)
		if (strcmp(j->written[i], rel) == 0)
			return;
	strv_push(&j->written, &j->nwritten, xstrdup(rel));
}

/* What is written from now until write_end is not to be committed. */
void
write_abandon(struct journal *j)
{
	j->wabandon = 1;
}

/*
 * Under a rename's exclusive journal lock, remove the lock of rel that
 * an interrupted writer left, if any (with a message).
 */
void
write_clear(struct journal *j, const char *rel)
{
	char	*lock, *shown;

	if (!j->wlocked || !j->wbreak)
		return;
	xasprintf(&lock, "%s.lock", rel);
	if (unlinkat(j->dirfd, lock, 0) == 0) {
		shown = journal_path(j, lock);
		warnx("removed '%s', a lock left by an interrupted writer",
		    shown);
		free(shown);
	}
	free(lock);
}

/*
 * Forget what was listed under the lock (after a record moved), so that
 * the next check lists the journal afresh.
 */
void
write_forget(struct journal *j)
{
	if (j->view != NULL) {
		journal_close(j->view);
		free(j->view);
		j->view = NULL;
	}
}

/*
 * The journal as it is now, listed under the lock: for checking what is
 * written against it.  It lives until write_forget() or write_end().
 */
struct journal *
write_view(struct journal *j)
{
	if (j->view == NULL)
		j->view = journal_view(j);
	return j->view;
}

/*
 * End what write_begin() began: the last call commits what was written
 * (autocommit; one commit for the whole command) and lets the journal
 * lock go.  Returns 0, or 74 when the commit failed (after a message;
 * the files stay written).
 */
int
write_end(struct journal *j)
{
	size_t	 i;
	int	 rc = 0;

	if (j->wdepth == 0 || --j->wdepth > 0)
		return 0;
	if (j->commit != NULL && j->nwritten > 0 && !j->wabandon)
		rc = commit_paths(j, j->written, j->nwritten);
	for (i = 0; i < j->nwritten; i++)
		free(j->written[i]);
	j->nwritten = 0;
	write_forget(j);
	if (j->wlocked)
		(void)flock(j->dirfd, LOCK_UN);
	j->wexcl = j->wlocked = j->wbreak = 0;
	lock_signals_restore();
	return rc;
}

/* The message and status for a path walk() could not follow. */
static int
walk_failed(const char *what, const char *shown, int rv, int failrc)
{
	if (rv == W_OUT) {
		warnx("refusing to %s '%s': a symbolic link on the way leads "
		    "out of the journal", what, shown);
		return failrc;
	}
	warnx("cannot %s '%s': %s", what, shown, strerror(errno));
	return errno == ENOENT && failrc != EX_CANTCREAT ? EX_NOINPUT :
	    failrc;
}

/*
 * Replace the existing file rel of the journal: take "rel.lock", read
 * the file, let fn make the new bytes from the old, check them
 * (write_check) and write them to the lock, then rename(2) it over the
 * file, keeping its mode.  fn owns the old bytes; it returns 0 to write
 * what it put in out, FILE_UNCHANGED to write nothing, or a sysexits
 * code (after a message) to give up.  Because the lock is held from the
 * read to the rename, two updates of one file never lose each other's
 * change.  A symbolic link to a record inside the journal is written at
 * its target.
 */
int
file_update(struct journal *j, const char *rel, file_update_fn fn,
    void *ctx)
{
	struct wpath	 w;
	struct stat	 st;
	struct doc_error	 derr;
	struct buf	 out = BUF_INIT;
	char		*shown = journal_path(j, rel), *lock = NULL, *old;
	char		*before = NULL, *lockrel = NULL, *lockshown = NULL;
	size_t		 oldlen, beforelen = 0;
	int		 fd = -1, rfd, rv, e;

	if ((rv = write_begin(j, 0)) != 0) {
		free(shown);
		return rv;
	}
	if ((rv = walk(j, rel, W_FOLLOW, &w)) != 0) {
		rv = walk_failed("write", shown, rv, EX_IOERR);
		goto end;
	}
	if (fstatat(w.dfd, w.name, &st, AT_SYMLINK_NOFOLLOW) == -1) {
		rv = walk_failed("write", shown, -1, EX_IOERR);
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		warnx("cannot write '%s': not a regular file", shown);
		rv = EX_IOERR;
		goto out;
	}

	xasprintf(&lock, "%s.lock", w.name);
	xasprintf(&lockrel, "%s.lock", w.rel);
	lockshown = journal_path(j, lockrel);
	if ((rv = lock_wait(j, w.dfd, lock, lockshown, shown, EX_IOERR,
	    &fd)) != 0)
		goto out;

	/* Under the lock, the file can only change by someone not using it. */
	if ((rfd = openat(w.dfd, w.name, O_RDONLY | O_NOFOLLOW |
	    O_CLOEXEC)) == -1) {
		rv = walk_failed("write", shown, -1, EX_IOERR);
		goto fail;
	}
	if (fstat(rfd, &st) == -1) {
		e = errno;
		(void)close(rfd);
		errno = e;
		goto ioerr;
	}
	rv = doc_readfd(rfd, &old, &oldlen, &derr);
	(void)close(rfd);
	if (rv != 0) {
		warnx("cannot write '%s': %s", shown, derr.msg);
		goto fail;
	}
	before = xmalloc(oldlen + 1);
	memcpy(before, old, oldlen + 1);
	beforelen = oldlen;
	if ((rv = fn(ctx, shown, old, oldlen, &out)) != 0) {
		if (rv == FILE_UNCHANGED)
			rv = 0;
		goto fail;
	}
	if (out.len == beforelen && memcmp(out.buf, before, beforelen) == 0)
		goto fail;	/* nothing changes: nothing to write */
	if ((rv = write_check(j, rel, shown, before, beforelen, out.buf,
	    out.len)) != 0)
		goto fail;
	/* Keep the owner when we may (root editing a user's journal). */
	if (st.st_uid != geteuid() || st.st_gid != getegid())
		(void)fchown(fd, st.st_uid, st.st_gid);
	if (fchmod(fd, st.st_mode & 07777) == -1)
		goto ioerr;
	e = write_lock(fd, out.buf, out.len);
	fd = -1;
	if (e == -1 || lock_rename(w.dfd, lock, w.name) == -1)
		goto ioerr;
	sync_dir(w.dfd);
	write_note(j, w.rel);
	goto out;

ioerr:
	warnx("cannot write '%s': %s", shown, strerror(errno));
	rv = EX_IOERR;
fail:
	if (fd != -1)
		(void)close(fd);
	(void)lock_drop(w.dfd, lock);
out:
	wpath_release(&w);
end:
	/* A failed commit is the program's exit status (74), not the write's. */
	(void)write_end(j);
	buf_release(&out);
	free(before);
	free(lock);
	free(lockrel);
	free(lockshown);
	free(shown);
	return rv;
}

struct expect {
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
 * Replace the existing file rel with len bytes of data, as file_update
 * does; with expect, a file that no longer holds exactly those bytes
 * (or is gone) is left alone: 75.
 */
int
file_replace(struct journal *j, const char *rel, const char *data,
    size_t len, const char *expect, size_t expectlen)
{
	struct expect	 x;
	char		*shown;

	x.data = data;
	x.len = len;
	x.expect = expect;
	x.expectlen = expectlen;
	if (expect != NULL && faccessat(j->dirfd, rel, F_OK, 0) == -1 &&
	    errno == ENOENT) {
		shown = journal_path(j, rel);
		warnx("'%s' changed while it was being edited; nothing written",
		    shown);
		free(shown);
		return EX_TEMPFAIL;
	}
	return file_update(j, rel, replace_cb, &x);
}

/*
 * Write a new file dir/stem+ext (or dir/stem-N+ext for the first free N)
 * of the journal holding data, through a lock and link(2) so that no
 * existing or racing file is ever overwritten; missing folders are made.
 * Its path in the journal goes to *made.  A record is checked
 * (write_check) before anything is made.
 */
int
file_create(struct journal *j, const char *dir, const char *stem,
    const char *ext, const char *data, size_t len, char **made)
{
	struct wpath	 w;
	struct stat	 st;
	struct buf	 name = BUF_INIT;
	char		*lock = NULL, *rel, *sd;
	int		 n, fd, rv, e, hops = 0;

	*made = NULL;
	w.dfd = -1;
	w.name = w.rel = NULL;
	if (dir == NULL)
		dir = "";
	xasprintf(&rel, "%s%s%s%s", dir, *dir && dir[strlen(dir) - 1] !=
	    '/' ? "/" : "", stem, ext);
	sd = journal_path(j, rel);
	if ((rv = write_begin(j, 0)) != 0)
		goto end;
	if ((rv = write_check(j, rel, sd, NULL, 0, data, len)) != 0)
		goto done;
	if ((rv = walk_dir(j, dir, W_MKDIR, &hops, &w)) != 0) {
		rv = walk_failed("create", sd, rv, EX_CANTCREAT);
		goto done;
	}

	for (n = 1; n <= CREATE_TRIES; n++) {
		buf_reset(&name);
		buf_addstr(&name, stem);
		if (n > 1)
			buf_addf(&name, "-%d", n);
		buf_addstr(&name, ext);
		free(lock);
		xasprintf(&lock, "%s.lock", name.buf);
		free(rel);
		free(sd);
		xasprintf(&rel, "%s%s%s", w.rel, *w.rel ? "/" : "", name.buf);
		sd = journal_path(j, rel);

		if ((fd = lock_take(w.dfd, lock, 0666)) == -1) {
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
		if (fstatat(w.dfd, name.buf, &st, AT_SYMLINK_NOFOLLOW) == 0) {
			(void)close(fd);
			(void)lock_drop(w.dfd, lock);
			continue;
		}
		if (errno != ENOENT) {
			e = errno;
			(void)close(fd);
			(void)lock_drop(w.dfd, lock);
			errno = e;
			rv = EX_CANTCREAT;
			goto fail;
		}
		if (write_lock(fd, data, len) == -1) {
			e = errno;
			(void)lock_drop(w.dfd, lock);
			errno = e;
			rv = EX_IOERR;
			goto fail;
		}
		if (lock_link(w.dfd, lock, name.buf) == -1) {
			e = errno;
			if (e == EEXIST) {
				(void)lock_drop(w.dfd, lock);
				continue;
			}
			/*
			 * A file system without hard links: rename is as safe
			 * among mentor writers, who all need NAME.lock (ours)
			 * to create or change NAME.
			 */
			if ((e == EPERM || e == ENOTSUP || e == EOPNOTSUPP ||
			    e == ENOSYS) && lock_rename(w.dfd, lock,
			    name.buf) == 0)
				goto made;
			(void)lock_drop(w.dfd, lock);
			errno = e;
			rv = EX_CANTCREAT;
			goto fail;
		}
		if (lock_drop(w.dfd, lock) == -1)
			warnx("cannot remove '%s.lock': %s", sd,
			    strerror(errno));
made:
		sync_dir(w.dfd);
		*made = rel;
		rel = NULL;
		write_note(j, *made);
		rv = 0;
		goto out;
	}
	warnx("cannot create '%s': %d names are taken", sd, CREATE_TRIES);
	rv = EX_CANTCREAT;
	goto out;

fail:
	warnx("cannot %s '%s': %s", rv == EX_IOERR ? "write" : "create", sd,
	    strerror(errno));
out:
	wpath_release(&w);
done:
	/* A failed commit is the program's exit status (74), not the write's. */
	(void)write_end(j);
end:
	free(rel);
	free(sd);
	free(lock);
	buf_release(&name);
	return rv;
}

/*
 * Take the lock of the place w (shown as shown) and hold it, the lock
 * file empty: its name goes to *lock.  0, or a sysexits code after a
 * message (failrc when it cannot be made).
 */
static int
hold(struct journal *j, const struct wpath *w, const char *shown,
    int failrc, char **lock)
{
	char	*rel, *ls;
	int	 fd, rv;

	xasprintf(lock, "%s.lock", w->name);
	xasprintf(&rel, "%s.lock", w->rel);
	ls = journal_path(j, rel);
	if ((rv = lock_wait(j, w->dfd, *lock, ls, shown, failrc, &fd)) == 0)
		(void)close(fd);
	else {
		free(*lock);
		*lock = NULL;
	}
	free(rel);
	free(ls);
	return rv;
}

/*
 * Give the record at from (a path in the journal) the path to, in one
 * rename(2), refusing a to that exists (73); both names' locks are held
 * meanwhile.  Only under the journal's exclusive lock (a rename): no
 * other writer is at work, so the check and the move cannot be raced.
 * 0, or a sysexits code after a message.
 */
int
file_move(struct journal *j, const char *from, const char *to)
{
	struct wpath	 a, b;
	struct stat	 st;
	char		*sa = journal_path(j, from), *sb = journal_path(j, to);
	char		*la = NULL, *lb = NULL;
	int		 rv;

	if (j->wdepth == 0 || !j->wexcl) {
		warnx("internal error: a move outside the exclusive lock");
		abort();
	}
	b.dfd = -1;
	b.name = b.rel = NULL;
	if ((rv = walk(j, from, 0, &a)) != 0) {
		rv = walk_failed("move", sa, rv, EX_IOERR);
		goto out;
	}
	if ((rv = walk(j, to, W_MKDIR, &b)) != 0) {
		rv = walk_failed("create", sb, rv, EX_CANTCREAT);
		goto out;
	}
	if ((rv = hold(j, &a, sa, EX_IOERR, &la)) != 0 ||
	    (rv = hold(j, &b, sb, EX_CANTCREAT, &lb)) != 0)
		goto out;
	if (fstatat(b.dfd, b.name, &st, AT_SYMLINK_NOFOLLOW) == 0 ||
	    errno != ENOENT) {
		warnx("cannot move '%s' to '%s': %s", sa, sb, errno == ENOENT ?
		    "it exists" : strerror(errno));
		rv = EX_CANTCREAT;
		goto out;
	}
	if (renameat(a.dfd, a.name, b.dfd, b.name) == -1) {
		warnx("cannot move '%s' to '%s': %s", sa, sb, strerror(errno));
		rv = errno == ENOENT ? EX_NOINPUT : EX_IOERR;
		goto out;
	}
	sync_dir(b.dfd);
	sync_dir(a.dfd);
	write_note(j, b.rel);
	write_note(j, a.rel);
	write_forget(j);
out:
	if (lb != NULL)
		(void)lock_drop(b.dfd, lb);
	if (la != NULL)
		(void)lock_drop(a.dfd, la);
	wpath_release(&a);
	wpath_release(&b);
	free(la);
	free(lb);
	free(sa);
	free(sb);
	return rv;
}

