#include "config.h"

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/* The slug of title (fallback "note"), as a string to free. */
static char *
slug(const char *title)
{
	struct buf	 b = BUF_INIT;

	slug_make(title, "note", &b);
	return buf_detach(&b, NULL);
}

#define SLUG_IS(title, want) do {					\
	char	*got_ = slug(title);					\
	ck_assert_str_eq(got_, want);					\
	free(got_);							\
} while (0)

/* Append the UTF-8 encoding of a code point below U+0800. */
static void
put_utf8(struct buf *b, unsigned cp)
{
	if (cp < 0x80)
		buf_addch(b, (int)cp);
	else {
		buf_addch(b, (int)(0xC0 | (cp >> 6)));
		buf_addch(b, (int)(0x80 | (cp & 0x3F)));
	}
}

/* Whether s is a well-formed slug: [a-z0-9-], no "--", no edge '-'. */
static int
slug_ok(const char *s)
{
	size_t	 i, n = strlen(s);

	if (n == 0 || n > 60 || s[0] == '-' || s[n - 1] == '-')
		return 0;
	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '-'))
			return 0;
		if (s[i] == '-' && s[i + 1] == '-')
			return 0;
	}
	return 1;
}

START_TEST(test_ascii)
{
	SLUG_IS("Weekly check-in", "weekly-check-in");
	SLUG_IS("Public Speaking", "public-speaking");
	SLUG_IS("ABC xyz", "abc-xyz");
	SLUG_IS("a", "a");
}
END_TEST

START_TEST(test_digits)
{
	SLUG_IS("Q4 2026 review #3", "q4-2026-review-3");
	SLUG_IS("2026", "2026");
	SLUG_IS("1:1 with Jane", "1-1-with-jane");
}
END_TEST

START_TEST(test_punctuation)
{
	SLUG_IS("  --Hello, World!--  ", "hello-world");
	SLUG_IS("(draft) plan...", "draft-plan");
	SLUG_IS("a -- b", "a-b");
	SLUG_IS("a\t\n\rb", "a-b");
	SLUG_IS("tom's \"big\" idea?", "tom-s-big-idea");
	SLUG_IS("-x-", "x");
}
END_TEST

START_TEST(test_fold)
{
	SLUG_IS("Ça va? Ærø — Łódź", "ca-va-aero-lodz");
	SLUG_IS("Straße", "strasse");
	SLUG_IS("Œuvre", "oeuvre");
	SLUG_IS("þorn ðe", "thorn-de");
	SLUG_IS("Đuro Ħal ıı Ĳssel ŋ ſ", "duro-hal-ii-ijssel-n-s");
	SLUG_IS("Ångström", "angstrom");
	SLUG_IS("Søren Kierkegaard", "soren-kierkegaard");
	SLUG_IS("Ÿ ÿ", "y-y");
	/* × and ÷ are not letters */
	SLUG_IS("2×3÷4", "2-3-4");
	SLUG_IS("×÷", "note-cb8679");
}
END_TEST

/* Every letter of Latin-1 Supplement, 16 code points at a time. */
START_TEST(test_latin1_table)
{
	static const char *const want[] = {
		"aaaaaaaeceeeeiiii",	/* U+00C0 .. U+00CF */
		"dnooooo-ouuuuythss",	/* U+00D0 .. U+00DF */
		"aaaaaaaeceeeeiiii",	/* U+00E0 .. U+00EF */
		"dnooooo-ouuuuythy",	/* U+00F0 .. U+00FF */
	};
	struct buf	 t = BUF_INIT, out = BUF_INIT;
	unsigned	 row, cp;

	for (row = 0; row < 4; row++) {
		buf_reset(&t);
		buf_reset(&out);
		for (cp = 0xC0 + row * 16; cp < 0xC0 + row * 16 + 16; cp++)
			put_utf8(&t, cp);
		slug_make(t.buf, "note", &out);
		ck_assert_msg(strcmp(out.buf, want[row]) == 0,
		    "row U+%04X: got '%s', want '%s'", 0xC0 + row * 16,
		    out.buf, want[row]);
	}
	buf_release(&t);
	buf_release(&out);
}
END_TEST

/* Every letter of Latin Extended-A, 16 code points at a time. */
START_TEST(test_latin_ext_a_table)
{
	static const char *const want[] = {
		"aaaaaaccccccccdd",	/* U+0100 .. U+010F */
		"ddeeeeeeeeeegggg",	/* U+0110 .. U+011F */
		"gggghhhhiiiiiiii",	/* U+0120 .. U+012F */
		"iiijijjjkkklllllll",	/* U+0130 .. U+013F */
		"lllnnnnnnnnnoooo",	/* U+0140 .. U+014F */
		"oooeoerrrrrrssssss",	/* U+0150 .. U+015F */
		"ssttttttuuuuuuuu",	/* U+0160 .. U+016F */
		"uuuuwwyyyzzzzzzs",	/* U+0170 .. U+017F */
	};
	struct buf	 t = BUF_INIT, out = BUF_INIT;
	unsigned	 row, cp;

	for (row = 0; row < 8; row++) {
		buf_reset(&t);
		buf_reset(&out);
		for (cp = 0x100 + row * 16; cp < 0x100 + row * 16 + 16; cp++)
			put_utf8(&t, cp);
		slug_make(t.buf, "note", &out);
		ck_assert_msg(strcmp(out.buf, want[row]) == 0,
		    "row U+%04X: got '%s', want '%s'", 0x100 + row * 16,
		    out.buf, want[row]);
	}
	buf_release(&t);
	buf_release(&out);
}
END_TEST

