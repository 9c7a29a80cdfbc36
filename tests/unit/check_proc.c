#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/* proc_run */

START_TEST(test_stdout)
{
	char *const	 argv[] = { "printf", "%s-%s|", "ab", "c d", NULL };
	struct buf	 b = BUF_INIT;

	ck_assert_int_eq(proc_run(argv, &b, 1), 0);
	ck_assert_str_eq(b.buf, "ab-c d|");
	ck_assert_uint_eq(b.len, 7);
	buf_release(&b);
}
END_TEST

/* What the buffer held is kept; the output is appended. */
START_TEST(test_stdout_appends)
{
	char *const	 argv[] = { "printf", "two\\nlines\\n", NULL };
	struct buf	 b = BUF_INIT;

	buf_addstr(&b, ">");
	ck_assert_int_eq(proc_run(argv, &b, 0), 0);
	ck_assert_str_eq(b.buf, ">two\nlines\n");
	buf_release(&b);
}
END_TEST

/* More than a pipe holds, and NUL bytes, come through whole. */
START_TEST(test_stdout_big)
{
	char *const	 argv[] = { "sh", "-c",
	    "i=0; while [ $i -lt 2000 ]; do "
	    "printf '%099d\\n' $i; i=$((i + 1)); done; printf 'a\\0b'",
	    NULL };
	struct buf	 b = BUF_INIT;

	ck_assert_int_eq(proc_run(argv, &b, 1), 0);
	ck_assert_uint_eq(b.len, 200000 + 3);
	ck_assert_int_eq(memcmp(b.buf, "0000", 4), 0);
	ck_assert_int_eq(memcmp(b.buf + 199900, "00000000000000000000", 20),
	    0);
	ck_assert_int_eq(memcmp(b.buf + 199995, "1999\na\0b", 8), 0);
	buf_release(&b);
}
END_TEST

START_TEST(test_status)
{
	char *const	 seven[] = { "sh", "-c", "exit 7", NULL };
	char *const	 one[] = { "false", NULL };
	char *const	 zero[] = { "true", NULL };
	char *const	 big[] = { "sh", "-c", "echo out; exit 255", NULL };
	struct buf	 b = BUF_INIT;

	ck_assert_int_eq(proc_run(seven, NULL, 1), 7);
	ck_assert_int_eq(proc_run(one, NULL, 1), 1);
	ck_assert_int_eq(proc_run(zero, NULL, 1), 0);
	/* The output is collected whatever the status. */
	ck_assert_int_eq(proc_run(big, &b, 1), 255);
	ck_assert_str_eq(b.buf, "out\n");
	buf_release(&b);
}
END_TEST

/* A program killed by a signal gives -1. */
START_TEST(test_signal)
{
	char *const	 argv[] = { "sh", "-c", "kill -9 $$", NULL };
	struct buf	 b = BUF_INIT;

	ck_assert_int_eq(proc_run(argv, NULL, 1), -1);
	ck_assert_int_eq(proc_run(argv, &b, 1), -1);
	ck_assert_uint_eq(b.len, 0);
	buf_release(&b);
}
END_TEST

START_TEST(test_missing)
{
	char *const	 argv[] = { "mentor-no-such-program-here", "x", NULL };
	char *const	 abs[] = { "/nonexistent/bin/prog", NULL };
	struct buf	 b = BUF_INIT;

	ck_assert_int_eq(proc_run(argv, &b, 1), -1);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_int_eq(proc_run(argv, NULL, 0), -1);
	ck_assert_int_eq(proc_run(abs, &b, 1), -1);
	buf_release(&b);
}
END_TEST

/* Without a buffer, the child's stdout goes nowhere (not to ours). */
START_TEST(test_stdout_dropped)
{
	char *const	 argv[] = { "echo", "lost", NULL };

	struct fx_cap	 c;
	char		*said;

	fx_cap_start(&c, STDOUT_FILENO);
	ck_assert_int_eq(proc_run(argv, NULL, 1), 0);
	said = fx_cap_end(&c);
	ck_assert_str_eq(said, "");
	free(said);
}
END_TEST

START_TEST(test_stderr_kept)
{
	char *const	 argv[] = { "sh", "-c", "echo out; echo err >&2", NULL };
	struct buf	 b = BUF_INIT;
	struct fx_cap	 c;
	char		*said;

	fx_cap_start(&c, STDERR_FILENO);
	ck_assert_int_eq(proc_run(argv, &b, 1), 0);
	said = fx_cap_end(&c);
	ck_assert_str_eq(said, "err\n");
	free(said);
	ck_assert_str_eq(b.buf, "out\n");
	buf_release(&b);
}
END_TEST

START_TEST(test_stderr_dropped)
{
	char *const	 argv[] = { "sh", "-c", "echo out; echo err >&2", NULL };
	struct buf	 b = BUF_INIT;
	struct fx_cap	 c;
	char		*said;

	fx_cap_start(&c, STDERR_FILENO);
	ck_assert_int_eq(proc_run(argv, &b, 0), 0);
	said = fx_cap_end(&c);
	ck_assert_str_eq(said, "");
	free(said);
	ck_assert_str_eq(b.buf, "out\n");
	buf_release(&b);

	fx_cap_start(&c, STDERR_FILENO);
	ck_assert_int_eq(proc_run(argv, NULL, 0), 0);
	said = fx_cap_end(&c);
	ck_assert_str_eq(said, "");
	free(said);
}
END_TEST

