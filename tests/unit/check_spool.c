#include "config.h"

#include <check.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "spool.h"

/*
 * spool.c: records kept by group, given back a group at a time in the
 * order they were added, in memory or (past 2 MiB) spilt to a temporary
 * file in chunks.  Each record here says which group and which place in
 * it it was added as, and carries filler bytes that depend on both, so
 * the callback can tell a record out of place, cut short or mixed up.
 */
#define SPOOL_MEM	(2U * 1024 * 1024)	/* past spool.c's budget (512 KiB) */

/* The record added as the seq-th of group g: 8 bytes, then filler. */
static size_t
make(uint32_t g, uint32_t seq, unsigned char *rec, size_t max)
{
	size_t	 len = 8 + (seq * 7 + g) % 150, i;

	ck_assert_uint_le(len, max);
	memcpy(rec, &g, 4);
	memcpy(rec + 4, &seq, 4);
	for (i = 8; i < len; i++)
		rec[i] = (unsigned char)('a' + (g + seq + i) % 26);
	return len;
}

/* What spool_each must give: group g's records 0, 1, ... in order. */
struct expect {
	uint32_t	 g;
	uint32_t	 next;
};

static void
check_rec(void *ctx, const void *rec, size_t len)
{
	struct expect	*c = ctx;
	unsigned char	 want[200];
	size_t		 n = make(c->g, c->next, want, sizeof(want));

	ck_assert_msg(len == n && memcmp(rec, want, n) == 0,
	    "group %u: record %u is not the one added as such", c->g,
	    c->next);
	c->next++;
}

/* Add n records to groups as group_of(i) says; count them per group. */
static void
fill(struct spool *sp, size_t n, uint32_t ngroups, uint32_t *count,
    uint32_t (*group_of)(size_t, uint32_t))
{
	unsigned char	 rec[200];
	size_t		 i, len;
	uint32_t	 g;

	for (i = 0; i < n; i++) {
		g = group_of(i, ngroups);
		len = make(g, count[g]++, rec, sizeof(rec));
		spool_add(sp, g, rec, len);
	}
}

/* Give back every group, first to last or backwards, and check it. */
static void
drain(struct spool *sp, uint32_t ngroups, const uint32_t *count,
    int backwards)
{
	struct expect	 c;
	uint32_t	 k;

	for (k = 0; k < ngroups; k++) {
		c.g = backwards ? ngroups - 1 - k : k;
		c.next = 0;
		spool_each(sp, c.g, check_rec, &c);
		ck_assert_msg(c.next == count[c.g], "group %u: %u records, "
		    "%u added", c.g, c.next, count[c.g]);
	}
}

static uint32_t
scattered(size_t i, uint32_t ngroups)
{
	return (uint32_t)((i * 7919 + i / 3) % ngroups);
}

static uint32_t
runs(size_t i, uint32_t ngroups)
{
	return (uint32_t)(i / 1000 % ngroups);
}

/* A few records, all in memory. */
START_TEST(test_small)
{
	struct spool	*sp = spool_new();
	uint32_t	 count[3] = { 0, 0, 0 };

	fill(sp, 10, 3, count, scattered);
	drain(sp, 3, count, 0);
	/* A group can be given back again, in any order. */
	drain(sp, 3, count, 1);
	spool_free(sp);
	spool_free(NULL);
}
END_TEST

/* Past the memory budget, again and again: chunks in a file. */
START_TEST(test_spill)
{
	struct spool	*sp = spool_new();
	uint32_t	 count[40];
	size_t		 n;

	memset(count, 0, sizeof(count));
	/* Some 5 MiB of records: two chunks written, a third in memory. */
	fill(sp, 64000, 40, count, scattered);
	for (n = 0; n < 40; n++)
		ck_assert_uint_gt(count[n], 1000);
	drain(sp, 40, count, 0);
	drain(sp, 40, count, 1);
	spool_free(sp);

	/* Groups in long runs: a group split across chunks. */
	sp = spool_new();
	memset(count, 0, sizeof(count));
	fill(sp, 70000, 7, count, runs);
	drain(sp, 7, count, 1);
	spool_free(sp);
}
END_TEST

/* What a group gave back: each record, or its first byte and length. */
static void
collect(void *ctx, const void *rec, size_t len)
{
	struct buf	*b = ctx;

	if (len > 64)
		buf_addf(b, "%c*%zu|", *(const char *)rec, len);
	else {
		buf_add(b, rec, len);
		buf_addch(b, '|');
	}
}

#define GROUP_IS(sp, g, want) do {					\
	struct buf b_ = BUF_INIT;					\
									\
	spool_each((sp), (g), collect, &b_);				\
	ck_assert_str_eq(b_.buf, (want));				\
	buf_release(&b_);						\
} while (0)