START_TEST(test_outside_blocks)
{
	SLUG_IS("a©b", "a-b");		/* U+00A9, below the letters */
	SLUG_IS("a\xc2\xa0" "b", "a-b");	/* no-break space */
	SLUG_IS("a¿b°c", "a-b-c");
	SLUG_IS("aƀb", "a-b");		/* U+0180, Latin Extended-B */
	SLUG_IS("Ωmega", "mega");
	SLUG_IS("tokyo 東京 trip", "tokyo-trip");
	SLUG_IS("😀 party", "party");
}
END_TEST

START_TEST(test_invalid_utf8)
{
	SLUG_IS("a\xff" "b", "a-b");
	SLUG_IS("\xc1\x81", "note-9919b7");	/* overlong 'A' */
	SLUG_IS("x\xe0\x83\xa9y", "x-y");	/* overlong U+00E9 */
	SLUG_IS("x\xed\xa0\x80y", "x-y");	/* a surrogate */
	SLUG_IS("ab\xc3", "ab");		/* truncated at the end */
	SLUG_IS("\xc3" "a", "a");		/* lead byte, no continuation */
	SLUG_IS("\x80\x80z", "z");
	SLUG_IS("\xf4\x90\x80\x80q", "q");	/* above U+10FFFF */
}
END_TEST

/*
 * A title that folds to nothing gets the fallback and a stable suffix of
 * its own, so two such titles get two names; an empty one the fallback.
 */
START_TEST(test_fallback)
{
	struct buf	 b = BUF_INIT;

	SLUG_IS("日本語", "note-5f5ce7");
	SLUG_IS("..//..", "note-e320c3");
	SLUG_IS("", "note");
	SLUG_IS("   ", "note-384657");
	SLUG_IS("---", "note-e4dc86");

	slug_make("日本語", "person", &b);
	ck_assert_str_eq(b.buf, "person-5f5ce7");
	buf_reset(&b);
	slug_make("日本語", "person", &b);
	ck_assert_str_eq(b.buf, "person-5f5ce7");
	buf_reset(&b);
	slug_make("李小龍", "person", &b);
	ck_assert_str_eq(b.buf, "person-5bceda");
	buf_reset(&b);
	slug_make("..//..", "goal", &b);
	ck_assert_str_eq(b.buf, "goal-e320c3");
	buf_reset(&b);
	slug_make(NULL, "goal", &b);
	ck_assert_str_eq(b.buf, "goal");
	buf_reset(&b);
	slug_make("", NULL, &b);
	ck_assert_str_eq(b.buf, "note");
	buf_release(&b);
}
END_TEST

START_TEST(test_no_slash_or_dot)
{
	SLUG_IS("../../etc/passwd", "etc-passwd");
	SLUG_IS("notes.v2/final.md", "notes-v2-final-md");
	SLUG_IS(".hidden", "hidden");
}
END_TEST

