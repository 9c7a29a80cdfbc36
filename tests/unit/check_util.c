#include "config.h"

#include <sys/types.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * Scratch files live in a fresh directory under /tmp, made before a test
 * case and removed after it (in the runner, so that tests that exit do
 * not leave it behind).  capture_start() points a descriptor (1 or 2) at a
 * file there; capture_end() puts the descriptor back and returns what was
 * written to it.
 */
static char	 tmpdir[64];
static char	 captured[8192];

static void
tmp_setup(void)
{
	snprintf(tmpdir, sizeof(tmpdir), "/tmp/check_util.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
}

static void
tmp_teardown(void)
{
	char	 path[128];

	snprintf(path, sizeof(path), "%s/out1", tmpdir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/out2", tmpdir);
	unlink(path);
	rmdir(tmpdir);
}

static int
capture_start(int fd)
{
	char	 path[128];
	int	 saved, tmp;

	fflush(fd == 1 ? stdout : stderr);
	snprintf(path, sizeof(path), "%s/out%d", tmpdir, fd);
	tmp = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	ck_assert_int_ne(tmp, -1);
	saved = dup(fd);
	ck_assert_int_ne(saved, -1);
	ck_assert_int_eq(dup2(tmp, fd), fd);
	close(tmp);
	return saved;
}

static const char *
capture_end(int fd, int saved)
{
	char	 path[128];
	FILE	*f;
	size_t	 n;

	fflush(fd == 1 ? stdout : stderr);
	ck_assert_int_eq(dup2(saved, fd), fd);
	close(saved);
	snprintf(path, sizeof(path), "%s/out%d", tmpdir, fd);
	f = fopen(path, "r");
	ck_assert_ptr_nonnull(f);
	n = fread(captured, 1, sizeof(captured) - 1, f);
	captured[n] = '\0';
	fclose(f);
	return captured;
}

/* "PROG: " followed by s, for comparing with what diag() prints. */
static const char *
with_prog(const char *s)
{
	static char	 line[512];

	snprintf(line, sizeof(line), "%s: %s", progname(),
	    s);
	return line;
}

/* status */

/* xgrow: a vector grown one element at a time keeps every element */
START_TEST(test_xgrow)
{
	size_t	*v = NULL, *before, i, moves = 0;

	for (i = 0; i < 5000; i++) {
		before = v;
		v = xgrow(v, i, sizeof(*v));
		if (v != before)
			moves++;
		v[i] = i * 3;
	}
	for (i = 0; i < 5000; i++)
		ck_assert_uint_eq(v[i], i * 3);
	/* room is made at 0, 8, 16, ... 4096: not once an element */
	ck_assert_uint_le(moves, 11);
	free(v);
	/* at 8 and each power of two past it the vector doubles, else not */
	v = xgrow(NULL, 0, sizeof(*v));
	for (i = 1; i < 8; i++)
		ck_assert_ptr_eq(xgrow(v, i, sizeof(*v)), v);
	v = xgrow(v, 8, sizeof(*v));
	v[15] = 7;
	ck_assert_uint_eq(v[15], 7);
	for (i = 9; i < 16; i++)
		ck_assert_ptr_eq(xgrow(v, i, sizeof(*v)), v);
	free(v);
}
END_TEST

START_TEST(test_status_merge)
{
	ck_assert_int_eq(status_merge(0, 0), 0);
	ck_assert_int_eq(status_merge(0, 1), 1);
	ck_assert_int_eq(status_merge(1, 0), 1);
	ck_assert_int_eq(status_merge(1, 1), 1);
	ck_assert_int_eq(status_merge(1, 65), 65);
	ck_assert_int_eq(status_merge(65, 1), 65);
	ck_assert_int_eq(status_merge(65, 0), 65);
	ck_assert_int_eq(status_merge(0, 65), 65);
	ck_assert_int_eq(status_merge(65, 66), 66);
	ck_assert_int_eq(status_merge(66, 65), 66);
	ck_assert_int_eq(status_merge(65, 64), 64);
	ck_assert_int_eq(status_merge(64, 65), 64);
	ck_assert_int_eq(status_merge(65, 74), 74);
	ck_assert_int_eq(status_merge(74, 65), 74);
	ck_assert_int_eq(status_merge(1, 74), 74);
	ck_assert_int_eq(status_merge(71, 1), 71);
	ck_assert_int_eq(status_merge(0, 75), 75);
	/* between two serious codes the first one stays */
	ck_assert_int_eq(status_merge(66, 74), 66);
	ck_assert_int_eq(status_merge(74, 66), 74);
}
END_TEST

START_TEST(test_status_set)
{
	mentor_status = 0;
	status_set(0);
	ck_assert_int_eq(mentor_status, 0);
	status_set(EX_PROBLEM);
	ck_assert_int_eq(mentor_status, 1);
	status_set(0);
	ck_assert_int_eq(mentor_status, 1);
	status_set(EX_DATAERR);
	ck_assert_int_eq(mentor_status, 65);
	status_set(EX_PROBLEM);
	ck_assert_int_eq(mentor_status, 65);
	status_set(EX_IOERR);
	ck_assert_int_eq(mentor_status, 74);
	status_set(EX_DATAERR);
	status_set(0);
	ck_assert_int_eq(mentor_status, 74);
}
END_TEST

/* env */

START_TEST(test_env_get)
{
	unsetenv("MENTOR_CHECK_VAR");
	ck_assert_ptr_null(env_get("MENTOR_CHECK_VAR"));
	setenv("MENTOR_CHECK_VAR", "", 1);
	ck_assert_ptr_null(env_get("MENTOR_CHECK_VAR"));
	setenv("MENTOR_CHECK_VAR", "value", 1);
	ck_assert_str_eq(env_get("MENTOR_CHECK_VAR"), "value");
	setenv("MENTOR_CHECK_VAR", " ", 1);
	ck_assert_str_eq(env_get("MENTOR_CHECK_VAR"), " ");
	unsetenv("MENTOR_CHECK_VAR");
	ck_assert_ptr_null(env_get("MENTOR_CHECK_VAR"));
}
END_TEST

/* diag */

START_TEST(test_diag)
{
	int	 saved;

	/* progname_set() in main: argv[0] without its folder. */
	ck_assert_str_eq(progname(), "check_util");

	saved = capture_start(2);
	diag("goals/a.md", 3, 7, "unknown key '%s'", "statsu");
	ck_assert_str_eq(capture_end(2, saved),
	    with_prog("goals/a.md:3:7: unknown key 'statsu'\n"));

	saved = capture_start(2);
	diag("goals/a.md", 3, 0, "bad date");
	ck_assert_str_eq(capture_end(2, saved),
	    with_prog("goals/a.md:3: bad date\n"));

	saved = capture_start(2);
	diag("goals/a.md", 0, 0, "cannot read");
	ck_assert_str_eq(capture_end(2, saved),
	    with_prog("goals/a.md: cannot read\n"));

	/* line 0 leaves the column out too */
	saved = capture_start(2);
	diag("goals/a.md", 0, 9, "no line");
	ck_assert_str_eq(capture_end(2, saved),
	    with_prog("goals/a.md: no line\n"));

	saved = capture_start(2);
	diag(NULL, 0, 0, "not inside a journal (%d)", 66);
	ck_assert_str_eq(capture_end(2, saved),
	    with_prog("not inside a journal (66)\n"));

	saved = capture_start(2);
	diag("p", 4294967295UL, 1, "%s", "%d literal");
	ck_assert_str_eq(capture_end(2, saved),
	    with_prog("p:4294967295:1: %d literal\n"));
}
END_TEST

static void
vd(const char *path, unsigned long line, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vdiag(path, line, 0, fmt, ap);
	va_end(ap);
}

START_TEST(test_vdiag)
{
	char	 want[256];
	int	 saved;

	saved = capture_start(2);
	vd("log/x.md", 12, "%s and %s", "one", "two");
	vd(NULL, 12, "no path");
	snprintf(want, sizeof(want), "%s: log/x.md:12: one and two\n"
	    "%s: no path\n", progname(), progname());
	ck_assert_str_eq(capture_end(2, saved), want);
}
END_TEST

/* out_close */

START_TEST(test_out_close_ok)
{
	int	 saved;

	saved = capture_start(1);
	printf("data\n");
	ck_assert_int_eq(out_close(0), 0);
	ck_assert_int_eq(out_close(EX_DATAERR), EX_DATAERR);
	ck_assert_str_eq(capture_end(1, saved), "data\n");
}
END_TEST

START_TEST(test_out_close_full)
{
	int	 saved, err, full;

	full = open("/dev/full", O_WRONLY);
	if (full == -1)
		return;		/* no /dev/full here */
	saved = dup(1);
	err = capture_start(2);
	ck_assert_int_eq(dup2(full, 1), 1);
	close(full);
	printf("lost\n");
	ck_assert_int_eq(out_close(0), EX_IOERR);
	clearerr(stdout);
	ck_assert_int_eq(dup2(saved, 1), 1);
	close(saved);
	ck_assert_str_eq(capture_end(2, err),
	    with_prog("write error on standard output: No space left on "
	    "device\n"));
}
END_TEST

/* A pipe whose reader is gone, as stdout. */
static void
stdout_to_broken_pipe(void)
{
	int	 p[2];

	ck_assert_int_eq(pipe(p), 0);
	close(p[0]);
	ck_assert_int_eq(dup2(p[1], 1), 1);
	close(p[1]);
}

START_TEST(test_out_close_epipe)
{
	/* with SIGPIPE ignored the write fails with EPIPE: quiet exit */
	signal(SIGPIPE, SIG_IGN);
	stdout_to_broken_pipe();
	printf("to nobody\n");
	out_close(3);
	ck_abort_msg("out_close returned after EPIPE");
}
END_TEST

START_TEST(test_cli_init_sigpipe)
{
	signal(SIGPIPE, SIG_IGN);
	cli_init(NULL);
	stdout_to_broken_pipe();
	printf("to nobody\n");
	fflush(stdout);
	ck_abort_msg("no SIGPIPE");
}
END_TEST

/* opts */

#define FMT_IS(o, v, want) do {					\
	opts_init(o);							\
	ck_assert_int_eq(opts_common((o), 'f', (v)), 1);		\
	ck_assert_int_eq((o)->fmt, (want));				\
} while (0)
#define COLOR_IS(o, v, want) do {					\
	opts_init(o);							\
	ck_assert_int_eq(opts_common((o), OPT_COLOR, (v)), 1);		\
	ck_assert_int_eq((o)->color, (want));				\
} while (0)