/* Records as big as the budget: each spills what is in memory. */
START_TEST(test_big_records)
{
	struct spool	*sp = spool_new();
	char		*big = xmalloc(SPOOL_MEM + 1);
	int		 i;

	for (i = 0; i < 3; i++) {
		memset(big, 'A' + i, SPOOL_MEM + 1);
		spool_add(sp, 5, big, SPOOL_MEM + 1);
		spool_add(sp, 4, "small", 5);
		spool_add(sp, 4, "", 0);
	}
	free(big);
	GROUP_IS(sp, 5, "A*2097153|B*2097153|C*2097153|");
	GROUP_IS(sp, 4, "small||small||small||");
	spool_free(sp);
}
END_TEST

/*
 * Thousands of groups, a quarter of them empty, group numbers up to the
 * largest; a group never added to gives nothing.
 */
START_TEST(test_many_groups)
{
	static uint32_t	 count[5000];
	struct spool	*sp = spool_new();
	unsigned char	 rec[200];
	struct expect	 c;
	uint32_t	 g, r;
	size_t		 len;

	memset(count, 0, sizeof(count));
	for (r = 0; r < 3; r++)
		for (g = 0; g < 5000; g++)
			if (r < g % 4) {
				len = make(g, count[g]++, rec, sizeof(rec));
				spool_add(sp, g, rec, len);
			}
	spool_add(sp, UINT32_MAX, "last", 4);
	spool_add(sp, UINT32_MAX - 1, "next to last", 12);
	drain(sp, 5000, count, 1);
	for (g = 0; g < 5000; g += 4)
		ck_assert_uint_eq(count[g], 0);
	GROUP_IS(sp, UINT32_MAX, "last|");
	GROUP_IS(sp, UINT32_MAX - 1, "next to last|");
	GROUP_IS(sp, 5000, "");
	c.g = 4;
	c.next = 0;
	spool_each(sp, 4, check_rec, &c);
	ck_assert_uint_eq(c.next, 0);
	spool_free(sp);

	/* Nothing added at all. */
	sp = spool_new();
	GROUP_IS(sp, 0, "");
	GROUP_IS(sp, 7, "");
	spool_free(sp);
}
END_TEST

/* A record of strings and numbers, read back; NULL stays NULL. */
static void
fields(void *ctx, const void *rec, size_t len)
{
	const char	*p = rec;
	int		*n = ctx;

	if ((*n)++ % 2 == 1) {
		ck_assert_ptr_null(sp_getstr(&p));
		ck_assert_ptr_eq(p, (const char *)rec + len);
		return;
	}
	ck_assert_str_eq(sp_getstr(&p), "jane");
	ck_assert_ptr_null(sp_getstr(&p));
	ck_assert_int_eq(sp_getint(&p), -42);
	ck_assert_str_eq(sp_getstr(&p), "");
	ck_assert_int_eq(sp_getint(&p), INT64_MAX);
	ck_assert_int_eq(sp_getint(&p), INT64_MIN);
	ck_assert_str_eq(sp_getstr(&p), "\xc3\xa9\tx");
	ck_assert_ptr_null(sp_getstr(&p));
	ck_assert_int_eq(sp_getint(&p), 0);
	ck_assert_ptr_eq(p, (const char *)rec + len);
}

START_TEST(test_strings)
{
	struct spool	*sp = spool_new();
	struct buf	 b = BUF_INIT;
	char		 filler[1000];
	int		 i, n = 0;

	memset(filler, 'f', sizeof(filler));
	for (i = 0; i < 4; i++) {
		buf_reset(&b);
		sp_str(&b, "jane");
		sp_str(&b, NULL);
		sp_int(&b, -42);
		sp_str(&b, "");
		sp_int(&b, INT64_MAX);
		sp_int(&b, INT64_MIN);
		sp_str(&b, "\xc3\xa9\tx");
		sp_str(&b, NULL);
		sp_int(&b, 0);
		spool_add(sp, 1, b.buf, b.len);
		buf_reset(&b);
		sp_str(&b, NULL);
		spool_add(sp, 1, b.buf, b.len);
		/* Between them, enough to spill. */
		for (n = 0; n < 1500; n++)
			spool_add(sp, 2, filler, sizeof(filler));
	}
	n = 0;
	spool_each(sp, 1, fields, &n);
	ck_assert_int_eq(n, 8);
	buf_release(&b);
	spool_free(sp);
}
END_TEST

/* Giving back ends adding. */
START_TEST(test_add_after_each)
{
	struct spool	*sp = spool_new();
	int		 fd;

	/* The message is not this test's business. */
	ck_assert_int_ne(fd = open("/dev/null", O_WRONLY), -1);
	ck_assert_int_eq(dup2(fd, 2), 2);
	spool_add(sp, 1, "a", 1);
	GROUP_IS(sp, 1, "a|");
	spool_add(sp, 1, "b", 1);
}
END_TEST

static Suite *
spool_suite(void)
{
	Suite	*s = suite_create("spool");
	TCase	*tc = tcase_create("spool");

	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_small);
	tcase_add_test(tc, test_spill);
	tcase_add_test(tc, test_big_records);
	tcase_add_test(tc, test_many_groups);
	tcase_add_test(tc, test_strings);
	tcase_add_exit_test(tc, test_add_after_each, EX_SOFTWARE);
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

	sr = srunner_create(spool_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
