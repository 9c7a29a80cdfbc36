#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * The three-way merge of records: every case is a base, ours and theirs,
 * the exact bytes expected and the number of conflicts.  git merge-file
 * must be in PATH.
 */

#define BOM	"\xEF\xBB\xBF"

struct mcase {
	const char	*name;
	const char	*o, *a, *b;
	const char	*want;
	int		 conflicts;
	int		 marker;	/* 0: 7 */
};

#define G0 "---\ntitle: Speak\nstatus: active  # why\nskills: [a, b]\n" \
	"due: 2027-06-30\n---\nWhy.\n\n## Milestones\n" \
	"- [ ] One due:2026-10-15\n- [ ] Two\n- [ ] Three\n"

static const struct mcase cases[] = {
	{ "nothing changed", G0, G0, G0, G0, 0, 0 },
	{ "different keys on adjacent lines",
	  G0,
	  "---\ntitle: Speak\nstatus: paused  # why\nskills: [a, b]\n"
	  "due: 2027-06-30\n---\nWhy.\n\n## Milestones\n"
	  "- [ ] One due:2026-10-15\n- [ ] Two\n- [ ] Three\n",
	  "---\ntitle: Speak up\nstatus: active  # why\nskills: [a, b]\n"
	  "due: 2027-06-30\n---\nWhy.\n\n## Milestones\n"
	  "- [ ] One due:2026-10-15\n- [ ] Two\n- [ ] Three\n",
	  "---\ntitle: Speak up\nstatus: paused  # why\nskills: [a, b]\n"
	  "due: 2027-06-30\n---\nWhy.\n\n## Milestones\n"
	  "- [ ] One due:2026-10-15\n- [ ] Two\n- [ ] Three\n", 0, 0 },
	{ "one key changed two ways: ours in force, theirs commented",
	  "---\ntitle: T\nstatus: active\ndue: 2027-01-01\n---\n",
	  "---\ntitle: T\nstatus: done\ndue: 2027-01-01\n---\n",
	  "---\ntitle: T\nstatus: paused  # for now\ndue: 2027-02-01\n---\n",
	  "---\ntitle: T\n# <<<<<<< ours\nstatus: done\n# =======\n"
	  "# status: paused  # for now\n# >>>>>>> theirs\ndue: 2027-02-01\n"
	  "---\n", 1, 0 },
	{ "the same change on both sides is no conflict",
	  "---\ntitle: T\nstatus: active\n---\n",
	  "---\ntitle: T\nstatus: done\n---\n",
	  "---\ntitle: T\nstatus: done\n---\n",
	  "---\ntitle: T\nstatus: done\n---\n", 0, 0 },
	{ "a list field both changed: a set, in ours' flow style",
	  "---\nwith: [jane, sam]\n---\n",
	  "---\nwith: [jane, sam, tom]\n---\n",
	  "---\nwith: [sam, maria]\n---\n",
	  "---\nwith: [sam, tom, maria]\n---\n", 0, 0 },
	{ "a list field both changed: in ours' block style",
	  "---\ntags:\n  - a\n  - b\ntitle: T\n---\n",
	  "---\ntags:\n  - a\n  - b\n  - c\ntitle: T\n---\n",
	  "---\ntags: [b, \"d: e\"]\ntitle: T\n---\n",
	  "---\ntags:\n  - b\n  - c\n  - \"d: e\"\ntitle: T\n---\n", 0, 0 },
	{ "a key theirs added comes after the key it follows there",
	  "---\ntitle: T\nstatus: active\n---\nx\n",
	  "---\ntitle: T\nstatus: active\ndue: 2027-01-01\n---\nx\n",
	  "---\ntitle: T\nterm: long\nstatus: active\n---\nx\n",
	  "---\ntitle: T\nterm: long\nstatus: active\ndue: 2027-01-01\n"
	  "---\nx\n", 0, 0 },
	{ "a key removed on one side, left on the other: removed",
	  "---\ntitle: T\ncontacted: 2026-01-01\nstatus: prospect\n---\n",
	  "---\ntitle: T\nstatus: active\n---\n",
	  "---\ntitle: T\ncontacted: 2026-01-01\nstatus: prospect\n"
	  "channel: video\n---\n",
	  "---\ntitle: T\nstatus: active\nchannel: video\n---\n", 0, 0 },
	{ "removed on one side, changed on the other: a conflict",
	  "---\ntitle: T\ndue: 2026-01-01\n---\n",
	  "---\ntitle: T\n---\n",
	  "---\ntitle: T\ndue: 2026-02-01\n---\n",
	  "---\ntitle: T\n# <<<<<<< ours\n# =======\n# due: 2026-02-01\n"
	  "# >>>>>>> theirs\n---\n", 1, 0 },
	{ "different items ticked on adjacent lines",
	  G0,
	  "---\ntitle: Speak\nstatus: active  # why\nskills: [a, b]\n"
	  "due: 2027-06-30\n---\nWhy.\n\n## Milestones\n"
	  "- [x] One due:2026-10-15 done:2026-10-12\n- [ ] Two\n- [ ] Three\n",
	  "---\ntitle: Speak\nstatus: active  # why\nskills: [a, b]\n"
	  "due: 2027-06-30\n---\nWhy.\n\n## Milestones\n"
	  "- [ ] One due:2026-10-15\n- [/] Two\n- [-] Three\n",
	  "---\ntitle: Speak\nstatus: active  # why\nskills: [a, b]\n"
	  "due: 2027-06-30\n---\nWhy.\n\n## Milestones\n"
	  "- [x] One due:2026-10-15 done:2026-10-12\n- [/] Two\n- [-] Three\n",
	  0, 0 },
	{ "items added on both sides at the end: ours', then theirs'",
	  "---\n---\n## Action items\n- [ ] A\n",
	  "---\n---\n## Action items\n- [ ] A\n- [ ] B\n",
	  "---\n---\n## Action items\n- [ ] A\n- [ ] C due:2026-12-01\n"
	  "- [ ] B\n",
	  "---\n---\n## Action items\n- [ ] A\n- [ ] B\n"
	  "- [ ] C due:2026-12-01\n", 0, 0 },
	{ "adjacent items reworded on each side",
	  "---\n---\n- [ ] A\n- [ ] B\n- [ ] C\n",
	  "---\n---\n- [ ] A, better\n- [ ] B\n- [ ] C\n",
	  "---\n---\n- [ ] A\n- [x] B, said otherwise\n- [ ] C\n",
	  "---\n---\n- [ ] A, better\n- [x] B, said otherwise\n- [ ] C\n",
	  0, 0 },
	{ "an item reworded on one side, items added next to it on the other",
	  "---\n---\n- [ ] A\n- [ ] B\n",
	  "---\n---\n- [ ] A\n- [ ] B, reworded\n",
	  "---\n---\n- [ ] A\n- [ ] B\n- [ ] C\n",
	  "---\n---\n- [ ] A\n- [ ] B, reworded\n- [ ] C\n", 0, 0 },
	{ "one item changed two ways: markers around it",
	  "---\n---\n- [ ] A\n- [ ] B\n",
	  "---\n---\n- [x] A done:2026-11-01\n- [ ] B\n",
	  "---\n---\n- [-] A\n- [ ] B\n",
	  "---\n---\n<<<<<<< ours\n- [x] A done:2026-11-01\n=======\n"
	  "- [-] A\n>>>>>>> theirs\n- [ ] B\n", 1, 0 },
	{ "one item's text changed two ways: markers, of git's size",
	  "---\n---\n- [ ] A\n",
	  "---\n---\n- [ ] A one way\n",
	  "---\n---\n- [ ] A another\n",
	  "---\n---\n<<<<<<<<< ours\n- [ ] A one way\n=========\n"
	  "- [ ] A another\n>>>>>>>>> theirs\n", 1, 9 },
	{ "prose changed two ways: git's line merge, markers",
	  "---\n---\nWhy.\n\nMore.\n",
	  "---\n---\nWhy not.\n\nMore.\n",
	  "---\n---\nWhy so.\n\nMore, and more.\n",
	  "---\n---\n<<<<<<< ours\nWhy not.\n=======\nWhy so.\n>>>>>>> theirs\n"
	  "\nMore, and more.\n", 1, 0 },
	{ "CRLF ours, LF theirs: CRLF throughout, theirs' change in",
	  "---\r\ntitle: T\r\nstatus: active\r\n---\r\n- [ ] A\r\n- [ ] B\r\n",
	  "---\r\ntitle: T\r\nstatus: paused\r\n---\r\n- [x] A\r\n- [ ] B\r\n",
	  "---\ntitle: T2\nstatus: active\n---\n- [ ] A\n- [x] B\n",
	  "---\r\ntitle: T2\r\nstatus: paused\r\n---\r\n- [x] A\r\n"
	  "- [x] B\r\n", 0, 0 },
	{ "a BOM and comments, quoting, blank lines kept",
	  BOM "---\n# header\ntitle: 'It''s'   # q\n\nstatus: active\n---\n"
	  "Body\n",
	  BOM "---\n# header\ntitle: 'It''s'   # q\n\nstatus: done\n---\n"
	  "Body\n",
	  BOM "---\n# header\ntitle: 'It''s'   # q\n\nstatus: active\n---\n"
	  "Body, more\n",
	  BOM "---\n# header\ntitle: 'It''s'   # q\n\nstatus: done\n---\n"
	  "Body, more\n", 0, 0 },
	{ "not a record: git's line merge of the whole",
	  "# Notes\n\none\ntwo\n",
	  "# Notes\n\none!\ntwo\n",
	  "# Notes\n\none?\ntwo\n",
	  "# Notes\n\n<<<<<<< ours\none!\n=======\none?\n>>>>>>> theirs\ntwo\n",
	  1, 0 },
	{ "a flow mapping front matter: merged as one",
	  "---\n{a: 1, b: 2}\n---\nx\n",
	  "---\n{a: 1, b: 3}\n---\nx\n",
	  "---\n{a: 1, b: 2}\n---\ny\n",
	  "---\n{a: 1, b: 3}\n---\ny\n", 0, 0 },
};

