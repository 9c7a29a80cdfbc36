#include "config.h"

#include <check.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/* The invariants mentor.h promises for every struct buf. */
static void
buf_ok(const struct buf *b)
{
	ck_assert_ptr_nonnull(b->buf);
	ck_assert_int_eq(b->buf[b->len], '\0');
	if (b->alloc != 0)
		ck_assert_uint_lt(b->len, b->alloc);
	else {
		ck_assert_ptr_eq(b->buf, buf_empty);
		ck_assert_uint_eq(b->len, 0);
	}
}

START_TEST(test_init)
{
	struct buf	 a = BUF_INIT, b;

	buf_ok(&a);
	ck_assert_str_eq(a.buf, "");
	memset(&b, 0xff, sizeof(b));
	buf_init(&b);
	buf_ok(&b);
	ck_assert_ptr_eq(b.buf, buf_empty);
	ck_assert_uint_eq(b.alloc, 0);
	/* adding nothing allocates nothing */
	buf_add(&b, "x", 0);
	buf_addstr(&b, "");
	ck_assert_ptr_eq(b.buf, buf_empty);
	ck_assert_uint_eq(b.alloc, 0);
	buf_release(&b);
	buf_release(&b);
	buf_ok(&b);
	ck_assert_str_eq(buf_empty, "");
}
END_TEST

START_TEST(test_add_growth)
{
	struct buf	 b = BUF_INIT;
	size_t		 i, prev = 0;
	int		 grew = 0;

	for (i = 0; i < 10000; i++) {
		buf_add(&b, "0123456789", 10);
		buf_ok(&b);
		if (b.alloc != prev) {
			ck_assert_uint_gt(b.alloc, prev);
			prev = b.alloc;
			grew++;
		}
	}
	ck_assert_uint_eq(b.len, 100000);
	ck_assert_uint_eq(strlen(b.buf), 100000);
	for (i = 0; i < 10000; i++)
		ck_assert_int_eq(memcmp(b.buf + i * 10, "0123456789", 10), 0);
	/* growth is geometric, not one step per append */
	ck_assert_int_gt(grew, 5);
	ck_assert_int_lt(grew, 40);
	buf_release(&b);
	buf_ok(&b);
}
END_TEST

START_TEST(test_add_nul)
{
	struct buf	 b = BUF_INIT;

	buf_add(&b, "a\0b", 3);
	buf_ok(&b);
	ck_assert_uint_eq(b.len, 3);
	ck_assert_int_eq(memcmp(b.buf, "a\0b", 4), 0);
	buf_addch(&b, '\0');
	buf_addch(&b, 'c');
	ck_assert_uint_eq(b.len, 5);
	ck_assert_int_eq(memcmp(b.buf, "a\0b\0c", 6), 0);
	buf_ok(&b);
	buf_release(&b);
}
END_TEST

START_TEST(test_addstr_addch)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	buf_addstr(&b, "hello");
	buf_addch(&b, ',');
	buf_addch(&b, ' ');
	buf_addstr(&b, "world");
	ck_assert_str_eq(b.buf, "hello, world");
	ck_assert_uint_eq(b.len, 12);
	buf_reset(&b);
	for (i = 0; i < 1000; i++)
		buf_addch(&b, 'a' + i % 26);
	ck_assert_uint_eq(b.len, 1000);
	ck_assert_int_eq(b.buf[999], 'a' + 999 % 26);
	buf_ok(&b);
	buf_release(&b);
}
END_TEST

START_TEST(test_addf)
{
	struct buf	 b = BUF_INIT;
	char		 big[5001];

	buf_addf(&b, "%s=%d", "n", 42);
	ck_assert_str_eq(b.buf, "n=42");
	buf_addf(&b, "%s", "");
	ck_assert_str_eq(b.buf, "n=42");
	buf_ok(&b);

	/* far beyond the first allocation, and after existing text */
	memset(big, 'x', 5000);
	big[5000] = '\0';
	buf_addf(&b, "[%s]%05d", big, 7);
	ck_assert_uint_eq(b.len, 4 + 1 + 5000 + 1 + 5);
	ck_assert_int_eq(memcmp(b.buf, "n=42[xxx", 8), 0);
	ck_assert_str_eq(b.buf + 4 + 1 + 5000, "]00007");
	buf_ok(&b);
	buf_release(&b);

	/* the very first addition is long */
	buf_addf(&b, "%.*s|", 300, big);
	ck_assert_uint_eq(b.len, 301);
	ck_assert_int_eq(b.buf[299], 'x');
	ck_assert_int_eq(b.buf[300], '|');
	buf_ok(&b);
	buf_release(&b);
}
END_TEST

/* buf_addint writes what "%lld" does, to both ends of the range. */
START_TEST(test_addint)
{
	static const long long	 v[] = { 0, 7, -42, 1000000007LL, LLONG_MAX,
				    LLONG_MIN };
	struct buf		 b = BUF_INIT, want = BUF_INIT;
	size_t			 i;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		buf_addch(&b, '|');
		buf_addint(&b, v[i]);
		buf_addf(&want, "|%lld", v[i]);
	}
	ck_assert_str_eq(b.buf, want.buf);
	buf_ok(&b);
	buf_release(&b);
	buf_release(&want);
}

static void
vadd(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

START_TEST(test_vaddf)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	for (i = 0; i < 100; i++)
		vadd(&b, "%03d,", i);
	ck_assert_uint_eq(b.len, 400);
	ck_assert_int_eq(memcmp(b.buf, "000,001,", 8), 0);
	ck_assert_str_eq(b.buf + 396, "099,");
	buf_ok(&b);
	buf_release(&b);
}
END_TEST