START_TEST(test_opts_common)
{
	struct opts	 o;
	const char	*dir = "some/dir";

	memset(&o, 0x55, sizeof(o));
	opts_init(&o);
	ck_assert_ptr_null(o.C);
	ck_assert_int_eq(o.fmt, FMT_NONE);
	ck_assert_int_eq(o.nul, 0);
	ck_assert_int_eq(o.quiet, 0);
	ck_assert_int_eq(o.color, COLOR_AUTO);
	ck_assert_int_eq(o.no_header, 0);

	ck_assert_int_eq(opts_common(&o, '0', NULL), 1);
	ck_assert_int_eq(o.nul, 1);
	ck_assert_int_eq(opts_common(&o, 'C', dir), 1);
	ck_assert_ptr_eq(o.C, dir);
	ck_assert_int_eq(opts_common(&o, 'q', NULL), 1);
	ck_assert_int_eq(opts_common(&o, 'q', NULL), 1);
	ck_assert_int_eq(o.quiet, 1);
	ck_assert_int_eq(opts_common(&o, OPT_NO_HEADER, NULL), 1);
	ck_assert_int_eq(o.no_header, 1);

	/* each format and colour, given once (opts_init between) */
	FMT_IS(&o, "json", FMT_JSON);
	FMT_IS(&o, "tsv", FMT_TSV);
	FMT_IS(&o, "jsonl", FMT_JSONL);
	FMT_IS(&o, "paths", FMT_PATHS);
	FMT_IS(&o, "md", FMT_MD);
	FMT_IS(&o, "text", FMT_TEXT);
	COLOR_IS(&o, NULL, COLOR_ALWAYS);
	COLOR_IS(&o, "never", COLOR_NEVER);
	COLOR_IS(&o, "auto", COLOR_AUTO);
	COLOR_IS(&o, "always", COLOR_ALWAYS);

	/* the same value again changes nothing */
	ck_assert_int_eq(opts_common(&o, OPT_COLOR, "always"), 1);
	ck_assert_int_eq(o.color, COLOR_ALWAYS);
	ck_assert_int_eq(opts_common(&o, 'C', "some/dir"), 1);
	ck_assert_ptr_eq(o.C, dir);
	opts_init(&o);
	ck_assert_int_eq(opts_common(&o, 'f', "text"), 1);
	ck_assert_int_eq(opts_common(&o, 'f', "text"), 1);
	ck_assert_int_eq(o.fmt, FMT_TEXT);
	ck_assert_int_eq(opts_common(&o, OPT_COLOR, "always"), 1);

	/* the caller's options, -h included, are left to the caller */
	ck_assert_int_eq(opts_common(&o, 'h', NULL), 0);
	ck_assert_int_eq(opts_common(&o, 'x', "x"), 0);
	ck_assert_int_eq(opts_common(&o, OPT_FIRST_LOCAL, "x"), 0);
	ck_assert_int_eq(opts_common(&o, '?', NULL), 0);
	ck_assert_int_eq(o.fmt, FMT_TEXT);
	ck_assert_int_eq(o.color, COLOR_ALWAYS);
}
END_TEST

