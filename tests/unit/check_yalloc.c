#include "config.h"

#include <check.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/* Every test starts from an empty arena, with one chunk kept or none. */
static void
setup(void)
{
	yalloc_reset();
}

static int
aligned(const void *p)
{
	return ((uintptr_t)p & 15) == 0;
}

/*
 * Under AddressSanitizer (gcc's or clang's), what the arena has not
 * handed out is poisoned: past a block, and every block after a reset.
 */
#if defined(MENTOR_ASAN)
#include <sanitizer/asan_interface.h>

START_TEST(test_poisoned)
{
	unsigned char	*p = yalloc_malloc(24);

	ck_assert_int_eq(__asan_address_is_poisoned(p), 0);
	ck_assert_int_eq(__asan_address_is_poisoned(p + 23), 0);
	ck_assert_int_ne(__asan_address_is_poisoned(p + 24), 0);
	yalloc_reset();
	ck_assert_int_ne(__asan_address_is_poisoned(p), 0);
}
END_TEST
#endif

START_TEST(test_blocks)
{
	static const size_t sizes[] = { 0, 1, 15, 16, 17, 100, 1000, 4096 };
	unsigned char	*p[8];
	unsigned long	 before = yalloc_count();
	size_t		 i, k;

	for (i = 0; i < 8; i++) {
		p[i] = yalloc_malloc(sizes[i]);
		ck_assert_ptr_nonnull(p[i]);
		ck_assert(aligned(p[i]));
		memset(p[i], (int)i + 1, sizes[i]);
	}
	ck_assert_uint_eq(yalloc_count() - before, 8);
	/* No block overlaps another: each still holds its own bytes. */
	for (i = 0; i < 8; i++)
		for (k = 0; k < sizes[i]; k++)
			ck_assert_uint_eq(p[i][k], i + 1);
	for (i = 1; i < 8; i++)
		ck_assert(p[i] >= p[i - 1] + (sizes[i - 1] ? sizes[i - 1] : 1));
}
END_TEST

START_TEST(test_free_last)
{
	char	*a, *b, *c;

	a = yalloc_malloc(40);
	yalloc_free(a);
	/* The last block's bytes are used again at once. */
	ck_assert_ptr_eq(yalloc_malloc(40), a);
	b = yalloc_malloc(40);
	yalloc_free(a);		/* not the last: left to the reset */
	c = yalloc_malloc(40);
	ck_assert_ptr_ne(c, a);
	ck_assert_ptr_ne(c, b);
	yalloc_free(NULL);
	yalloc_free(c);
	yalloc_free(c - 64);	/* b: no longer last after c came and went */
	ck_assert_ptr_eq(yalloc_malloc(8), c);
}
END_TEST

START_TEST(test_realloc)
{
	char	*p, *q, *r;
	size_t	 i;

	p = yalloc_realloc(NULL, 10);
	memcpy(p, "0123456789", 10);
	/* The last block grows and shrinks where it is. */
	q = yalloc_realloc(p, 5000);
	ck_assert_ptr_eq(q, p);
	ck_assert_mem_eq(q, "0123456789", 10);
	memset(q + 10, 'x', 4990);
	q = yalloc_realloc(q, 20);
	ck_assert_ptr_eq(q, p);
	r = yalloc_malloc(1);
	ck_assert(r >= q + 20);
	/* Any other block moves, with its bytes. */
	q = yalloc_realloc(p, 3000);
	ck_assert_ptr_ne(q, p);
	ck_assert_mem_eq(q, "0123456789", 10);
	for (i = 10; i < 20; i++)
		ck_assert_int_eq(q[i], 'x');
	/* ...and a smaller size keeps what fits. */
	r = yalloc_malloc(1);
	p = yalloc_realloc(q, 4);
	ck_assert_ptr_ne(p, q);
	ck_assert_mem_eq(p, "0123", 4);
}
END_TEST

START_TEST(test_strdup)
{
	char	*s = yalloc_strdup("tag:yaml.org,2002:");

	ck_assert_str_eq(s, "tag:yaml.org,2002:");
	ck_assert(aligned(s));
	ck_assert_str_eq(yalloc_strdup(""), "");
}
END_TEST

START_TEST(test_big)
{
	size_t	 big = 1024 * 1024, i;
	char	*first, *p, *q;

	first = yalloc_malloc(8);
	/* Larger than a chunk: a chunk of its own. */
	p = yalloc_malloc(big);
	ck_assert_ptr_nonnull(p);
	memset(p, 'b', big);
	/* The chunk filled up: the next block starts another. */
	for (i = 0; i < 40; i++)
		memset(yalloc_malloc(5000), 'c', 5000);
	q = yalloc_realloc(p, 2 * big);
	ck_assert_ptr_nonnull(q);
	for (i = 0; i < big; i++)
		if (q[i] != 'b')
			ck_abort_msg("byte %zu lost in realloc", i);
	yalloc_reset();
	/* The first chunk stays: the next parse starts where this one did. */
	ck_assert_ptr_eq(yalloc_malloc(8), first);
	yalloc_done();
	yalloc_done();
	ck_assert_ptr_nonnull(yalloc_malloc(8));
}
END_TEST