START_TEST(test_grow)
{
	struct buf	 b = BUF_INIT;
	char		*p;

	buf_grow(&b, 100);
	ck_assert_uint_ge(b.alloc, 101);
	ck_assert_uint_eq(b.len, 0);
	buf_ok(&b);
	ck_assert_str_eq(b.buf, "");
	/* room made in advance is used without moving the storage */
	p = b.buf;
	buf_add(&b, "0123456789012345678901234567890123456789", 40);
	buf_add(&b, "0123456789012345678901234567890123456789", 40);
	ck_assert_ptr_eq(b.buf, p);
	buf_grow(&b, 0);
	ck_assert_ptr_eq(b.buf, p);
	buf_ok(&b);
	buf_release(&b);
}
END_TEST

START_TEST(test_setlen_reset)
{
	struct buf	 b = BUF_INIT;
	size_t		 alloc;

	buf_setlen(&b, 0);
	buf_reset(&b);
	buf_ok(&b);
	buf_addstr(&b, "abcdef");
	buf_setlen(&b, 3);
	ck_assert_str_eq(b.buf, "abc");
	ck_assert_uint_eq(b.len, 3);
	buf_ok(&b);
	buf_addstr(&b, "XY");
	ck_assert_str_eq(b.buf, "abcXY");
	buf_setlen(&b, 5);
	ck_assert_str_eq(b.buf, "abcXY");
	alloc = b.alloc;
	buf_reset(&b);
	ck_assert_uint_eq(b.len, 0);
	ck_assert_str_eq(b.buf, "");
	ck_assert_uint_eq(b.alloc, alloc);	/* storage kept for reuse */
	buf_ok(&b);
	buf_release(&b);
}
END_TEST

START_TEST(test_detach_release)
{
	struct buf	 b = BUF_INIT;
	char		*s;
	size_t		 len = 99;

	buf_addstr(&b, "owned");
	s = buf_detach(&b, &len);
	ck_assert_str_eq(s, "owned");
	ck_assert_uint_eq(len, 5);
	buf_ok(&b);
	ck_assert_ptr_eq(b.buf, buf_empty);
	ck_assert_uint_eq(b.alloc, 0);
	free(s);

	/* an empty buf still detaches a string the caller can free */
	s = buf_detach(&b, &len);
	ck_assert_ptr_nonnull(s);
	ck_assert_ptr_ne(s, buf_empty);
	ck_assert_str_eq(s, "");
	ck_assert_uint_eq(len, 0);
	buf_ok(&b);
	free(s);

	buf_add(&b, "a\0b", 3);
	s = buf_detach(&b, NULL);
	ck_assert_int_eq(memcmp(s, "a\0b", 4), 0);
	free(s);

	/* the buf works again after detach and release */
	buf_addstr(&b, "again");
	ck_assert_str_eq(b.buf, "again");
	buf_release(&b);
	buf_ok(&b);
	ck_assert_ptr_eq(b.buf, buf_empty);
	ck_assert_uint_eq(b.alloc, 0);
	buf_addstr(&b, "and again");
	ck_assert_str_eq(b.buf, "and again");
	buf_release(&b);
}
END_TEST

START_TEST(test_xfuncs)
{
	char	*s, *t;
	int	*v;
	size_t	 i;

	s = xstrndup("abcdef", 3);
	ck_assert_str_eq(s, "abc");
	free(s);
	s = xstrndup("abc", 0);
	ck_assert_str_eq(s, "");
	free(s);
	s = xstrdup("dup");
	t = xstrdup(s);
	ck_assert_ptr_ne(s, t);
	ck_assert_str_eq(t, "dup");
	free(s);
	free(t);

	ck_assert_int_eq(xasprintf(&s, "%s-%03d", "id", 7), 6);
	ck_assert_str_eq(s, "id-007");
	free(s);
	ck_assert_int_eq(xasprintf(&s, "%s", ""), 0);
	ck_assert_str_eq(s, "");
	free(s);

	s = xmalloc(0);
	ck_assert_ptr_nonnull(s);
	free(s);
	v = xcalloc(100, sizeof(*v));
	for (i = 0; i < 100; i++)
		ck_assert_int_eq(v[i], 0);
	v = xreallocarray(v, 1000, sizeof(*v));
	v[999] = 1;
	free(v);
	v = xreallocarray(NULL, 0, sizeof(*v));
	ck_assert_ptr_nonnull(v);
	free(v);
}
END_TEST

START_TEST(test_xreallocarray_overflow)
{
	/* SIZE_MAX / 2 * 3 does not fit: exit 71, never a short block */
	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
	xreallocarray(NULL, SIZE_MAX / 2, 3);
}
END_TEST

static Suite *
buf_suite(void)
{
	Suite	*s;
	TCase	*tc;

	s = suite_create("buf");

	tc = tcase_create("buf");
	tcase_add_test(tc, test_init);
	tcase_add_test(tc, test_add_growth);
	tcase_add_test(tc, test_add_nul);
	tcase_add_test(tc, test_addint);
	tcase_add_test(tc, test_addstr_addch);
	tcase_add_test(tc, test_addf);
	tcase_add_test(tc, test_vaddf);
	tcase_add_test(tc, test_grow);
	tcase_add_test(tc, test_setlen_reset);
	tcase_add_test(tc, test_detach_release);
	suite_add_tcase(s, tc);

	tc = tcase_create("xmalloc");
	tcase_add_test(tc, test_xfuncs);
	tcase_add_exit_test(tc, test_xreallocarray_overflow, EX_OSERR);
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

	sr = srunner_create(buf_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