START_TEST(test_opts_bad_format)
{
	struct opts	 o;

	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
	opts_init(&o);
	opts_common(&o, 'f', "xml");
}
END_TEST

START_TEST(test_opts_bad_color)
{
	struct opts	 o;

	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
	opts_init(&o);
	opts_common(&o, OPT_COLOR, "sometimes");
}
END_TEST

/* An option opts_child() gives first, when pre_c is not 0. */
static int		 pre_c;
static const char	*pre_arg;

/*
 * Run opts_common(c, arg) in a child with stdout and stderr captured in
 * files under tmpdir; return its exit status (-1 if it did not exit).
 */
static int
opts_child(int c, const char *arg, char *out, char *err, size_t size)
{
	struct opts	 o;
	char		 path[128];
	pid_t		 pid;
	FILE		*f;
	size_t		 n;
	int		 status, fd;

	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) == 0) {
		snprintf(path, sizeof(path), "%s/out1", tmpdir);
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 1);
		close(fd);
		snprintf(path, sizeof(path), "%s/out2", tmpdir);
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		close(fd);
		opts_init(&o);
		if (pre_c != 0)
			opts_common(&o, pre_c, pre_arg);
		opts_common(&o, c, arg);
		fflush(stdout);
		_exit(99);
	}
	ck_assert_int_gt(pid, 0);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	snprintf(path, sizeof(path), "%s/out1", tmpdir);
	ck_assert_ptr_nonnull(f = fopen(path, "r"));
	n = fread(out, 1, size - 1, f);
	out[n] = '\0';
	fclose(f);
	snprintf(path, sizeof(path), "%s/out2", tmpdir);
	ck_assert_ptr_nonnull(f = fopen(path, "r"));
	n = fread(err, 1, size - 1, f);
	err[n] = '\0';
	fclose(f);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* A shared option given twice: another value is 64, naming it. */
