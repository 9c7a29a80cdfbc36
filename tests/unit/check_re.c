#include "config.h"

#include <sys/wait.h>

#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/* Does pat (caseless when ci) match all of s? */
static int
m(const char *pat, int ci, const char *s)
{
	struct ure	*u = ure_compile(pat, ci);
	int		 r;

	r = ure_match(u, s, strlen(s));
	ure_free(u);
	return r;
}

START_TEST(test_plain)
{
	ck_assert_int_eq(m("webinar", 0, "Host a webinar soon"), 1);
	ck_assert_int_eq(m("webinar", 0, "Host a Webinar soon"), 0);
	ck_assert_int_eq(m("web+inar", 0, "webbbinar"), 1);
	ck_assert_int_eq(m("^Host", 0, "Host a webinar"), 1);
	ck_assert_int_eq(m("^a", 0, "Host a webinar"), 0);
	ck_assert_int_eq(m("", 0, ""), 1);
	ck_assert_int_eq(m("x", 0, ""), 0);
}
END_TEST

/* Only the n bytes given are searched. */
START_TEST(test_length)
{
	struct ure	*u = ure_compile("tail$", 0);
	const char	*s = "head tail and more";

	ck_assert_int_eq(ure_match(u, s, strlen(s)), 0);
	ck_assert_int_eq(ure_match(u, s, 9), 1);
	ck_assert_int_eq(ure_match(u, s, 8), 0);
	ck_assert_int_eq(ure_match(u, s, 0), 0);
	/* The pattern can be used again and again. */
	ck_assert_int_eq(ure_match(u, "tail", 4), 1);
	ure_free(u);
	ure_free(NULL);
}
END_TEST

/* Characters, not bytes: '.' takes all of "é" and "日". */
START_TEST(test_utf8)
{
	ck_assert_int_eq(m("^h.llo$", 0, "h\xc3\xa9llo"), 1);
	ck_assert_int_eq(m("^h..llo$", 0, "h\xc3\xa9llo"), 0);
	ck_assert_int_eq(m("^.$", 0, "\xe6\x97\xa5"), 1);
	ck_assert_int_eq(m("^.{3}$", 0, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa"
	    "\x9e"), 1);
	ck_assert_int_eq(m("caf\xc3\xa9", 0, "un caf\xc3\xa9 noir"), 1);
	/* \w knows non-ASCII letters (UCP). */
	ck_assert_int_eq(m("^\\w+$", 0, "\xc3\xa9t\xc3\xa9"), 1);
	ck_assert_int_eq(m("^\\w+$", 0, "a b"), 0);
}
END_TEST

START_TEST(test_caseless)
{
	ck_assert_int_eq(m("WEBINAR", 1, "Host a webinar"), 1);
	ck_assert_int_eq(m("WEBINAR", 0, "Host a webinar"), 0);
	/* Unicode case folding: "ÉTÉ" finds "été". */
	ck_assert_int_eq(m("\xc3\x89T\xc3\x89", 1, "l'\xc3\xa9t\xc3\xa9"), 1);
	ck_assert_int_eq(m("\xc3\x89T\xc3\x89", 0, "l'\xc3\xa9t\xc3\xa9"), 0);
	ck_assert_int_eq(m("stra\xc3\x9f" "e", 1, "STRA\xc3\x9f" "E"), 1);
}
END_TEST

/* ^ and $ match at every line of a body. */
START_TEST(test_multiline)
{
	const char	*body = "first line\nsecond line\nthird\n";

	ck_assert_int_eq(m("^second line$", 0, body), 1);
	ck_assert_int_eq(m("^third$", 0, body), 1);
	ck_assert_int_eq(m("^line", 0, body), 0);
	ck_assert_int_eq(m("first$", 0, body), 0);
	ck_assert_int_eq(m("line\\nsecond", 0, body), 1);
	/* '.' still stops at a newline. */
	ck_assert_int_eq(m("first.second", 0, body), 0);
}
END_TEST

/*
 * The exit tests run in a child of Check's; their message would only
 * clutter the log, so stderr goes to /dev/null there.  What the message
 * says is checked by test_messages, which forks by itself.
 */