/* author_name */

/*
 * Scratch folders: the fixture's is made once for the test case and
 * removed by the runner after it (an unchecked fixture, so that a failing
 * test leaves nothing behind); each test gets its own tmp inside it.  git
 * reads no configuration but the repository's: HOME and XDG_CONFIG_HOME
 * point at an empty folder, the system file is ignored.
 */
static char	*tmp;

static void
base_setup(void)
{
	fx_setup();
	fx_dir("home");
}

static void
tmp_setup(void)
{
	char	*home = fx_path("home");

	tmp = fx_mkdtemp("t");
	setenv("HOME", home, 1);
	setenv("XDG_CONFIG_HOME", home, 1);
	setenv("GIT_CONFIG_NOSYSTEM", "1", 1);
	unsetenv("GIT_CONFIG_GLOBAL");
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	unsetenv("MENTOR_AUTHOR");
	free(home);
}

static void
tmp_teardown(void)
{
	free(tmp);
	tmp = NULL;
}

static int
have_git(void)
{
	char *const	 argv[] = { "git", "--version", NULL };

	return proc_run(argv, NULL, 0) == 0;
}

START_TEST(test_author_env)
{
	char	*a;

	setenv("MENTOR_AUTHOR", "Ann Author", 1);
	a = author_name(NULL);
	ck_assert_str_eq(a, "Ann Author");
	free(a);
	a = author_name(tmp);
	ck_assert_str_eq(a, "Ann Author");
	free(a);
}
END_TEST

/* MENTOR_AUTHOR beats git's user.name. */
START_TEST(test_author_env_beats_git)
{
	char *const	 init[] = { "git", "init", "-q", tmp, NULL };
	char *const	 name[] = { "git", "-C", tmp, "config", "user.name",
	    "Test Name", NULL };
	char		*a;

	if (!have_git())
		return;
	ck_assert_int_eq(proc_run(init, NULL, 1), 0);
	ck_assert_int_eq(proc_run(name, NULL, 1), 0);
	setenv("MENTOR_AUTHOR", "Ann Author", 1);
	a = author_name(tmp);
	ck_assert_str_eq(a, "Ann Author");
	free(a);
	/* An empty MENTOR_AUTHOR counts as unset. */
	setenv("MENTOR_AUTHOR", "", 1);
	a = author_name(tmp);
	ck_assert_str_eq(a, "Test Name");
	free(a);
}
END_TEST

START_TEST(test_author_git)
{
	char *const	 init[] = { "git", "init", "-q", tmp, NULL };
	char *const	 name[] = { "git", "-C", tmp, "config", "user.name",
	    "Test Name", NULL };
	char		*a, *sub;

	if (!have_git())
		return;
	ck_assert_int_eq(proc_run(init, NULL, 1), 0);
	ck_assert_int_eq(proc_run(name, NULL, 1), 0);
	a = author_name(tmp);
	ck_assert_str_eq(a, "Test Name");
	free(a);

	/* Anywhere inside the work tree. */
	xasprintf(&sub, "%s/journal", tmp);
	ck_assert_int_eq(mkdir(sub, 0755), 0);
	a = author_name(sub);
	ck_assert_str_eq(a, "Test Name");
	free(a);

	/* NULL is the working directory. */
	ck_assert_int_eq(chdir(sub), 0);
	a = author_name(NULL);
	ck_assert_str_eq(a, "Test Name");
	free(a);
	ck_assert_int_eq(chdir("/"), 0);
	free(sub);
}
END_TEST

/* Outside a work tree and with no user.name: the login name. */
START_TEST(test_author_login)
{
	struct passwd	*pw = getpwuid(getuid());
	char		*a;

	ck_assert_ptr_nonnull(pw);
	a = author_name(tmp);
	ck_assert_str_eq(a, pw->pw_name);
	free(a);
}
END_TEST

static Suite *
proc_suite(void)
{
	Suite	*s = suite_create("proc");
	TCase	*tc;

	tc = tcase_create("run");
	tcase_add_test(tc, test_stdout);
	tcase_add_test(tc, test_stdout_appends);
	tcase_add_test(tc, test_stdout_big);
	tcase_add_test(tc, test_status);
	tcase_add_test(tc, test_signal);
	tcase_add_test(tc, test_missing);
	tcase_add_test(tc, test_stdout_dropped);
	tcase_add_test(tc, test_stderr_kept);
	tcase_add_test(tc, test_stderr_dropped);
	suite_add_tcase(s, tc);

	tc = tcase_create("author");
	tcase_add_unchecked_fixture(tc, base_setup, fx_teardown);
	tcase_add_checked_fixture(tc, tmp_setup, tmp_teardown);
	tcase_add_test(tc, test_author_env);
	tcase_add_test(tc, test_author_env_beats_git);
	tcase_add_test(tc, test_author_git);
	tcase_add_test(tc, test_author_login);
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

	sr = srunner_create(proc_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
