#include "config.h"

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

#define NOBODY	65534

static char	*tdir;				/* one test's, fresh each */
static struct journal J;			/* at tdir */
static char	*pool[256];			/* paths freed at teardown */
static size_t	 npool;

/* A path in this test's folder, freed by the teardown. */
static const char *
P(const char *name)
{
	ck_assert_uint_lt(npool, sizeof(pool) / sizeof(pool[0]));
	pool[npool] = fx_path(name);
	return pool[npool++];
}

static void
setup(void)
{
	tdir = fx_mkdtemp("t");
	fx_at(tdir);
	npool = 0;
	unsetenv("MENTOR_LOCK_TIMEOUT");
	ck_assert_int_eq(journal_open_dir(&J, tdir), 0);
}

static void
teardown(void)
{
	journal_close(&J);
	fx_at(NULL);
	ck_assert_int_eq(fx_rm(tdir), 0);
	free(tdir);
	tdir = NULL;
	while (npool > 0)
		free(pool[--npool]);
}

#define ASSERT_FILE(path, s) do {					\
	size_t	 l_;							\
	char	*c_ = fx_readn(path, &l_);				\
	ck_assert_msg(c_ != NULL, "cannot read %s", path);		\
	ck_assert_uint_eq(l_, strlen(s));				\
	ck_assert_str_eq(c_, s);					\
	free(c_);							\
} while (0)

/* Entries of dir whose names end in suffix (NULL for all). */
static int
count(const char *dir, const char *suffix)
{
	struct dirent	*e;
	DIR		*d = opendir(dir);
	size_t		 n, m;
	int		 k = 0;

	ck_assert_msg(d != NULL, "cannot open %s", dir);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		n = strlen(e->d_name);
		if (suffix == NULL)
			k++;
		else if (n >= (m = strlen(suffix)) &&
		    strcmp(e->d_name + n - m, suffix) == 0)
			k++;
	}
	closedir(d);
	return k;
}

static struct fx_cap	 cap;

/* Send stderr to a temporary file until cap_end(). */
static void
cap_start(void)
{
	fx_cap_start(&cap, 2);
}

/* What went to stderr since cap_start(), as a string to free. */
static char *
cap_end(void)
{
	return fx_cap_end(&cap);
}

#define ASSERT_STDERR(got, ...) do {					\
	char	*w_ = fx_said(__VA_ARGS__);				\
	ck_assert_str_eq(got, w_);					\
	free(w_);							\
	free(got);							\
} while (0)

static double
now(void)
{
	struct timespec	 ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
nap_ms(long ms)
{
	struct timespec	 ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		continue;
}

static int
wait_status(pid_t pid)
{
	int	 st;

	while (waitpid(pid, &st, 0) == -1)
		ck_assert_int_eq(errno, EINTR);
	return st;
}

/* -- file_replace -- */

START_TEST(test_replace_exact)
{
	static const char data[] = "new\0bytes\r\nno newline";
	size_t		 len;
	char		*c;

	fx_put(P("a.md"), "---\ntitle: A\n---\nold body\n");
	fx_put(P("b.md"), "B stays\n");
	fx_put(P("c.txt"), "C stays\n");

	ck_assert_int_eq(file_replace(&J, "a.md", data, sizeof(data) - 1,
	    NULL, 0), 0);
	c = fx_readn(P("a.md"), &len);
	ck_assert_uint_eq(len, sizeof(data) - 1);
	ck_assert_mem_eq(c, data, len);
	free(c);
	ASSERT_FILE(P("b.md"), "B stays\n");
	ASSERT_FILE(P("c.txt"), "C stays\n");
	ck_assert_int_eq(count(tdir, NULL), 3);
	ck_assert_int_eq(count(tdir, ".lock"), 0);

	/* down to nothing */
	ck_assert_int_eq(file_replace(&J, "a.md", "", 0, NULL, 0), 0);
	ASSERT_FILE(P("a.md"), "");
	ck_assert_int_eq(count(tdir, NULL), 3);

	/* the journal named "." (the working directory), a longer file */
	ck_assert_int_eq(chdir(tdir), 0);
	journal_close(&J);
	ck_assert_int_eq(journal_open_dir(&J, "."), 0);
	ck_assert_str_eq(J.root, "");
	ck_assert_int_eq(file_replace(&J, "./b.md", "0123456789", 10, NULL,
	    0), 0);
	ASSERT_FILE(P("b.md"), "0123456789");
	ck_assert_int_eq(count(tdir, ".lock"), 0);
}
END_TEST

START_TEST(test_replace_mode)
{
	struct stat	 st;

	fx_put(P("a.md"), "old\n");
	ck_assert_int_eq(chmod(P("a.md"), 0640), 0);
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, NULL, 0), 0);
	ck_assert_int_eq(stat(P("a.md"), &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0640);
	ASSERT_FILE(P("a.md"), "new\n");

	/* the file's mode wins over the umask */
	umask(077);
	ck_assert_int_eq(chmod(P("a.md"), 0664), 0);
	ck_assert_int_eq(file_replace(&J, "a.md", "newer\n", 6, NULL, 0),
	    0);
	ck_assert_int_eq(stat(P("a.md"), &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0664);
	ck_assert_int_eq(count(tdir, ".lock"), 0);
}
END_TEST

START_TEST(test_replace_locked_timeout)
{
	double		 t0, dt;
	char		*err;

	fx_put(P("a.md"), "original\n");
	fx_put(P("a.md.lock"), "someone else's\n");
	setenv("MENTOR_LOCK_TIMEOUT", "0.2", 1);
	cap_start();
	t0 = now();
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, NULL, 0),
	    EX_TEMPFAIL);
	dt = now() - t0;
	err = cap_end();
	ASSERT_STDERR(err, "'%s' is held by another writer (remove it if no "
	    "mentor program is running)", P("a.md.lock"));
	ck_assert_msg(dt >= 0.195 && dt < 1.5, "waited %.3f s", dt);
	ASSERT_FILE(P("a.md"), "original\n");
	/* somebody else's lock is never removed */
	ASSERT_FILE(P("a.md.lock"), "someone else's\n");

	/* a zero timeout tries once */
	setenv("MENTOR_LOCK_TIMEOUT", "0", 1);
	cap_start();
	t0 = now();
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, NULL, 0),
	    EX_TEMPFAIL);
	dt = now() - t0;
	free(cap_end());
	ck_assert_msg(dt < 0.5, "waited %.3f s", dt);
	ASSERT_FILE(P("a.md"), "original\n");
}
END_TEST