START_TEST(test_too_big)
{
	char	*p = yalloc_malloc(16);

	memcpy(p, "kept", 5);
	ck_assert_ptr_null(yalloc_malloc(SIZE_MAX));
	ck_assert_ptr_null(yalloc_malloc(SIZE_MAX - 8));
	ck_assert_ptr_null(yalloc_malloc(SIZE_MAX / 2));
	ck_assert_ptr_null(yalloc_realloc(p, SIZE_MAX - 15));
	/* A failed realloc leaves the block as it was, and still last. */
	ck_assert_str_eq(p, "kept");
	ck_assert_ptr_eq(yalloc_realloc(p, 32), p);
}
END_TEST

struct side {
	char		*p[64];
	unsigned long	 count;
};

static void *
side_thread(void *arg)
{
	struct side	*s = arg;
	size_t		 i;

	yalloc_reset();
	for (i = 0; i < 64; i++) {
		s->p[i] = yalloc_malloc(100);
		memset(s->p[i], 't', 100);
	}
	s->count = yalloc_count();
	yalloc_done();
	return NULL;
}

/* Each thread has its arena: one's reset leaves another's blocks be. */
START_TEST(test_threads)
{
	struct side	 s;
	pthread_t	 t;
	unsigned long	 before = yalloc_count();
	char		*mine[64];
	size_t		 i, k;

	for (i = 0; i < 64; i++) {
		mine[i] = yalloc_malloc(100);
		memset(mine[i], 'm', 100);
	}
	ck_assert_int_eq(pthread_create(&t, NULL, side_thread, &s), 0);
	ck_assert_int_eq(pthread_join(t, NULL), 0);
	ck_assert_uint_eq(s.count, 64);
	ck_assert_uint_eq(yalloc_count() - before, 64);
	for (i = 0; i < 64; i++) {
		for (k = 0; k < 64; k++)
			ck_assert_ptr_ne(mine[i], s.p[k]);
		for (k = 0; k < 100; k++)
			ck_assert_int_eq(mine[i][k], 'm');
	}
}
END_TEST

static int
parse(struct doc *d, const char *s, struct doc_error *e)
{
	size_t	 n = strlen(s);
	char	*data = xmalloc(n + 1);

	memcpy(data, s, n + 1);
	memset(d, 0, sizeof(*d));
	memset(e, 0, sizeof(*e));
	return doc_parse(d, "t.md", data, n, e);
}

/*
 * libyaml takes its memory from the arena when the build linked the
 * renamed copy of it (HAVE_YAML_ARENA), and never touches it otherwise;
 * parse_yaml gives it all back.
 */
START_TEST(test_libyaml)
{
	struct doc		 d;
	struct doc_error	 e;
	unsigned long		 before = yalloc_count();
	char			*first;

	ck_assert_int_eq(parse(&d, "---\ntitle: One\ntags: [a, b]\n---\n",
	    &e), 0);
	ck_assert_str_eq(fm_str(&d, "title"), "One");
	doc_free(&d);
#ifdef HAVE_YAML_ARENA
	ck_assert_uint_gt(yalloc_count() - before, 10);
	/* All of it came back: the next block is the chunk's first. */
	first = yalloc_malloc(1);
	yalloc_reset();
	before = yalloc_count();
	ck_assert_int_eq(parse(&d, "---\ntitle: Two\n---\n", &e), 0);
	doc_free(&d);
	ck_assert_ptr_eq(yalloc_malloc(1), first);
#else
	(void)first;
	ck_assert_uint_eq(yalloc_count(), before);
#endif
}
END_TEST

/* A front matter too big for one chunk, between two small ones. */
START_TEST(test_libyaml_big)
{
	struct doc		 d;
	struct doc_error	 e;
	struct buf		 b = BUF_INIT;
	size_t			 i;

	ck_assert_int_eq(parse(&d, "---\ntitle: Before\n---\n", &e), 0);
	ck_assert_str_eq(fm_str(&d, "title"), "Before");
	doc_free(&d);
	buf_addstr(&b, "---\ntitle: \"");
	for (i = 0; i < 300000; i++)
		buf_addch(&b, (char)('a' + i % 26));
	buf_addstr(&b, "\"\nbad: [unclosed\n---\n");
	/* An error half way: the memory comes back all the same. */
	ck_assert_int_eq(parse(&d, b.buf, &e), EX_DATAERR);
	ck_assert_uint_eq(e.line, 3);
	doc_free(&d);
	buf_setlen(&b, b.len - strlen("bad: [unclosed\n---\n"));
	buf_addstr(&b, "---\n");
	ck_assert_int_eq(parse(&d, b.buf, &e), 0);
	ck_assert_uint_eq(strlen(fm_str(&d, "title")), 300000);
	ck_assert_int_eq(fm_str(&d, "title")[299999], 'a' + 299999 % 26);
	doc_free(&d);
	buf_release(&b);
	ck_assert_int_eq(parse(&d, "---\ntitle: After\n---\n", &e), 0);
	ck_assert_str_eq(fm_str(&d, "title"), "After");
	doc_free(&d);
}
END_TEST

static Suite *
yalloc_suite(void)
{
	Suite	*s = suite_create("yalloc");
	TCase	*tc = tcase_create("core");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_add_test(tc, test_blocks);
	tcase_add_test(tc, test_free_last);
	tcase_add_test(tc, test_realloc);
	tcase_add_test(tc, test_strdup);
	tcase_add_test(tc, test_big);
	tcase_add_test(tc, test_too_big);
	tcase_add_test(tc, test_threads);
	tcase_add_test(tc, test_libyaml);
	tcase_add_test(tc, test_libyaml_big);
#if defined(MENTOR_ASAN)
	tcase_add_test(tc, test_poisoned);
#endif
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner	*sr = srunner_create(yalloc_suite());
	int	 failed;

	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