START_TEST(test_opts_twice)
{
	char	 out[512], err[512];

	pre_c = 'f';
	pre_arg = "json";
	ck_assert_int_eq(opts_child('f', "json", out, err, sizeof(out)), 99);
	ck_assert_str_eq(err, "");
	ck_assert_int_eq(opts_child('f', "tsv", out, err, sizeof(out)), 64);
	ck_assert_str_eq(out, "");
	ck_assert_str_eq(err, with_prog("-f: given twice ('json', then "
	    "'tsv')\n"));
	pre_c = 'C';
	pre_arg = "a";
	ck_assert_int_eq(opts_child('C', "a", out, err, sizeof(out)), 99);
	ck_assert_int_eq(opts_child('C', "b", out, err, sizeof(out)), 64);
	ck_assert_str_eq(err, with_prog("-C: given twice ('a', then 'b')\n"));
	pre_c = OPT_COLOR;
	pre_arg = NULL;
	ck_assert_int_eq(opts_child(OPT_COLOR, "always", out, err,
	    sizeof(out)), 99);
	ck_assert_int_eq(opts_child(OPT_COLOR, "never", out, err,
	    sizeof(out)), 64);
	ck_assert_str_eq(err, with_prog("--color: given twice ('always', "
	    "then 'never')\n"));
	pre_c = 0;
}
END_TEST