START_TEST(test_replace_lock_released)
{
	double		 t0, dt;
	pid_t		 pid;
	int		 st;

	fx_put(P("a.md"), "original\n");
	fx_put(P("a.md.lock"), "");
	setenv("MENTOR_LOCK_TIMEOUT", "2", 1);
	t0 = now();
	if ((pid = fork()) == 0) {
		nap_ms(100);
		_exit(unlink(P("a.md.lock")) == 0 ? 0 : 1);
	}
	ck_assert_int_ge(pid, 0);
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, NULL, 0), 0);
	dt = now() - t0;
	st = wait_status(pid);
	ck_assert(WIFEXITED(st) && WEXITSTATUS(st) == 0);
	ck_assert_msg(dt >= 0.09 && dt < 1.9, "waited %.3f s", dt);
	ASSERT_FILE(P("a.md"), "new\n");
	ck_assert_int_eq(count(tdir, ".lock"), 0);
}
END_TEST

START_TEST(test_replace_expect)
{
	struct buf	 big = BUF_INIT, big2 = BUF_INIT;
	char		*err;
	int		 i;

	fx_put(P("a.md"), "abc\n");
	/* the same bytes: written */
	ck_assert_int_eq(file_replace(&J, "a.md", "xyz\n", 4, "abc\n", 4),
	    0);
	ASSERT_FILE(P("a.md"), "xyz\n");

	/* different bytes, a prefix, a longer text: refused */
	cap_start();
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, "xyZ\n", 4),
	    EX_TEMPFAIL);
	err = cap_end();
	ASSERT_STDERR(err, "'%s' changed while it was being edited; nothing "
	    "written", P("a.md"));
	cap_start();
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, "xyz", 3),
	    EX_TEMPFAIL);
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, "xyz\n\n",
	    5), EX_TEMPFAIL);
	ck_assert_int_eq(file_replace(&J, "a.md", "new\n", 4, "", 0),
	    EX_TEMPFAIL);
	free(cap_end());
	ASSERT_FILE(P("a.md"), "xyz\n");
	ck_assert_int_eq(count(tdir, NULL), 1);

	/* an empty file and an empty expectation agree */
	fx_put(P("e.md"), "");
	ck_assert_int_eq(file_replace(&J, "e.md", "e\n", 2, "", 0), 0);
	ASSERT_FILE(P("e.md"), "e\n");

	/* files longer than one read: a change in the last byte is seen */
	for (i = 0; i < 20000; i++)
		buf_addch(&big, 'a' + i % 26);
	fx_putn(P("big.md"), big.buf, big.len);
	buf_add(&big2, big.buf, big.len);
	big2.buf[big2.len - 1] = '!';
	cap_start();
	ck_assert_int_eq(file_replace(&J, "big.md", "n", 1, big2.buf,
	    big2.len), EX_TEMPFAIL);
	free(cap_end());
	ck_assert_int_eq(file_replace(&J, "big.md", "n", 1, big.buf,
	    big.len), 0);
	ASSERT_FILE(P("big.md"), "n");
	ck_assert_int_eq(count(tdir, ".lock"), 0);
	buf_release(&big);
	buf_release(&big2);
}
END_TEST

START_TEST(test_replace_missing)
{
	char	*err;

	cap_start();
	ck_assert_int_eq(file_replace(&J, "no.md", "x", 1, NULL, 0),
	    EX_NOINPUT);
	err = cap_end();
	ASSERT_STDERR(err, "cannot write '%s': No such file or directory",
	    P("no.md"));

	/* gone while being edited */
	cap_start();
	ck_assert_int_eq(file_replace(&J, "no.md", "x", 1, "old", 3),
	    EX_TEMPFAIL);
	err = cap_end();
	ASSERT_STDERR(err, "'%s' changed while it was being edited; nothing "
	    "written", P("no.md"));

	/* not a regular file */
	ck_assert_int_eq(mkdir(P("d.md"), 0777), 0);
	cap_start();
	ck_assert_int_eq(file_replace(&J, "d.md", "x", 1, NULL, 0),
	    EX_IOERR);
	err = cap_end();
	ASSERT_STDERR(err, "cannot write '%s': not a regular file", P("d.md"));
	ck_assert_int_eq(count(tdir, NULL), 1);
}
END_TEST