START_TEST(test_merge)
{
	const struct mcase	*c = &cases[_i];
	const char		*data[3];
	size_t			 len[3];
	struct buf		 out = BUF_INIT;
	int			 n = -1;

	data[0] = c->o;
	data[1] = c->a;
	data[2] = c->b;
	len[0] = strlen(c->o);
	len[1] = strlen(c->a);
	len[2] = strlen(c->b);
	ck_assert_int_eq(merge_record(data, len, c->marker ? c->marker : 7,
	    "x.md", &out, &n), 0);
	ck_assert_msg(strcmp(out.buf, c->want) == 0, "%s: got\n%s\nwant\n%s",
	    c->name, out.buf, c->want);
	ck_assert_msg(n == c->conflicts, "%s: %d conflicts, want %d", c->name,
	    n, c->conflicts);
	buf_release(&out);
}
END_TEST

/* Theirs and ours swapped: the same merge, but for what stays ours. */
START_TEST(test_symmetric)
{
	const struct mcase	*c = &cases[_i];
	const char		*ab[3], *ba[3];
	size_t			 lab[3], lba[3];
	struct buf		 x = BUF_INIT, y = BUF_INIT;
	int			 n1, n2;

	if (c->conflicts > 0 || strstr(c->name, "CRLF") != NULL ||
	    strstr(c->name, "added") != NULL ||
	    strstr(c->name, "list") != NULL)
		return;
	ab[0] = ba[0] = c->o;
	ab[1] = ba[2] = c->a;
	ab[2] = ba[1] = c->b;
	lab[0] = lba[0] = strlen(c->o);
	lab[1] = lba[2] = strlen(c->a);
	lab[2] = lba[1] = strlen(c->b);
	ck_assert_int_eq(merge_record(ab, lab, 7, "x.md", &x, &n1), 0);
	ck_assert_int_eq(merge_record(ba, lba, 7, "x.md", &y, &n2), 0);
	ck_assert_msg(strcmp(x.buf, y.buf) == 0, "%s: %s\nvs\n%s", c->name,
	    x.buf, y.buf);
	buf_release(&x);
	buf_release(&y);
}
END_TEST

static Suite *
merge_suite(void)
{
	Suite	*s = suite_create("merge");
	TCase	*tc = tcase_create("merge");

	tcase_add_loop_test(tc, test_merge, 0, sizeof(cases) /
	    sizeof(cases[0]));
	tcase_add_loop_test(tc, test_symmetric, 0, sizeof(cases) /
	    sizeof(cases[0]));
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
	sr = srunner_create(merge_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