static void
quiet_stderr(void)
{
	int	 fd = open("/dev/null", O_WRONLY);

	ck_assert_int_ne(fd, -1);
	ck_assert_int_eq(dup2(fd, STDERR_FILENO), STDERR_FILENO);
	close(fd);
}

/* A subject that makes "(a+)+$" backtrack for ever. */
static void
limit_match(void)
{
	struct ure	*u = ure_compile("(a+)+$", 0);
	char		 s[64];

	memset(s, 'a', sizeof(s) - 2);
	s[sizeof(s) - 2] = 'b';
	s[sizeof(s) - 1] = '\0';
	(void)ure_match(u, s, strlen(s));
	ure_free(u);
}

/* A bad pattern ends the program with exit 64. */
START_TEST(test_bad_pattern)
{
	quiet_stderr();
	(void)ure_compile("a(b", 0);
}
END_TEST

START_TEST(test_bad_pattern_class)
{
	quiet_stderr();
	(void)ure_compile("[z-a]", 1);
}
END_TEST

START_TEST(test_bad_pattern_utf8)
{
	quiet_stderr();
	(void)ure_compile("\xc3(", 0);
}
END_TEST

/* Catastrophic backtracking hits the match limit: exit 64, not a hang. */
START_TEST(test_limit)
{
	quiet_stderr();
	limit_match();
}
END_TEST

/*
 * Run pat (or the limit case when pat is NULL) in a child; return its
 * exit status and put what it wrote on stderr in msg.
 */
static int
child(const char *pat, char *msg, size_t size)
{
	FILE	*f = tmpfile();
	pid_t	 pid;
	size_t	 n;
	int	 st;

	ck_assert_ptr_nonnull(f);
	fflush(NULL);
	pid = fork();
	ck_assert_int_ne(pid, -1);
	if (pid == 0) {
		dup2(fileno(f), STDERR_FILENO);
		if (pat != NULL)
			(void)ure_compile(pat, 0);
		else
			limit_match();
		_exit(0);
	}
	ck_assert_int_eq(waitpid(pid, &st, 0), pid);
	rewind(f);
	n = fread(msg, 1, size - 1, f);
	msg[n] = '\0';
	fclose(f);
	ck_assert(WIFEXITED(st));
	return WEXITSTATUS(st);
}

START_TEST(test_messages)
{
	char	 msg[512];

	ck_assert_int_eq(child("a(b", msg, sizeof(msg)), EX_USAGE);
	ck_assert_str_eq(msg, "check_re: bad regex 'a(b': missing closing "
	    "parenthesis at offset 3\n");
	ck_assert_int_eq(child(NULL, msg, sizeof(msg)), EX_USAGE);
	ck_assert_str_eq(msg, "check_re: regex '(a+)+$' hit a PCRE2 limit "
	    "(match limit exceeded); simplify it\n");
	ck_assert_int_eq(child("ok", msg, sizeof(msg)), 0);
	ck_assert_str_eq(msg, "");
}
END_TEST

/* The same pattern on a short subject is fine. */
START_TEST(test_limit_short)
{
	ck_assert_int_eq(m("(a+)+$", 0, "aaaab"), 0);
	ck_assert_int_eq(m("(a+)+$", 0, "baaaa"), 1);
}
END_TEST

static Suite *
re_suite(void)
{
	Suite	*s = suite_create("re");
	TCase	*tc;

	tc = tcase_create("match");
	tcase_add_test(tc, test_plain);
	tcase_add_test(tc, test_length);
	tcase_add_test(tc, test_utf8);
	tcase_add_test(tc, test_caseless);
	tcase_add_test(tc, test_multiline);
	tcase_add_test(tc, test_limit_short);
	suite_add_tcase(s, tc);

	tc = tcase_create("errors");
	tcase_set_timeout(tc, 30);
	tcase_add_exit_test(tc, test_bad_pattern, EX_USAGE);
	tcase_add_exit_test(tc, test_bad_pattern_class, EX_USAGE);
	tcase_add_exit_test(tc, test_bad_pattern_utf8, EX_USAGE);
	tcase_add_exit_test(tc, test_limit, EX_USAGE);
	tcase_add_test(tc, test_messages);
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

	sr = srunner_create(re_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