START_TEST(test_length)
{
	struct buf	 t = BUF_INIT;
	char		*s, want[64];
	int		 i;

	/* 200 characters, a '-' falls exactly at byte 60 */
	for (i = 0; i < 20; i++)
		buf_addstr(&t, "abcdefghi ");
	ck_assert_uint_eq(t.len, 200);
	s = slug(t.buf);
	ck_assert_str_eq(s, "abcdefghi-abcdefghi-abcdefghi-abcdefghi-"
	    "abcdefghi-abcdefghi");
	ck_assert_uint_eq(strlen(s), 59);
	free(s);

	/* 200 letters: exactly 60 kept */
	buf_reset(&t);
	for (i = 0; i < 200; i++)
		buf_addch(&t, 'A' + i % 26);
	s = slug(t.buf);
	ck_assert_uint_eq(strlen(s), 60);
	ck_assert(strncmp(s, "abcdefghijklmnopqrstuvwxyzabcdefghij"
	    "klmnopqrstuvwxyzabcdefgh", 60) == 0);
	free(s);

	/* exactly 60 stays whole; 61 loses one */
	memset(want, 'k', 60);
	want[60] = '\0';
	SLUG_IS(want, want);
	buf_reset(&t);
	buf_add(&t, want, 60);
	buf_addch(&t, 'z');
	SLUG_IS(t.buf, want);

	/* a fold that spans the cut is cut too */
	buf_reset(&t);
	buf_add(&t, want, 59);
	buf_addstr(&t, "ß");
	s = slug(t.buf);
	ck_assert_uint_eq(strlen(s), 60);
	ck_assert_int_eq(s[59], 's');
	free(s);

	/* 2-byte letters count as the ASCII they fold to */
	buf_reset(&t);
	for (i = 0; i < 100; i++)
		buf_addstr(&t, "é");
	s = slug(t.buf);
	memset(want, 'e', 60);
	ck_assert_str_eq(s, want);
	free(s);

	/* the cut falls between words, never inside one */
	SLUG_IS("How to write Kubernetes operators that survive a rolling "
	    "upgrade of the control plane", "how-to-write-kubernetes-operators-"
	    "that-survive-a-rolling");
	SLUG_IS("Quarterly review of the onboarding programme with the "
	    "engineering managers", "quarterly-review-of-the-onboarding-"
	    "programme-with-the");
	/* a first word longer than the limit is cut where it must be */
	buf_reset(&t);
	buf_add(&t, want, 59);
	buf_addstr(&t, "kk and more");
	s = slug(t.buf);
	ck_assert_uint_eq(strlen(s), 60);
	ck_assert_int_eq(s[59], 'k');
	free(s);

	/* trailing punctuation after a long title */
	buf_reset(&t);
	for (i = 0; i < 59; i++)
		buf_addch(&t, 'q');
	buf_addstr(&t, " !!! more words");
	s = slug(t.buf);
	ck_assert_uint_eq(strlen(s), 59);
	ck_assert_int_ne(s[58], '-');
	free(s);
	buf_release(&t);
}
END_TEST

START_TEST(test_appends)
{
	struct buf	 b = BUF_INIT;
	struct buf	 t = BUF_INIT;
	int		 i;

	buf_addstr(&b, "log/2026-11-21-");
	slug_make("Weekly check-in", "note", &b);
	ck_assert_str_eq(b.buf, "log/2026-11-21-weekly-check-in");
	ck_assert_uint_eq(b.len, strlen(b.buf));

	buf_reset(&b);
	buf_addstr(&b, "people/");
	slug_make("日本語", "person", &b);
	ck_assert_str_eq(b.buf, "people/person-5f5ce7");

	/* the 60-byte limit counts the slug, not what came before */
	buf_reset(&b);
	buf_addstr(&b, "--prefix--");
	for (i = 0; i < 100; i++)
		buf_addch(&t, 'x');
	slug_make(t.buf, "note", &b);
	ck_assert_uint_eq(b.len, 10 + 60);
	ck_assert(strncmp(b.buf, "--prefix--xxx", 13) == 0);

	/* a prefix ending in '-' is not touched by the trailing-'-' rule */
	buf_reset(&b);
	buf_addstr(&b, "a-");
	slug_make("!!!", "goal", &b);
	ck_assert_str_eq(b.buf, "a-goal-53a722");
	buf_release(&b);
	buf_release(&t);
}
END_TEST

/* Random bytes and random Latin letters always give a well-formed slug. */
START_TEST(test_random)
{
	struct buf	 t = BUF_INIT, out = BUF_INIT;
	uint32_t	 seed = 12345;
	int		 round, i, n;

	for (round = 0; round < 2000; round++) {
		buf_reset(&t);
		buf_reset(&out);
		n = (int)(seed % 150);
		for (i = 0; i < n; i++) {
			seed = seed * 1103515245 + 12345;
			if (round % 2)
				put_utf8(&t, 0x20 + (seed >> 16) % 0x1A0);
			else if (((seed >> 16) & 0xFF) != 0)
				buf_addch(&t, (int)((seed >> 16) & 0xFF));
		}
		seed = seed * 1103515245 + 12345;
		slug_make(t.buf, "note", &out);
		ck_assert_msg(slug_ok(out.buf), "bad slug '%s'", out.buf);
	}
	buf_release(&t);
	buf_release(&out);
}
END_TEST

static Suite *
slug_suite(void)
{
	Suite	*s = suite_create("slug");
	TCase	*tc = tcase_create("slug_make");

	tcase_add_test(tc, test_ascii);
	tcase_add_test(tc, test_digits);
	tcase_add_test(tc, test_punctuation);
	tcase_add_test(tc, test_fold);
	tcase_add_test(tc, test_latin1_table);
	tcase_add_test(tc, test_latin_ext_a_table);
	tcase_add_test(tc, test_outside_blocks);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_fallback);
	tcase_add_test(tc, test_no_slash_or_dot);
	tcase_add_test(tc, test_length);
	tcase_add_test(tc, test_appends);
	tcase_add_test(tc, test_random);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr = srunner_create(slug_suite());
	int	 failed;

	(void)argc;
	progname_set(argv);

	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