START_TEST(test_replace_symlink_inside)
{
	struct stat	 st;
	char		 target[64], *abs, *err;
	ssize_t		 n;

	fx_put(P("real.md"), "real\n");
	fx_put(P("other.md"), "other\n");
	ck_assert_int_eq(symlink("real.md", P("link.md")), 0);
	ck_assert_int_eq(symlink("link.md", P("link2.md")), 0);

	ck_assert_int_eq(file_replace(&J, "link.md", "via link\n", 9,
	    "real\n", 5), 0);
	ASSERT_FILE(P("real.md"), "via link\n");
	ck_assert_int_eq(lstat(P("link.md"), &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	n = readlink(P("link.md"), target, sizeof(target) - 1);
	ck_assert_int_eq(n, 7);
	target[n] = '\0';
	ck_assert_str_eq(target, "real.md");
	ASSERT_FILE(P("other.md"), "other\n");

	/* a chain of links, an absolute one inside the journal */
	ck_assert_int_eq(file_replace(&J, "link2.md", "chain\n", 6, NULL,
	    0), 0);
	ASSERT_FILE(P("real.md"), "chain\n");
	ck_assert_int_eq(symlink(J.abs, P("top")), 0);
	ck_assert_int_eq(mkdir(P("sub"), 0777), 0);
	xasprintf(&abs, "%s/real.md", J.abs);
	ck_assert_int_eq(symlink(abs, P("sub/abs.md")), 0);
	free(abs);
	ck_assert_int_eq(file_replace(&J, "sub/abs.md", "absolute\n", 9,
	    NULL, 0), 0);
	ASSERT_FILE(P("real.md"), "absolute\n");
	/* folders that are links inside the journal, and .. */
	ck_assert_int_eq(file_replace(&J, "top/sub/../top/link.md",
	    "round\n", 6, NULL, 0), 0);
	ASSERT_FILE(P("real.md"), "round\n");
	ck_assert_int_eq(lstat(P("link2.md"), &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(lstat(P("sub/abs.md"), &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(count(tdir, NULL), 6);
	ck_assert_int_eq(count(tdir, ".lock"), 0);

	/* a loop of links is refused, not followed for ever */
	ck_assert_int_eq(symlink("loop2.md", P("loop1.md")), 0);
	ck_assert_int_eq(symlink("loop1.md", P("loop2.md")), 0);
	cap_start();
	ck_assert_int_eq(file_replace(&J, "loop1.md", "x", 1, NULL, 0),
	    EX_IOERR);
	err = cap_end();
	ASSERT_STDERR(err, "cannot write '%s': %s", P("loop1.md"),
	    strerror(ELOOP));
}
END_TEST

START_TEST(test_replace_symlink_outside)
{
	struct stat	 st;
	char		*err;

	ck_assert_int_eq(mkdir(P("j"), 0777), 0);
	ck_assert_int_eq(mkdir(P("elsewhere"), 0777), 0);
	fx_put(P("outside.md"), "outside\n");
	fx_put(P("elsewhere/x.md"), "x\n");
	ck_assert_int_eq(symlink("../outside.md", P("j/link.md")), 0);
	ck_assert_int_eq(symlink("../elsewhere", P("j/log")), 0);

	ck_assert_int_eq(symlink(P("outside.md"), P("j/abs.md")), 0);
	journal_close(&J);
	ck_assert_int_eq(journal_open_dir(&J, P("j")), 0);

	/* updating an existing file is 74, never 73 */
	cap_start();
	ck_assert_int_eq(file_replace(&J, "link.md", "evil\n", 5, NULL, 0),
	    EX_IOERR);
	err = cap_end();
	ASSERT_STDERR(err, "refusing to write '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/link.md"));
	ASSERT_FILE(P("outside.md"), "outside\n");
	ck_assert_int_eq(lstat(P("j/link.md"), &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	cap_start();
	ck_assert_int_eq(file_replace(&J, "abs.md", "evil\n", 5, NULL, 0),
	    EX_IOERR);
	free(cap_end());
	ASSERT_FILE(P("outside.md"), "outside\n");

	/* a folder link leaving the journal, and .. above it */
	cap_start();
	ck_assert_int_eq(file_replace(&J, "log/x.md", "evil\n", 5, NULL, 0),
	    EX_IOERR);
	err = cap_end();
	ASSERT_STDERR(err, "refusing to write '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/log/x.md"));
	cap_start();
	ck_assert_int_eq(file_replace(&J, "../outside.md", "evil\n", 5, NULL,
	    0), EX_IOERR);
	err = cap_end();
	ASSERT_STDERR(err, "refusing to write '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/../outside.md"));
	ASSERT_FILE(P("elsewhere/x.md"), "x\n");
	ASSERT_FILE(P("outside.md"), "outside\n");

	ck_assert_int_eq(count(tdir, ".lock"), 0);
	ck_assert_int_eq(count(P("j"), NULL), 3);
	ck_assert_int_eq(count(P("elsewhere"), NULL), 1);
}
END_TEST

/*
 * A folder swapped for a link out of the journal while a writer waits
 * for a lock (once it has found its way) does not take the write out:
 * it lands in the folder found, which is in the journal.
 */
static int
swap_goals(void *ctx, const char *path, char *old, size_t len,
    struct buf *out)
{
	(void)ctx;
	(void)path;
	free(old);
	(void)len;
	/* goals/ moves aside and a link out of the journal takes its place. */
	ck_assert_int_eq(rename(P("j/goals"), P("j/goals.real")), 0);
	ck_assert_int_eq(symlink(P("elsewhere"), P("j/goals")), 0);
	buf_addstr(out, "---\ntitle: mine\n---\n");
	return 0;
}

START_TEST(test_folder_swapped)
{
	char	*made, *err;

	fx_put(P("j/goals/g.md"), "---\ntitle: g\n---\n");
	fx_put(P("elsewhere/g.md"), "outside\n");
	journal_close(&J);
	ck_assert_int_eq(journal_open_dir(&J, P("j")), 0);
	ck_assert_int_eq(file_update(&J, "goals/g.md", swap_goals, NULL), 0);
	ASSERT_FILE(P("j/goals.real/g.md"), "---\ntitle: mine\n---\n");
	ASSERT_FILE(P("elsewhere/g.md"), "outside\n");
	ck_assert_int_eq(count(P("elsewhere"), NULL), 1);
	ck_assert_int_eq(count(P("j/goals.real"), NULL), 1);

	/* the next write finds its way anew: out, so it is refused */
	cap_start();
	ck_assert_int_eq(file_create(&J, "goals", "n", ".md",
	    "---\ntitle: n\n---\n", 17, &made), EX_CANTCREAT);
	err = cap_end();
	ASSERT_STDERR(err, "refusing to create '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/goals/n.md"));
	ck_assert_int_eq(count(P("elsewhere"), NULL), 1);
}
END_TEST

/* What the functions run by in_child() work on. */
static const char	*arg1, *arg2;

/*
 * Run fn in a child whose stderr goes to *errp; with drop, a child running
 * as root first becomes nobody, since root ignores permissions (it keeps
 * root's supplementary groups: setgroups() is not POSIX, and the folders
 * these tests lock give their group no more than others).  Returns the
 * child's exit status, or -1 when it could not drop root.
 */
static int
in_child(int (*fn)(void), int drop, char **errp)
{
	struct buf	 b = BUF_INIT;
	char		 chunk[512];
	ssize_t		 n;
	pid_t		 pid;
	int		 fds[2], st;

	ck_assert_int_eq(pipe(fds), 0);
	if ((pid = fork()) == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		if (drop && geteuid() == 0 &&
		    (setgid(NOBODY) == -1 || setuid(NOBODY) == -1))
			_exit(99);
		_exit(fn());
	}
	ck_assert_int_ge(pid, 0);
	close(fds[1]);
	while ((n = read(fds[0], chunk, sizeof(chunk))) > 0)
		buf_add(&b, chunk, (size_t)n);
	close(fds[0]);
	st = wait_status(pid);
	*errp = buf_detach(&b, NULL);
	ck_assert(WIFEXITED(st));
	return WEXITSTATUS(st) == 99 ? -1 : WEXITSTATUS(st);
}

static int
ro_replace(void)
{
	return file_replace(&J, arg1, "new\n", 4, NULL, 0);
}

static int
ro_create(void)
{
	char	*made = NULL;
	int	 rv;

	rv = file_create(&J, arg2, "note", ".md", "x\n", 2, &made);
	free(made);
	return rv;
}

START_TEST(test_replace_readonly_dir)
{
	char	*err;
	int	 rv;

	arg1 = "ro/a.md";
	arg2 = "ro";
	ck_assert_int_eq(mkdir(P("ro"), 0777), 0);
	fx_put(P("ro/a.md"), "original\n");
	if (geteuid() == 0) {
		/* let nobody reach the directory, but not write in it */
		ck_assert_int_eq(chmod(fx_base, 0711), 0);
		ck_assert_int_eq(chmod(tdir, 0711), 0);
	}
	ck_assert_int_eq(chmod(P("ro"), 0555), 0);

	if ((rv = in_child(ro_replace, 1, &err)) == -1) {
		free(err);
		fprintf(stderr, "# read-only directory: skipped, cannot "
		    "drop root privileges\n");
		return;
	}
	/* 73 is for a new record: failing to update one is 74 */
	ck_assert_int_eq(rv, EX_IOERR);
	ASSERT_STDERR(err, "cannot write '%s': Permission denied",
	    P("ro/a.md"));
	ASSERT_FILE(P("ro/a.md"), "original\n");

	ck_assert_int_eq(in_child(ro_create, 1, &err), EX_CANTCREAT);
	ASSERT_STDERR(err, "cannot create '%s': Permission denied",
	    P("ro/note.md"));
	ck_assert_int_eq(count(P("ro"), NULL), 1);
	ck_assert_int_eq(chmod(fx_base, 0700), 0);
}
END_TEST

/* Only 10 bytes may be written to any file from now on. */
static void
small_files(void)
{
	struct rlimit	 rl = { 10, 10 };

	signal(SIGXFSZ, SIG_IGN);
	if (setrlimit(RLIMIT_FSIZE, &rl) == -1)
		_exit(98);
}

static int
big_replace(void)
{
	small_files();
	return file_replace(&J, arg1, "0123456789abcdef", 16, NULL, 0);
}

static int
big_create(void)
{
	char	*made = NULL;
	int	 rv;

	small_files();
	rv = file_create(&J, "", "new", ".md", "0123456789abcdef", 16,
	    &made);
	free(made);
	return rv;
}

/* A write that fails half way (file size limit) leaves the old file. */
START_TEST(test_write_failure)
{
	char	*err;

	arg1 = "a.md";
	fx_put(P("a.md"), "old\n");
	ck_assert_int_eq(in_child(big_replace, 0, &err), EX_IOERR);
	ASSERT_STDERR(err, "cannot write '%s': %s", P("a.md"), strerror(EFBIG));
	ASSERT_FILE(P("a.md"), "old\n");
	ck_assert_int_eq(count(tdir, NULL), 1);

	ck_assert_int_eq(in_child(big_create, 0, &err), EX_IOERR);
	ASSERT_STDERR(err, "cannot write '%s': %s", P("new.md"),
	    strerror(EFBIG));
	ck_assert_int_eq(count(tdir, NULL), 1);
}
END_TEST

static volatile sig_atomic_t got_term;

static void
on_term(int sig)
{
	got_term = sig;
}

START_TEST(test_signals_restored)
{
	struct sigaction	 sa, cur;
	char			*made;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigemptyset(&sa.sa_mask);
	ck_assert_int_eq(sigaction(SIGTERM, &sa, NULL), 0);
	signal(SIGHUP, SIG_IGN);
	signal(SIGINT, SIG_DFL);

	fx_put(P("a.md"), "a\n");
	ck_assert_int_eq(file_replace(&J, "a.md", "b\n", 2, NULL, 0), 0);
	ck_assert_int_eq(file_create(&J, "", "c", ".md", "c\n", 2, &made),
	    0);
	free(made);

	ck_assert_int_eq(sigaction(SIGTERM, NULL, &cur), 0);
	ck_assert(cur.sa_handler == on_term);
	ck_assert_int_eq(sigaction(SIGHUP, NULL, &cur), 0);
	ck_assert(cur.sa_handler == SIG_IGN);
	ck_assert_int_eq(sigaction(SIGINT, NULL, &cur), 0);
	ck_assert(cur.sa_handler == SIG_DFL);
	ck_assert_int_eq(got_term, 0);
}
END_TEST

/*
 * A writer killed by a signal at any moment leaves the old or the new
 * file, whole, and no lock.
 */
START_TEST(test_signal_removes_lock)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	const size_t	 size = 2 * 1024 * 1024;
	sigset_t	 set, old;
	char		*a, *b, *c;
	size_t		 i, len;
	pid_t		 pid;
	int		 round, st;

	a = xmalloc(size);
	b = xmalloc(size);
	memset(a, 'A', size);
	memset(b, 'B', size);
	fx_put(P("a.md"), "initial\n");
	for (i = 0; i < 3; i++) {
		for (round = 0; round < 4; round++) {
			/* Held until the child has its own journal and handler. */
			sigemptyset(&set);
			sigaddset(&set, sigs[i]);
			sigprocmask(SIG_BLOCK, &set, &old);
			if ((pid = fork()) == 0) {
				journal_close(&J);
				if (journal_open_dir(&J, tdir) != 0)
					_exit(2);
				signal(sigs[i], SIG_DFL);
				sigprocmask(SIG_SETMASK, &old, NULL);
				for (st = 0;; st = !st)
					if (file_replace(&J, "a.md",
					    st ? b : a, size, NULL, 0) != 0)
						_exit(1);
			}
			sigprocmask(SIG_SETMASK, &old, NULL);
			ck_assert_int_ge(pid, 0);
			nap_ms(30 + round * 7);
			ck_assert_int_eq(kill(pid, sigs[i]), 0);
			st = wait_status(pid);
			ck_assert_msg(WIFSIGNALED(st) &&
			    WTERMSIG(st) == sigs[i], "status %#x", st);
			ck_assert_int_eq(count(tdir, ".lock"), 0);
			ck_assert_int_eq(count(tdir, NULL), 1);
			c = fx_readn(P("a.md"), &len);
			ck_assert_ptr_nonnull(c);
			ck_assert(len == 8 ? memcmp(c, "initial\n", 8) == 0 :
			    len == size && (memcmp(c, a, size) == 0 ||
			    memcmp(c, b, size) == 0));
			free(c);
		}
	}
	free(a);
	free(b);
}
END_TEST

/* Content written by writer w on pass i: a header, then a filler. */
static void
content(struct buf *b, int w, int i, size_t size)
{
	buf_reset(b);
	buf_addf(b, "writer %d pass %d\n", w, i);
	while (b->len < size)
		buf_addch(b, 'a' + (w * 50 + i) % 26);
}

/* Parse what content() wrote; 0 when s is whole, -1 when not. */
static int
content_check(const char *s, size_t len, size_t size, int *w, int *i)
{
	struct buf	 want = BUF_INIT;
	int		 ok;

	if (sscanf(s, "writer %d pass %d\n", w, i) != 2 || *w < 0 ||
	    *w > 9 || *i < 0 || *i >= 50)
		return -1;
	content(&want, *w, *i, size);
	ok = want.len == len && memcmp(want.buf, s, len) == 0;
	buf_release(&want);
	return ok ? 0 : -1;
}

START_TEST(test_replace_race)
{
	const size_t	 size = 64 * 1024;
	const char	*path = P("a.md");
	struct buf	 b = BUF_INIT;
	pid_t		 pid[2];
	char		*c;
	size_t		 len;
	int		 k, i, w, st, running, reads = 0, fails = 0;

	content(&b, 9, 0, size);
	fx_putn(P("a.md"), b.buf, b.len);
	setenv("MENTOR_LOCK_TIMEOUT", "30", 1);
	for (k = 0; k < 2; k++) {
		if ((pid[k] = fork()) == 0) {
			/* A writer of its own, as a program would be. */
			journal_close(&J);
			if (journal_open_dir(&J, tdir) != 0)
				_exit(99);
			for (i = 0; i < 50; i++) {
				content(&b, k, i, size);
				if (file_replace(&J, "a.md", b.buf, b.len,
				    NULL, 0) != 0)
					fails++;
			}
			_exit(fails);
		}
		ck_assert_int_ge(pid[k], 0);
	}
	/* read while they write: always one whole version */
	for (running = 2; running > 0;) {
		c = fx_readn(path, &len);
		ck_assert_ptr_nonnull(c);
		ck_assert_msg(content_check(c, len, size, &w, &i) == 0,
		    "read %d: a torn file of %zu bytes", reads, len);
		free(c);
		reads++;
		for (k = 0; k < 2; k++) {
			if (pid[k] > 0 && waitpid(pid[k], &st, WNOHANG) ==
			    pid[k]) {
				ck_assert(WIFEXITED(st) &&
				    WEXITSTATUS(st) == 0);
				pid[k] = 0;
				running--;
			}
		}
	}
	c = fx_readn(path, &len);
	ck_assert_int_eq(content_check(c, len, size, &w, &i), 0);
	ck_assert(w == 0 || w == 1);
	ck_assert_int_eq(i, 49);	/* the last rename is a last pass */
	free(c);
	ck_assert_int_eq(count(tdir, ".lock"), 0);
	ck_assert_int_eq(count(tdir, NULL), 1);
	buf_release(&b);
}
END_TEST

/* -- file_create -- */

START_TEST(test_create_sequence)
{
	struct stat	 st;
	char		*made;

	ck_assert_int_eq(file_create(&J, "notes/2026", "weekly", ".md",
	    "one\n", 4, &made), 0);
	ck_assert_str_eq(made, "notes/2026/weekly.md");
	ASSERT_FILE(P(made), "one\n");
	ck_assert_int_eq(stat(P(made), &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0644);
	ck_assert_uint_eq(st.st_nlink, 1);
	free(made);

	ck_assert_int_eq(file_create(&J, "notes/2026", "weekly", ".md",
	    "two\n", 4, &made), 0);
	ck_assert_str_eq(made, "notes/2026/weekly-2.md");
	ASSERT_FILE(P(made), "two\n");
	free(made);

	/* a trailing slash does not double */
	ck_assert_int_eq(file_create(&J, "notes/2026/", "weekly", ".md",
	    "three\n", 6, &made), 0);
	ck_assert_str_eq(made, "notes/2026/weekly-3.md");
	ASSERT_FILE(P(made), "three\n");
	free(made);

	ASSERT_FILE(P("notes/2026/weekly.md"), "one\n");
	ASSERT_FILE(P("notes/2026/weekly-2.md"), "two\n");
	ck_assert_int_eq(count(P("notes/2026"), NULL), 3);

	/* the umask decides a new file's mode */
	umask(077);
	ck_assert_int_eq(file_create(&J, "", "p", ".md", "", 0, &made), 0);
	ck_assert_str_eq(made, "p.md");
	ck_assert_int_eq(stat(P(made), &st), 0);
	ck_assert_uint_eq(st.st_mode & 07777, 0600);
	ASSERT_FILE(P(made), "");
	free(made);

	/* "." and NULL are the journal's folder */
	ck_assert_int_eq(file_create(&J, ".", "p", ".md", "q\n", 2, &made),
	    0);
	ck_assert_str_eq(made, "p-2.md");
	ASSERT_FILE(P("p-2.md"), "q\n");
	free(made);
	ck_assert_int_eq(file_create(&J, NULL, "p", ".md", "r\n", 2, &made),
	    0);
	ck_assert_str_eq(made, "p-3.md");
	free(made);
	ck_assert_int_eq(count(tdir, ".lock"), 0);
}
END_TEST

START_TEST(test_create_taken)
{
	struct stat	 st;
	char		*made;

	/* a stale lock: that name is being created, take the next */
	fx_put(P("note.md.lock"), "stale\n");
	ck_assert_int_eq(file_create(&J, "", "note", ".md", "n\n", 2,
	    &made), 0);
	ck_assert_str_eq(made, "note-2.md");
	free(made);
	ck_assert_int_eq(access(P("note.md"), F_OK), -1);
	ASSERT_FILE(P("note.md.lock"), "stale\n");

	/* a dangling symlink is a taken name, never written through */
	ck_assert_int_eq(symlink("nowhere.md", P("goal.md")), 0);
	fx_put(P("goal-2.md"), "existing\n");
	ck_assert_int_eq(file_create(&J, "", "goal", ".md", "g\n", 2,
	    &made), 0);
	ck_assert_str_eq(made, "goal-3.md");
	free(made);
	ck_assert_int_eq(lstat(P("goal.md"), &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(access(P("nowhere.md"), F_OK), -1);
	ASSERT_FILE(P("goal-2.md"), "existing\n");
	ASSERT_FILE(P("goal-3.md"), "g\n");
	ck_assert_int_eq(count(tdir, ".lock"), 1);
	ck_assert_int_eq(count(tdir, NULL), 5);
}
END_TEST

START_TEST(test_create_outside)
{
	char	*made = NULL, *err;

	ck_assert_int_eq(mkdir(P("j"), 0777), 0);
	ck_assert_int_eq(mkdir(P("elsewhere"), 0777), 0);
	ck_assert_int_eq(symlink("../elsewhere", P("j/notes")), 0);
	journal_close(&J);
	ck_assert_int_eq(journal_open_dir(&J, P("j")), 0);

	cap_start();
	ck_assert_int_eq(file_create(&J, "notes", "x", ".md", "x", 1, &made),
	    EX_CANTCREAT);
	err = cap_end();
	ck_assert_ptr_null(made);
	ASSERT_STDERR(err, "refusing to create '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/notes/x.md"));

	/* new folders are made only inside the journal */
	cap_start();
	ck_assert_int_eq(file_create(&J, "notes/2026", "x", ".md", "x", 1,
	    &made), EX_CANTCREAT);
	err = cap_end();
	ASSERT_STDERR(err, "refusing to create '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/notes/2026/x.md"));
	cap_start();
	ck_assert_int_eq(file_create(&J, "../other/sub", "x", ".md", "x", 1,
	    &made), EX_CANTCREAT);
	err = cap_end();
	ASSERT_STDERR(err, "refusing to create '%s': a symbolic link on the "
	    "way leads out of the journal", P("j/../other/sub/x.md"));
	ck_assert_int_eq(count(P("elsewhere"), NULL), 0);
	ck_assert_int_eq(access(P("other"), F_OK), -1);

	/* a file where a folder should be */
	fx_put(P("j/file"), "");
	cap_start();
	ck_assert_int_eq(file_create(&J, "file/sub", "x", ".md", "x", 1,
	    &made), EX_CANTCREAT);
	err = cap_end();
	ASSERT_STDERR(err, "cannot create '%s': Not a directory",
	    P("j/file/sub/x.md"));
	ck_assert_int_eq(count(tdir, NULL), 2);
	ck_assert_int_eq(count(P("j"), NULL), 2);
}
END_TEST

START_TEST(test_create_race)
{
	const size_t	 size = 3000;
	struct buf	 b = BUF_INIT;
	struct dirent	*e;
	DIR		*d;
	pid_t		 pid[2];
	char		*c, *made, *path;
	char		 seen[2][50];
	size_t		 len;
	int		 k, i, w, st, fails = 0, files = 0;

	setenv("MENTOR_LOCK_TIMEOUT", "30", 1);
	for (k = 0; k < 2; k++) {
		if ((pid[k] = fork()) == 0) {
			journal_close(&J);
			if (journal_open_dir(&J, tdir) != 0)
				_exit(99);
			for (i = 0; i < 50; i++) {
				content(&b, k, i, size);
				if (file_create(&J, "log", "weekly",
				    ".md", b.buf, b.len, &made) != 0)
					fails++;
				else
					free(made);
			}
			_exit(fails);
		}
		ck_assert_int_ge(pid[k], 0);
	}
	for (k = 0; k < 2; k++) {
		st = wait_status(pid[k]);
		ck_assert_msg(WIFEXITED(st) && WEXITSTATUS(st) == 0,
		    "creator %d: status %#x", k, st);
	}

	memset(seen, 0, sizeof(seen));
	ck_assert_ptr_nonnull(d = opendir(P("log")));
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		ck_assert_msg(strstr(e->d_name, ".lock") == NULL,
		    "lock left: %s", e->d_name);
		xasprintf(&path, "%s/%s", P("log"), e->d_name);
		c = fx_readn(path, &len);
		ck_assert_ptr_nonnull(c);
		ck_assert_msg(content_check(c, len, size, &w, &i) == 0,
		    "%s is not whole", e->d_name);
		ck_assert(w == 0 || w == 1);
		ck_assert_msg(!seen[w][i], "writer %d pass %d twice", w, i);
		seen[w][i] = 1;
		free(c);
		free(path);
		files++;
	}
	closedir(d);
	ck_assert_int_eq(files, 100);
	ck_assert_int_eq(access(P("log/weekly.md"), F_OK), 0);
	ck_assert_int_eq(access(P("log/weekly-100.md"), F_OK), 0);
	ck_assert_int_eq(access(P("log/weekly-101.md"), F_OK), -1);
	buf_release(&b);
}
END_TEST

/* -- lock_timeout -- */

START_TEST(test_lock_timeout)
{
	unsetenv("MENTOR_LOCK_TIMEOUT");
	ck_assert(lock_timeout() == 2.0);
	setenv("MENTOR_LOCK_TIMEOUT", "", 1);
	ck_assert(lock_timeout() == 2.0);
	setenv("MENTOR_LOCK_TIMEOUT", "0", 1);
	ck_assert(lock_timeout() == 0.0);
	setenv("MENTOR_LOCK_TIMEOUT", "0.5", 1);
	ck_assert(lock_timeout() == 0.5);
	setenv("MENTOR_LOCK_TIMEOUT", "10", 1);
	ck_assert(lock_timeout() == 10.0);
	setenv("MENTOR_LOCK_TIMEOUT", "007", 1);
	ck_assert(lock_timeout() == 7.0);
	setenv("MENTOR_LOCK_TIMEOUT", "1.", 1);
	ck_assert(lock_timeout() == 1.0);
	setenv("MENTOR_LOCK_TIMEOUT", ".25", 1);
	ck_assert(lock_timeout() == 0.25);
	setenv("MENTOR_LOCK_TIMEOUT", "2.125", 1);
	ck_assert(lock_timeout() == 2.125);
}
END_TEST

static const char *const bad_timeouts[] = {
	"-1", "abc", "1e3", " 1", "1 ", "1s", "inf", "nan", ".", "0x10",
	"1,5", "+1", "1.2.3", "-0"
};

static int
call_lock_timeout(void)
{
	(void)lock_timeout();
	return 0;
}

START_TEST(test_lock_timeout_bad)
{
	const char	*v = bad_timeouts[_i];
	char		*err;

	setenv("MENTOR_LOCK_TIMEOUT", v, 1);
	ck_assert_int_eq(in_child(call_lock_timeout, 0, &err), EX_USAGE);
	ASSERT_STDERR(err, "bad MENTOR_LOCK_TIMEOUT '%s' (want seconds)", v);
}
END_TEST

static int
replace_a(void)
{
	return file_replace(&J, arg1, "b\n", 2, NULL, 0);
}

/* A bad timeout stops file_replace before it touches anything. */
START_TEST(test_lock_timeout_bad_before_writing)
{
	char	*err;

	arg1 = "a.md";
	fx_put(P("a.md"), "a\n");
	setenv("MENTOR_LOCK_TIMEOUT", "soon", 1);
	ck_assert_int_eq(in_child(replace_a, 0, &err), EX_USAGE);
	ASSERT_STDERR(err, "bad MENTOR_LOCK_TIMEOUT 'soon' (want seconds)");
	ASSERT_FILE(P("a.md"), "a\n");
	ck_assert_int_eq(count(tdir, NULL), 1);
}
END_TEST

static Suite *
write_suite(void)
{
	Suite	*s = suite_create("write");
	TCase	*tc;

	tc = tcase_create("file_replace");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_replace_exact);
	tcase_add_test(tc, test_replace_mode);
	tcase_add_test(tc, test_replace_locked_timeout);
	tcase_add_test(tc, test_replace_lock_released);
	tcase_add_test(tc, test_replace_expect);
	tcase_add_test(tc, test_replace_missing);
	tcase_add_test(tc, test_replace_symlink_inside);
	tcase_add_test(tc, test_replace_symlink_outside);
	tcase_add_test(tc, test_folder_swapped);
	tcase_add_test(tc, test_replace_readonly_dir);
	tcase_add_test(tc, test_write_failure);
	tcase_add_test(tc, test_signals_restored);
	suite_add_tcase(s, tc);

	tc = tcase_create("file_create");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 30);
	tcase_add_test(tc, test_create_sequence);
	tcase_add_test(tc, test_create_taken);
	tcase_add_test(tc, test_create_outside);
	suite_add_tcase(s, tc);

	tc = tcase_create("concurrency");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_create_race);
	tcase_add_test(tc, test_replace_race);
	tcase_add_test(tc, test_signal_removes_lock);
	suite_add_tcase(s, tc);

	tc = tcase_create("lock_timeout");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_lock_timeout);
	tcase_add_loop_test(tc, test_lock_timeout_bad, 0,
	    sizeof(bad_timeouts) / sizeof(bad_timeouts[0]));
	tcase_add_test(tc, test_lock_timeout_bad_before_writing);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	umask(022);
	unsetenv("MENTOR_LOCK_TIMEOUT");
	fx_setup();
	sr = srunner_create(write_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fx_teardown();
	return failed == 0 ? 0 : 1;
}