START_TEST(test_opts_messages)
{
	char	 out[512], err[512], want[512];

	ck_assert_int_eq(opts_child('f', "xml", out, err, sizeof(out)), 64);
	ck_assert_str_eq(out, "");
	ck_assert_str_eq(err, with_prog("unknown format 'xml' (text, paths, "
	    "tsv, json, jsonl, md)\n"));

	/* html and ics only where a program prints them. */
	ck_assert_int_eq(opts_child('f', "html", out, err, sizeof(out)), 64);
	ck_assert_str_eq(err, with_prog("unknown format 'html' (text, paths, "
	    "tsv, json, jsonl, md)\n"));
	ck_assert_int_eq(opts_child('f', "ics", out, err, sizeof(out)), 64);

	ck_assert_int_eq(opts_child('f', "", out, err, sizeof(out)), 64);
	ck_assert_str_eq(err, with_prog("unknown format '' (text, paths, "
	    "tsv, json, jsonl, md)\n"));

	ck_assert_int_eq(opts_child(OPT_COLOR, "sometimes", out, err,
	    sizeof(out)), 64);
	ck_assert_str_eq(out, "");
	ck_assert_str_eq(err, with_prog("bad --color value 'sometimes' (auto, "
	    "always, never)\n"));

	ck_assert_int_eq(opts_child(OPT_VERSION, NULL, out, err, sizeof(out)),
	    0);
	snprintf(want, sizeof(want), "%s %s\n", progname(),
	    PACKAGE_VERSION);
	ck_assert_str_eq(out, want);
	ck_assert_str_eq(err, "");

	/* a good value returns to the caller */
	ck_assert_int_eq(opts_child('f', "json", out, err, sizeof(out)), 99);
	ck_assert_str_eq(err, "");
}
END_TEST

START_TEST(test_opts_fmt)
{
	struct opts	 o;
	int		 p[2], saved, m, s;

	opts_init(&o);
	o.fmt = FMT_JSON;
	ck_assert_int_eq(opts_fmt(&o, FMT_PATHS), FMT_JSON);
	ck_assert_int_eq(opts_common(&o, 'f', "tsv"), 1);
	ck_assert_int_eq(opts_fmt(&o, FMT_PATHS), FMT_TSV);
	ck_assert_int_eq(opts_fmt(&o, FMT_TEXT), FMT_TSV);

	/* no -f: the default when stdout is not a terminal ... */
	opts_init(&o);
	fflush(stdout);
	saved = dup(1);
	ck_assert_int_eq(pipe(p), 0);
	ck_assert_int_eq(dup2(p[1], 1), 1);
	ck_assert_int_eq(opts_fmt(&o, FMT_PATHS), FMT_PATHS);
	ck_assert_int_eq(opts_fmt(&o, FMT_TSV), FMT_TSV);

	/* ... and text when it is one */
	if ((s = fx_tty(&m)) != -1) {
		ck_assert_int_eq(dup2(s, 1), 1);
		ck_assert_int_eq(opts_fmt(&o, FMT_PATHS), FMT_TEXT);
		close(s);
		close(m);
	}
	ck_assert_int_eq(dup2(saved, 1), 1);
	close(saved);
	close(p[0]);
	close(p[1]);
}
END_TEST

static Suite *
util_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("util");

	tc = tcase_create("status");
	tcase_add_test(tc, test_xgrow);
	tcase_add_test(tc, test_status_merge);
	tcase_add_test(tc, test_status_set);
	tcase_add_test(tc, test_env_get);
	suite_add_tcase(s, tc);

	tc = tcase_create("output");
	tcase_add_unchecked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_add_test(tc, test_diag);
	tcase_add_test(tc, test_vdiag);
	tcase_add_test(tc, test_out_close_ok);
	tcase_add_test(tc, test_out_close_full);
	tcase_add_exit_test(tc, test_out_close_epipe, 3);
	tcase_add_test_raise_signal(tc, test_cli_init_sigpipe, SIGPIPE);
	suite_add_tcase(s, tc);

	tc = tcase_create("opts");
	tcase_add_unchecked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_add_test(tc, test_opts_common);
	tcase_add_exit_test(tc, test_opts_bad_format, EX_USAGE);
	tcase_add_exit_test(tc, test_opts_bad_color, EX_USAGE);
	tcase_add_test(tc, test_opts_messages);
	tcase_add_test(tc, test_opts_twice);
	tcase_add_test(tc, test_opts_fmt);
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

	sr = srunner_create(util_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
