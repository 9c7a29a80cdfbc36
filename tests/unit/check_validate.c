#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "fixture.h"

/*
 * validate.c: mentor-check's checks, one record at a time.  One journal
 * is written before the tests fork:
 *
 *   mentor.yaml
 *   people/jane-smith.md, people/bob.md
 *   goals/public-speaking.md, goals/delegation.md
 *   log/2024/2025-12-01-review.md   the same id in three year folders
 *   log/2025/2025-12-01-review.md
 *   log/2026/2025-12-01-review.md
 *   log/2026/2026-11-21-weekly.md
 *
 * Most records checked are parsed from text (their place given by a
 * rel path); the checks only read the journal for references and ids.
 * A record goes through model_check(), as an editor checks one: the
 * checks of its fields (the model's, which every reader runs) and those
 * of validate_record(); mentor.yaml through model_settings().  Each test
 * asserts the exact list of problems, sorted by vctx_sort.
 */

static const char *const review_fm =
    "---\ntitle: Review\ndate: 2025-12-01\nkind: meeting\n---\nNotes.\n";

static void
tree_setup(void)
{
	fx_setup();
	unsetenv("MENTOR_JOURNAL");
	fx_put("mentor.yaml", "owner: Alex Doe\nrole: mentee\n");
	fx_put("people/jane-smith.md", "---\nname: Jane Smith\n---\n");
	fx_put("people/bob.md", "---\nname: Bob\n---\n");
	fx_put("goals/public-speaking.md", "---\ntitle: Speak\n---\n");
	fx_put("goals/delegation.md", "---\ntitle: Delegate\n---\n");
	fx_put("log/2024/2025-12-01-review.md", review_fm);
	fx_put("log/2025/2025-12-01-review.md", review_fm);
	fx_put("log/2026/2025-12-01-review.md", review_fm);
	fx_put("log/2026/2026-11-21-weekly.md",
	    "---\ntitle: Weekly\ndate: 2026-11-21\n---\n");
}

/* One expected problem. */
struct want {
	unsigned	 line, col;
	int		 check;
	enum sev	 sev;
	const char	*msg;
};
#define E	SEV_ERROR
#define W	SEV_WARNING
#define NW(a)	(sizeof(a) / sizeof((a)[0]))
#define TODAY	date_from_ymd(2026, 11, 25)

static struct journal	 J;
static int		 on[C_NCHECKS];
static struct vctx	 cx;

/* Open the journal, every check on but unknown-keys (strict adds it). */
static void
test_setup(void)
{
	size_t	 i;

	ck_assert_int_eq(journal_find(&J, fx_base, 0), 0);
	validate_prepare(&J);
	for (i = 0; i < C_NCHECKS; i++)
		on[i] = i != C_UNKNOWN;
	memset(&cx, 0, sizeof(cx));
	cx.j = &J;
	cx.enabled = on;
}

static void
test_teardown(void)
{
	vctx_release(&cx);
	journal_close(&J);
}

static void
strict(int yes)
{
	on[C_UNKNOWN] = yes;
}

/* The problems found, one a line, for failure messages. */
static char *
dump(const struct vctx *c)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < c->n; i++)
		buf_addf(&b, "\n  %u:%u [%s] %s: %s", c->v[i].line,
		    c->v[i].col, checks[c->v[i].check].name,
		    c->v[i].sev == SEV_ERROR ? "error" : "warning",
		    c->v[i].msg);
	return buf_detach(&b, NULL);
}

/* Sort what was found, compare with w[0..n), and clear it. */
static void
expect(const char *what, const struct want *w, size_t n)
{
	char	*got;
	size_t	 i;

	vctx_sort(&cx);
	got = dump(&cx);
	ck_assert_msg(cx.n == n, "%s: %zu problems, want %zu:%s", what, cx.n,
	    n, got);
	for (i = 0; i < n; i++) {
		ck_assert_msg(cx.v[i].line == w[i].line &&
		    cx.v[i].col == w[i].col, "%s #%zu: at %u:%u, want %u:%u:%s",
		    what, i, cx.v[i].line, cx.v[i].col, w[i].line, w[i].col,
		    got);
		ck_assert_msg(cx.v[i].check == w[i].check,
		    "%s #%zu: check %s, want %s:%s", what, i,
		    checks[cx.v[i].check].name, checks[w[i].check].name, got);
		ck_assert_msg(cx.v[i].sev == w[i].sev, "%s #%zu: severity",
		    what, i);
		ck_assert_msg(strcmp(cx.v[i].msg, w[i].msg) == 0,
		    "%s #%zu: '%s', want '%s'", what, i, cx.v[i].msg,
		    w[i].msg);
	}
	free(got);
	vctx_clear(&cx);
}

/* Check a record given as text, placed at rel in the journal. */
static void
check_text(const char *rel, const char *text, const struct want *w,
    size_t n)
{
	struct doc		 d;
	struct doc_error	 e;
	struct rec		 r;

	ck_assert_int_eq(rec_from_rel(rel, &r), 0);
	ck_assert_msg(doc_parse(&d, rel, xstrdup(text), strlen(text), &e) ==
	    0, "%s: %u:%u: %s", rel, e.line, e.col, e.msg);
	model_check(&d, &r, TODAY, &cx);
	doc_free(&d);
	rec_release(&r);
	expect(rel, w, n);
}

/* Check the record stored at rel. */
static void
check_file(const char *rel, const struct want *w, size_t n)
{
	struct doc		 d;
	struct doc_error	 e;
	struct rec		 r;
	char			*path = journal_path(&J, rel);

	ck_assert_int_eq(rec_from_rel(rel, &r), 0);
	ck_assert_int_eq(doc_loadat(&d, J.dirfd, rel, path, &e), 0);
	model_check(&d, &r, TODAY, &cx);
	doc_free(&d);
	rec_release(&r);
	free(path);
	expect(rel, w, n);
}

/* Check a mentor.yaml given as text. */
static void
check_config(const char *text, const struct want *w, size_t n)
{
	struct doc		 d;
	struct doc_error	 e;
	struct settings		 set;

	memset(&set, 0, sizeof(set));
	ck_assert_int_eq(doc_parse_yaml(&d, "mentor.yaml", xstrdup(text),
	    strlen(text), &e), 0);
	model_settings(&d, &set, &cx);
	settings_release(&set);
	doc_free(&d);
	expect("mentor.yaml", w, n);
}

static const char clean_person[] =
    "---\n"
    "name: Jane Smith\n"
    "role: mentor\n"
    "relationship: formal\n"
    "status: active\n"
    "field: Marketing\n"
    "known-for: Cutting-edge campaigns\n"
    "connection: Speaker at a recent workshop\n"
    "areas: [public-speaking, marketing]\n"
    "since: 2026-09-01\n"
    "cadence: every 2-3 weeks\n"
    "channel: in-person\n"
    "contact: jane@example.com\n"
    "contacted: 2026-08-20\n"
    "tags: [speaker]\n"
    "author: Alex\n"
    "---\n"
    "## Expectations\n"
    "- [ ] Ask @bob about it due:2026-12-01\n"
    "- [x] Read the book done:2026-11-01.\n";

static const char clean_goal[] =
    "---\n"
    "title: Speak confidently in public\n"
    "term: long\n"
    "status: active\n"
    "mentor: jane-smith\n"
    "created: 2026-09-01\n"
    "due: 2027-06-30\n"
    "skills: public-speaking\n"
    "tags: [career]\n"
    "author: Alex\n"
    "---\n"
    "## Milestones\n"
    "- [x] First talk due:2026-10-15 done:2026-10-12\n"
    "- [/] Host a webinar due:2026-09-01\n"
    "- [-] Dropped idea\n"
    "- [ ] Ask @jane-smith for a rating due:2027-03-01\n";

static const char clean_entry[] =
    "\xEF\xBB\xBF---\n"
    "title: Weekly check-in\n"
    "date: 2026-11-21\n"
    "kind: check-in\n"
    "with: [jane-smith, bob]\n"
    "duration: 1h 30m\n"
    "goals: [public-speaking, 'delegation']\n"
    "ratings: {public-speaking: 3, confidence: \"5\"}\n"
    "private: false\n"
    "tags: [q4]\n"
    "author: Alex\n"
    "---\n"
    "## Action items\n"
    "- [ ] Send the draft to @jane-smith due:2026-11-28\n"
    "- [X] Book the room done:2026-11-21\n"
    "```\n"
    "- [ ] In a fence due:2026-99-99 @nobody\n"
    "```\n";

static const char clean_config[] =
    "owner: Alex Doe          # whose journal\n"
    "role: coordinator\n"
    "cadence: monthly\n"
    "week-start: Sun\n"
    "needs: [public-speaking, delegation, sql]\n"
    "shared: true\n"
    "autocommit: off\n";

/* Records with nothing wrong give nothing, strict or not. */
START_TEST(test_clean)
{
	int	 s;

	for (s = 0; s < 2; s++) {
		strict(s);
		check_text("people/jane-smith.md", clean_person, NULL, 0);
		check_text("goals/public-speaking.md", clean_goal, NULL, 0);
		check_text("log/2026/2026-11-21-weekly-check-in.md",
		    clean_entry, NULL, 0);
		check_text("log/2026/2026-11-21.md",
		    "---\ndate: 2026-11-21\n---\n", NULL, 0);
		check_text("goals/empty-lists.md", "---\ntitle: x\nskills:\n"
		    "tags: []\nmentor: ~\ndue: null\n---\n", NULL, 0);
		check_text("log/2026/2026-01-01-null-ratings.md",
		    "---\ndate: 2026-01-01\nratings: ~\nwith: [bob, ~]\n"
		    "duration: 45\n---\n", NULL, 0);
		check_config(clean_config, NULL, 0);
		check_config("", NULL, 0);
		check_file("log/2026/2026-11-21-weekly.md", NULL, 0);
	}
}
END_TEST

START_TEST(test_required)
{
	static const struct want noname[] = {
		{ 1, 1, C_REQUIRED, E, "no 'name' (a person needs one)" },
	};
	static const struct want emptytitle[] = {
		{ 2, 8, C_REQUIRED, E, "'title' is empty (a goal needs one)" },
	};
	static const struct want nodate[] = {
		{ 1, 1, C_REQUIRED, E, "no 'date' (an entry needs one)" },
		{ 1, 1, C_LOGNAMES, W, "file name 'x' does not start with a "
		    "date (YYYY-MM-DD-title)" },
	};
	static const struct want nulldate[] = {
		{ 3, 7, C_REQUIRED, E, "'date' is empty (an entry needs one)" },
	};
	static const struct want notitle[] = {
		{ 1, 1, C_REQUIRED, E, "no 'title' (a goal needs one)" },
	};

	check_text("people/x.md", "---\nrole: mentor\n---\n", noname, 1);
	check_text("goals/x.md", "---\ntitle: \"\"\n---\n", emptytitle, 1);
	check_text("goals/x.md", "---\n---\nNo front matter keys.\n",
	    notitle, 1);
	/* Without a date in its file name either. */
	check_text("log/2026/x.md", "---\ntitle: x\n---\n", nodate, 2);
	/* With one: the entry takes it. */
	check_text("log/2026/2026-11-21-x.md", "---\ntitle: x\n---\n", NULL,
	    0);
	check_text("log/2026/2026-11-21-x.md", "---\ntitle: x\ndate: ~\n---\n",
	    nulldate, 1);
	/* An entry's title is not required. */
	check_text("log/2026/2026-11-21-x.md", "---\ndate: 2026-11-21\n---\n",
	    NULL, 0);
	/* A name that is not a single value is there, but of a bad type. */
	{
		static const struct want w[] = {
			{ 2, 7, C_TYPES, E,
			    "name: want a single value, not a list" },
		};

		check_text("people/x.md", "---\nname: [Jane]\n---\n", w, 1);
	}
}
END_TEST

/* An empty value (nothing after the colon) is empty, wherever it is. */
START_TEST(test_required_empty)
{
	struct doc		 d;
	struct doc_error	 e;
	struct rec		 r;
	static const char	 text[] = "---\nname:\nrole: mentor\n---\n";

	ck_assert_int_eq(rec_from_rel("people/x.md", &r), 0);
	ck_assert_int_eq(doc_parse(&d, "people/x.md", xstrdup(text),
	    strlen(text), &e), 0);
	model_check(&d, &r, TODAY, &cx);
	vctx_sort(&cx);
	ck_assert_uint_eq(cx.n, 1);
	ck_assert_int_eq(cx.v[0].check, C_REQUIRED);
	ck_assert_str_eq(cx.v[0].msg, "'name' is empty (a person needs one)");
	/* On the key's line, just after its colon; never on the next key. */
	ck_assert_uint_eq(cx.v[0].line, 2);
	ck_assert_uint_eq(cx.v[0].col, 6);
	doc_free(&d);
	rec_release(&r);
}
END_TEST

START_TEST(test_types)
{
	static const struct want person[] = {
		{ 2, 7, C_TYPES, E, "name: want a single value, not a list" },
		{ 3, 8, C_TYPES, E,
		    "areas: want a list or a single value, not a mapping" },
		{ 4, 11, C_TYPES, E,
		    "tags: list items must be single values, not a list" },
		{ 4, 16, C_TYPES, E,
		    "tags: list items must be single values, not a mapping" },
		{ 5, 8, C_TYPES, E,
		    "since: want a single value, not a mapping" },
	};
	static const struct want entry[] = {
		{ 3, 7, C_TYPES, E, "kind: want a single value, not a list" },
		{ 4, 7, C_TYPES, E,
		    "with: want a list or a single value, not a mapping" },
		{ 5, 10, C_TYPES, E,
		    "ratings: want a mapping of skill: rating, not a list" },
		{ 6, 10, C_TYPES, E,
		    "private: want true or false, not 'maybe'" },
		{ 7, 11, C_TYPES, E,
		    "duration: want a single value, not a list" },
		{ 8, 9, C_TYPES, E,
		    "goals: list items must be single values, not a list" },
	};
	static const struct want ratings[] = {
		{ 3, 14, C_TYPES, E, "ratings: 'a' wants a number, not a list" },
		{ 3, 22, C_TYPES, E,
		    "ratings: 'b' wants a number, not a mapping" },
	};
	static const struct want scalar[] = {
		{ 3, 10, C_TYPES, E,
		    "ratings: want a mapping of skill: rating, not a single "
		    "value" },
	};

	check_text("people/x.md",
	    "---\n"
	    "name: [Jane, Smith]\n"
	    "areas: {a: 1}\n"
	    "tags: [a, [b], {c: d}]\n"
	    "since: {y: 2026}\n"
	    "---\n", person, NW(person));
	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "kind: [note]\n"
	    "with: {jane-smith: 1}\n"
	    "ratings: [1, 2]\n"
	    "private: maybe\n"
	    "duration: [45m]\n"
	    "goals: [[public-speaking]]\n"
	    "---\n", entry, NW(entry));
	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "ratings: {a: [1], b: {c: 1}, c: 3}\n"
	    "---\n", ratings, NW(ratings));
	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "ratings: 4\n"
	    "---\n", scalar, NW(scalar));
}
END_TEST

START_TEST(test_enums)
{
	static const struct want person[] = {
		{ 3, 7, C_ENUMS, E,
		    "role: unknown value 'boss' (one of: mentor, mentee, peer)" },
		{ 4, 15, C_ENUMS, E,
		    "relationship: unknown value 'Formal' (one of: formal, "
		    "informal, traditional, peer, reverse, group, virtual)" },
		{ 5, 9, C_ENUMS, E,
		    "status: unknown value 'retired' (one of: prospect, "
		    "contacted, active, paused, ended)" },
		{ 6, 10, C_ENUMS, E,
		    "channel: unknown value 'fax' (one of: in-person, video, "
		    "phone, email, chat)" },
	};
	static const struct want goal[] = {
		{ 3, 7, C_ENUMS, E,
		    "term: unknown value 'medium' (one of: short, long)" },
		{ 4, 9, C_ENUMS, E,
		    "status: unknown value 'finished' (one of: active, paused, "
		    "done, dropped)" },
	};
	static const struct want entry[] = {
		{ 3, 7, C_ENUMS, E,
		    "kind: unknown value '' (one of: check-in, meeting, "
		    "feedback, note, win, reflection)" },
	};
	static const struct want entry2[] = {
		{ 3, 7, C_ENUMS, E,
		    "kind: unknown value 'chat' (one of: check-in, meeting, "
		    "feedback, note, win, reflection)" },
	};

	check_text("people/x.md",
	    "---\n"
	    "name: X\n"
	    "role: boss\n"
	    "relationship: Formal\n"
	    "status: retired\n"
	    "channel: fax\n"
	    "---\n", person, NW(person));
	check_text("goals/x.md",
	    "---\n"
	    "title: X\n"
	    "term: medium\n"
	    "status: finished\n"
	    "---\n", goal, NW(goal));
	/* A quoted empty string is a value, and a bad one. */
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\nkind: \"\"\n---\n", entry, NW(entry));
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\nkind: chat\n---\n", entry2, NW(entry2));
	/* Quoting does not matter to a good value. */
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\nkind: 'win'\n---\n", NULL, 0);
}
END_TEST

START_TEST(test_dates)
{
	static const struct want person[] = {
		{ 3, 8, C_DATES, E,
		    "since: '2026-02-30' is not a real date (want YYYY-MM-DD)" },
		{ 4, 12, C_DATES, E,
		    "contacted: '2026-8-20' is not a real date (want "
		    "YYYY-MM-DD)" },
	};
	static const struct want goal[] = {
		{ 3, 10, C_DATES, E,
		    "created: '2026-02-30' is not a real date (want "
		    "YYYY-MM-DD)" },
		{ 4, 6, C_DATES, E,
		    "due: 'tomorrow' is not a real date (want YYYY-MM-DD)" },
	};
	static const struct want entry[] = {
		{ 2, 7, C_DATES, E,
		    "date: '2026-11-31' is not a real date (want YYYY-MM-DD)" },
	};

	check_text("people/x.md",
	    "---\nname: X\nsince: 2026-02-30\ncontacted: 2026-8-20\n---\n",
	    person, NW(person));
	/* A bad created: date checks no milestones against it. */
	check_text("goals/x.md",
	    "---\ntitle: X\ncreated: 2026-02-30\ndue: tomorrow\n---\n"
	    "- [ ] Early due:2000-01-01\n", goal, NW(goal));
	/* A bad date: is not compared with the file name. */
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-31\n---\n", entry, NW(entry));
}
END_TEST

START_TEST(test_cadence_duration)
{
	static const struct want person[] = {
		{ 3, 10, C_CADENCE, E,
		    "cadence: 'fortnightly' is not a cadence (daily, weekly, "
		    "biweekly, monthly, quarterly, every N days|weeks|months, "
		    "every N-M days|weeks|months)" },
	};
	static const struct want entry[] = {
		{ 3, 11, C_DURATION, E,
		    "duration: '45 minutes' is not a duration (like 45m, 1h or "
		    "1h30m)" },
	};
	static const struct want entry2[] = {
		{ 3, 11, C_DURATION, E,
		    "duration: '1h30' is not a duration (like 45m, 1h or "
		    "1h30m)" },
	};

	check_text("people/x.md",
	    "---\nname: X\ncadence: fortnightly\n---\n", person, NW(person));
	check_text("people/x.md",
	    "---\nname: X\ncadence: every 3 weeks\n---\n", NULL, 0);
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\nduration: 45 minutes\n---\n", entry,
	    NW(entry));
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\nduration: 1h30\n---\n", entry2,
	    NW(entry2));
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\nduration: 90min\n---\n", NULL, 0);
}
END_TEST

START_TEST(test_ratings)
{
	static const struct want w[] = {
		{ 4, 20, C_RATINGS, E, "rating 'public-speaking' must be a whole "
		    "number from 1 to 5, not '6'" },
		{ 6, 6, C_RATINGS, E, "rating 'x' must be a whole number from 1 "
		    "to 5, not '4.5'" },
		{ 7, 6, C_RATINGS, E, "rating 'y' must be a whole number from 1 "
		    "to 5, not '0'" },
		{ 9, 6, C_RATINGS, E, "rating 'w' must be a whole number from 1 "
		    "to 5, not ' 3'" },
	};

	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "ratings:\n"
	    "  public-speaking: 6\n"
	    "  confidence: 4\n"
	    "  x: 4.5\n"
	    "  y: 0\n"
	    "  z: \"3\"\n"
	    "  w: \" 3\"\n"
	    "---\n", w, NW(w));
}
END_TEST

START_TEST(test_refs)
{
	static const struct want entry[] = {
		{ 3, 8, C_REFS, E, "with: 'jane-smyth' names no person (did you "
		    "mean 'jane-smith'?)" },
		{ 3, 20, C_REFS, E, "with: 'nobody-at-all' names no person" },
		{ 3, 40, C_REFS, E, "with: 'delegation' names no person" },
		{ 4, 8, C_REFS, E, "goals: 'public-speeking' names no goal (did "
		    "you mean 'public-speaking'?)" },
	};
	static const struct want goal[] = {
		{ 3, 9, C_REFS, E, "mentor: 'jane' names no person (did you mean 'jane-smith'?)" },
	};
	static const struct want goal2[] = {
		{ 3, 9, C_REFS, E, "mentor: 'bobb' names no person (did you mean "
		    "'bob'?)" },
	};
	static const struct want block[] = {
		{ 5, 5, C_REFS, E, "goals: 'bob' names no goal" },
	};

	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "with: [jane-smyth, nobody-at-all, bob, delegation]\n"
	    "goals: public-speeking\n"
	    "---\n", entry, NW(entry));
	check_text("goals/x.md", "---\ntitle: X\nmentor: jane\n---\n", goal,
	    NW(goal));
	check_text("goals/x.md", "---\ntitle: X\nmentor: bobb\n---\n", goal2,
	    NW(goal2));
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\ngoals:\n  - delegation\n  - bob\n---\n",
	    block, NW(block));
	/* Areas and needs are free words, not references. */
	check_text("people/x.md", "---\nname: X\nareas: [cooking]\n---\n",
	    NULL, 0);
}
END_TEST

/* A list naming the same value twice: a warning at each repeat. */
START_TEST(test_duplicates)
{
	static const struct want entry[] = {
		{ 3, 25, C_DUPLICATES, W, "with: 'bob' is listed twice (first "
		    "at line 3)" },
		{ 3, 30, C_DUPLICATES, W, "with: 'bob' is listed twice (first "
		    "at line 3)" },
		{ 6, 5, C_DUPLICATES, W, "goals: 'delegation' is listed twice "
		    "(first at line 5)" },
		{ 7, 14, C_DUPLICATES, W, "tags: 'a' is listed twice (first at "
		    "line 7)" },
	};
	static const struct want many[] = {
		{ 3, 98, C_DUPLICATES, W, "tags: 't3' is listed twice (first at "
		    "line 3)" },
		{ 3, 102, C_DUPLICATES, W, "tags: 't0' is listed twice (first "
		    "at line 3)" },
	};
	static const struct want needs[] = {
		{ 1, 14, C_DUPLICATES, W, "needs: 'sql' is listed twice (first "
		    "at line 1)" },
	};
	struct buf	 b = BUF_INIT;
	int		 i;

	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "with: [jane-smith, bob, bob, bob]\n"
	    "goals:\n"
	    "  - delegation\n"
	    "  - 'delegation'\n"
	    "tags: [a, b, a, ~, ~]\n"
	    "---\n", entry, NW(entry));
	/* a long list (sorted, not compared item by item) */
	buf_addstr(&b, "---\nname: X\ntags: [");
	for (i = 0; i < 20; i++)
		buf_addf(&b, "t%d, ", i);
	buf_addstr(&b, "t3, t0]\n---\n");
	check_text("people/x.md", b.buf, many, NW(many));
	buf_release(&b);
	check_config("needs: [sql, sql]\n", needs, NW(needs));
	/* one value, or different ones: nothing */
	check_text("people/x.md", "---\nname: X\nareas: [a, A, 'a b']\n"
	    "tags: a\n---\n", NULL, 0);
}
END_TEST

START_TEST(test_mentions)
{
	static const struct want entry[] = {
		{ 5, 27, C_MENTIONS, W, "@janet names no person" },
		{ 6, 22, C_MENTIONS, W, "@carol names no person" },
	};
	static const struct want goal[] = {
		{ 5, 12, C_MENTIONS, W, "@jane-smith-2 names no person" },
	};

	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "---\n"
	    "## Action items\n"
	    "- [ ] Ask @jane-smith and @janet about it\n"
	    "- [ ] Mail @bob then @carol\n"
	    "- [ ] Write to me@nobody and @bob.\n"
	    "Not a task: @nobody\n", entry, NW(entry));
	check_text("goals/x.md",
	    "---\n"
	    "title: X\n"
	    "---\n"
	    "## Milestones\n"
	    "- [ ] Call @jane-smith-2\n", goal, NW(goal));
}
END_TEST

START_TEST(test_tasks)
{
	static const struct want w[] = {
		{ 4, 17, C_TASKS, E,
		    "'due:2026-13-01' is not a real date (want YYYY-MM-DD)" },
		{ 5, 17, C_TASKS, E, "done: on an item that is open, not done" },
		{ 6, 20, C_TASKS, E,
		    "done: on an item that is started, not done" },
		{ 7, 20, C_TASKS, E,
		    "done: on an item that is dropped, not done" },
		{ 10, 15, C_TASKS, E,
		    "'due:2026-02-30' is not a real date (want YYYY-MM-DD)" },
		{ 12, 13, C_TASKS, E,
		    "'done:' is not a real date (want YYYY-MM-DD)" },
	};

	check_text("log/2026/2026-11-21-x.md",
	    "---\n"
	    "date: 2026-11-21\n"
	    "---\n"
	    "- [ ] Book room due:2026-13-01\n"
	    "- [ ] Open item done:2026-11-20\n"
	    "- [/] Started item done:2026-11-20\n"
	    "- [-] Dropped item done:2026-11-20\n"
	    "- [x] Finished done:2026-11-20\n"
	    "- [X] Capital done:2026-11-20\n"
	    "- [ ] Two bad due:2026-02-30 done:someday\n"
	    "- [ ] Fine due:2026-11-30.\n"
	    "- [x] Empty done:\n", w, NW(w));
}
END_TEST

START_TEST(test_milestones)
{
	static const struct want w[] = {
		{ 6, 13, C_MILESTONES, E, "milestone due 2026-08-15, before the "
		    "goal was created (2026-09-01)" },
		{ 9, 18, C_MILESTONES, E, "milestone due 2026-08-31, before the "
		    "goal was created (2026-09-01)" },
	};

	check_text("goals/x.md",
	    "---\n"
	    "title: Speak\n"
	    "created: 2026-09-01\n"
	    "---\n"
	    "## Milestones\n"
	    "- [ ] Early due:2026-08-15\n"
	    "- [ ] Same day due:2026-09-01\n"
	    "- [ ] Later due:2026-10-01\n"
	    "- [x] Early done due:2026-08-31 done:2026-08-31\n"
	    "- [ ] No due\n", w, NW(w));
	/* Without created: nothing to compare with. */
	check_text("goals/x.md",
	    "---\ntitle: Speak\n---\n- [ ] Early due:2000-01-01\n", NULL, 0);
	/* Only goals have milestones. */
	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\ncreated: 2026-11-21\n---\n"
	    "- [ ] Old due:2000-01-01\n", NULL, 0);
}
END_TEST

START_TEST(test_log_names)
{
	static const struct want name[] = {
		{ 2, 7, C_LOGNAMES, W, "date 2026-11-22 disagrees with the file "
		    "name '2026-11-21-x'" },
	};
	static const struct want folder[] = {
		{ 2, 7, C_LOGNAMES, W, "date 2026-11-21 is not in the year "
		    "folder 'log/2025'" },
	};
	static const struct want both[] = {
		{ 2, 7, C_LOGNAMES, W, "date 2024-01-01 disagrees with the file "
		    "name '2026-11-21-x'" },
		{ 2, 7, C_LOGNAMES, W, "date 2024-01-01 is not in the year "
		    "folder 'log/2025'" },
	};
	static const struct want nodate[] = {
		{ 1, 1, C_LOGNAMES, W, "file name 'weekly' does not start with a "
		    "date (YYYY-MM-DD-title)" },
	};
	static const struct want nodate2[] = {
		{ 1, 1, C_LOGNAMES, W, "file name '2026-11-21x' does not start "
		    "with a date (YYYY-MM-DD-title)" },
	};
	static const struct want baddate[] = {
		{ 1, 1, C_LOGNAMES, W, "file name '2026-02-30-x' does not start "
		    "with a date (YYYY-MM-DD-title)" },
	};
	static const struct want nameyear[] = {
		{ 1, 1, C_LOGNAMES, W, "file name 'notes' does not start with a "
		    "date (YYYY-MM-DD-title)" },
		{ 3, 7, C_LOGNAMES, W, "date 2025-03-01 is not in the year "
		    "folder 'log/2026'" },
	};

	check_text("log/2026/2026-11-21-x.md",
	    "---\ndate: 2026-11-22\n---\n", name, NW(name));
	check_text("log/2025/2026-11-21-x.md",
	    "---\ndate: 2026-11-21\n---\n", folder, NW(folder));
	check_text("log/2025/2026-11-21-x.md",
	    "---\ndate: 2024-01-01\n---\n", both, NW(both));
	check_text("log/2026/weekly.md",
	    "---\ndate: 2026-11-21\n---\n", nodate, NW(nodate));
	check_text("log/2026/2026-11-21x.md",
	    "---\ndate: 2026-11-21\n---\n", nodate2, NW(nodate2));
	check_text("log/2026/2026-02-30-x.md",
	    "---\ndate: 2026-02-28\n---\n", baddate, NW(baddate));
	check_text("log/2026/notes.md",
	    "---\ntitle: x\ndate: \"2025-03-01\"\n---\n", nameyear,
	    NW(nameyear));
	/* The date alone is a whole file name. */
	check_text("log/2026/2026-11-21.md", "---\ndate: 2026-11-21\n---\n",
	    NULL, 0);
	/* No date: the name is still checked, nothing compared. */
	check_text("log/2026/weekly.md", "---\ntitle: x\n---\n", (const
	    struct want[]){ { 1, 1, C_REQUIRED, E,
	    "no 'date' (an entry needs one)" }, { 1, 1, C_LOGNAMES, W,
	    "file name 'weekly' does not start with a date "
	    "(YYYY-MM-DD-title)" } }, 2);
}
END_TEST

START_TEST(test_unique)
{
	static const struct want in2024[] = {
		{ 1, 1, C_UNIQUE, E, "entry id '2025-12-01-review' is also used "
		    "by 'log/2025/2025-12-01-review.md'" },
		{ 1, 1, C_UNIQUE, E, "entry id '2025-12-01-review' is also used "
		    "by 'log/2026/2025-12-01-review.md'" },
		{ 3, 7, C_LOGNAMES, W, "date 2025-12-01 is not in the year "
		    "folder 'log/2024'" },
	};
	static const struct want in2025[] = {
		{ 1, 1, C_UNIQUE, E, "entry id '2025-12-01-review' is also used "
		    "by 'log/2024/2025-12-01-review.md'" },
		{ 1, 1, C_UNIQUE, E, "entry id '2025-12-01-review' is also used "
		    "by 'log/2026/2025-12-01-review.md'" },
	};
	static const struct want in2026[] = {
		{ 1, 1, C_UNIQUE, E, "entry id '2025-12-01-review' is also used "
		    "by 'log/2024/2025-12-01-review.md'" },
		{ 1, 1, C_UNIQUE, E, "entry id '2025-12-01-review' is also used "
		    "by 'log/2025/2025-12-01-review.md'" },
		{ 3, 7, C_LOGNAMES, W, "date 2025-12-01 is not in the year "
		    "folder 'log/2026'" },
	};

	/* The one id used in more than one year folder. */
	ck_assert_uint_eq(J.ndups, 1);
	ck_assert_str_eq(J.dups[0], "2025-12-01-review");
	ck_assert_int_eq(journal_id_count(&J, "2025-12-01-review"), 3);
	ck_assert_int_le(journal_id_count(&J, "2026-11-21-weekly"), 1);
	check_file("log/2024/2025-12-01-review.md", in2024, NW(in2024));
	check_file("log/2025/2025-12-01-review.md", in2025, NW(in2025));
	check_file("log/2026/2025-12-01-review.md", in2026, NW(in2026));
	check_file("log/2026/2026-11-21-weekly.md", NULL, 0);
	/* A person or goal id may equal an entry id: only entries count. */
	check_text("goals/2025-12-01-review.md", "---\ntitle: x\n---\n", NULL,
	    0);
}
END_TEST

START_TEST(test_unknown_keys)
{
	static const char person[] =
	    "---\nname: Jane\ncolour: red\nName: J\n---\n";
	static const struct want pw[] = {
		{ 3, 1, C_UNKNOWN, W, "unknown key 'colour'" },
		{ 4, 1, C_UNKNOWN, W, "unknown key 'Name'" },
	};
	static const char entry[] =
	    "---\ndate: 2026-11-21\n  # comment\ncreated: 2026-11-21\n"
	    "title: x\n---\n";
	static const struct want ew[] = {
		{ 4, 1, C_UNKNOWN, W, "unknown key 'created'" },
	};
	static const char goal[] = "---\ntitle: x\ndate: 2026-01-01\n---\n";
	static const struct want gw[] = {
		{ 3, 1, C_UNKNOWN, W, "unknown key 'date'" },
	};
	static const char config[] = "owner: A\ntheme: dark\nshared: no\n";
	static const struct want cw[] = {
		{ 2, 1, C_UNKNOWN, W, "unknown key 'theme'" },
	};

	strict(0);
	check_text("people/x.md", person, NULL, 0);
	check_text("log/2026/2026-11-21-x.md", entry, NULL, 0);
	check_text("goals/x.md", goal, NULL, 0);
	check_config(config, NULL, 0);
	strict(1);
	check_text("people/x.md", person, pw, NW(pw));
	check_text("log/2026/2026-11-21-x.md", entry, ew, NW(ew));
	check_text("goals/x.md", goal, gw, NW(gw));
	check_config(config, cw, NW(cw));
}
END_TEST

START_TEST(test_file_names)
{
	static const struct want w1[] = {
		{ 1, 1, C_FILENAMES, W, "file name 'Jane_Smith.md' is not a slug "
		    "(lowercase letters, digits and '-')" },
	};
	static const struct want w2[] = {
		{ 1, 1, C_FILENAMES, W, "file name '-x.md' is not a slug "
		    "(lowercase letters, digits and '-')" },
	};
	static const struct want w3[] = {
		{ 1, 1, C_FILENAMES, W, "file name 'caf\xC3\xA9.md' is not a "
		    "slug (lowercase letters, digits and '-')" },
	};
	static const struct want w4[] = {
		{ 1, 1, C_FILENAMES, W, "file name '2026-11-21-Big.md' is not a "
		    "slug (lowercase letters, digits and '-')" },
	};

	check_text("people/Jane_Smith.md", "---\nname: J\n---\n", w1, 1);
	check_text("goals/-x.md", "---\ntitle: J\n---\n", w2, 1);
	check_text("people/caf\xC3\xA9.md", "---\nname: J\n---\n", w3, 1);
	check_text("log/2026/2026-11-21-Big.md",
	    "---\ndate: 2026-11-21\n---\n", w4, 1);
	check_text("goals/ok-2-go.md", "---\ntitle: J\n---\n", NULL, 0);
	check_text("goals/x-.md", "---\ntitle: J\n---\n", NULL, 0);
}
END_TEST

START_TEST(test_conflicts)
{
	static const char msg[] = "a conflict of a merge is left here: keep "
	    "one side, remove the markers";
	static const struct want w[] = {
		{ 3, 1, C_CONFLICTS, E, msg },
		{ 10, 1, C_CONFLICTS, E, msg },
	};
	static const struct want w2[] = {
		{ 4, 1, C_CONFLICTS, E, msg },
	};
	static const struct want w3[] = {
		{ 5, 1, C_CONFLICTS, E, msg },
	};

	check_text("goals/x.md",
	    "---\n"
	    "title: X\n"
	    "# <<<<<<< ours\n"
	    "status: done\n"
	    "# =======\n"
	    "# status: paused\n"
	    "# >>>>>>> theirs\n"
	    "---\n"
	    "Why.\n"
	    "<<<<<<< ours\n"
	    "- [x] One\n"
	    "=======\n"
	    "- [-] One\n"
	    ">>>>>>> theirs\n"
	    "```\n"
	    "<<<<<<< in code, as an example\n"
	    "```\n"
	    "<<<<<< six are not a marker\n"
	    "<<<<<<<<no space is not one either\n", w, 2);
	/* CRLF, and a marker of another size, at the end of the file. */
	check_text("goals/y.md", "---\r\ntitle: Y\r\n---\r\n<<<<<<<<<<\r\n",
	    w2, 1);
	/* Shorter runs of '<' before the marker do not hide it. */
	check_text("goals/z.md", "---\ntitle: Z\n---\na << b <<<<<<\n"
	    "<<<<<<< ours\n", w3, 1);
	check_text("goals/z.md", "---\ntitle: Z\n---\na << b <<<<<<\n",
	    NULL, 0);
}
END_TEST

START_TEST(test_config)
{
	static const char text[] =
	    "owner: [a, b]\n"
	    "role: boss\n"
	    "cadence: fortnightly\n"
	    "week-start: someday\n"
	    "needs: {a: 1}\n"
	    "shared: maybe\n"
	    "autocommit: yes\n"
	    "theme: dark\n";
	static const struct want w[] = {
		{ 1, 8, C_TYPES, E, "owner: want a single value, not a list" },
		{ 2, 7, C_CONFIG, E, "role: unknown value 'boss' (one of: "
		    "mentee, mentor, coordinator)" },
		{ 3, 10, C_CONFIG, E, "cadence: 'fortnightly' is not a cadence "
		    "(daily, weekly, biweekly, monthly, quarterly, every N "
		    "days|weeks|months, every N-M days|weeks|months)" },
		{ 4, 13, C_CONFIG, E, "week-start: 'someday' is not a weekday" },
		{ 5, 8, C_TYPES, E,
		    "needs: want a list or a single value, not a mapping" },
		{ 6, 9, C_CONFIG, E, "shared: want true or false, not 'maybe'" },
		{ 8, 1, C_UNKNOWN, W, "unknown key 'theme'" },
	};

	strict(1);
	check_config(text, w, NW(w));
	/* Without the config check, only the shapes are reported. */
	strict(0);
	on[C_CONFIG] = 0;
	check_config(text, (const struct want[]){ w[0], w[4] }, 2);
	/* A record's role is not mentor.yaml's. */
	on[C_CONFIG] = 1;
	check_config("role: mentor\n", NULL, 0);
}
END_TEST

/* A record with one problem of each check run on a record. */
static const char everything[] =
    "---\n"					/* 1 */
    "date: 2026-11-22\n"			/* 2 */
    "kind: chat\n"				/* 3 */
    "with: [jane-smyth]\n"			/* 4 */
    "duration: soon\n"				/* 5 */
    "ratings: {a: 9, b: [1]}\n"			/* 6 */
    "private: maybe\n"				/* 7 */
    "extra: 1\n"				/* 8 */
    "---\n"					/* 9 */
    "- [ ] Ask @carol due:2026-99-01\n"		/* 10 */
    "- [ ] Open done:2026-11-20\n";		/* 11 */
static const char everything_rel[] = "log/2025/2026-11-21-Odd.md";

static const struct want everything_w[] = {
	{ 1, 1, C_FILENAMES, W, "file name '2026-11-21-Odd.md' is not a slug "
	    "(lowercase letters, digits and '-')" },
	{ 2, 7, C_LOGNAMES, W, "date 2026-11-22 disagrees with the file name "
	    "'2026-11-21-Odd'" },
	{ 2, 7, C_LOGNAMES, W, "date 2026-11-22 is not in the year folder "
	    "'log/2025'" },
	{ 3, 7, C_ENUMS, E, "kind: unknown value 'chat' (one of: check-in, "
	    "meeting, feedback, note, win, reflection)" },
	{ 4, 8, C_REFS, E, "with: 'jane-smyth' names no person (did you mean "
	    "'jane-smith'?)" },
	{ 5, 11, C_DURATION, E, "duration: 'soon' is not a duration (like 45m, "
	    "1h or 1h30m)" },
	{ 6, 14, C_RATINGS, E, "rating 'a' must be a whole number from 1 to 5, "
	    "not '9'" },
	{ 6, 20, C_TYPES, E, "ratings: 'b' wants a number, not a list" },
	{ 7, 10, C_TYPES, E, "private: want true or false, not 'maybe'" },
	{ 8, 1, C_UNKNOWN, W, "unknown key 'extra'" },
	{ 10, 11, C_MENTIONS, W, "@carol names no person" },
	{ 10, 18, C_TASKS, E,
	    "'due:2026-99-01' is not a real date (want YYYY-MM-DD)" },
	{ 11, 12, C_TASKS, E, "done: on an item that is open, not done" },
};

START_TEST(test_everything)
{
	strict(1);
	check_text(everything_rel, everything, everything_w,
	    NW(everything_w));
}
END_TEST

/* Each check alone reports exactly its own problems; none, nothing. */
START_TEST(test_disabled)
{
	struct want	 w[NW(everything_w)];
	size_t		 i, k, n;
	int		 c;

	for (c = 0; c < C_NCHECKS; c++) {
		for (i = 0; i < C_NCHECKS; i++)
			on[i] = (int)i == c;
		for (k = n = 0; k < NW(everything_w); k++)
			if (everything_w[k].check == c)
				w[n++] = everything_w[k];
		check_text(everything_rel, everything, w, n);
	}
	for (i = 0; i < C_NCHECKS; i++)
		on[i] = 0;
	check_text(everything_rel, everything, NULL, 0);
	check_config("role: boss\nneeds: {a: 1}\n", NULL, 0);
	check_text("people/X.md", "---\nrole: x\n---\n", NULL, 0);
	/* All but one: everything else is still there. */
	for (i = 0; i < C_NCHECKS; i++)
		on[i] = i != C_TYPES;
	for (k = n = 0; k < NW(everything_w); k++)
		if (everything_w[k].check != C_TYPES)
			w[n++] = everything_w[k];
	check_text(everything_rel, everything, w, n);
}
END_TEST

/* vctx_report, vctx_sort, vctx_clear, vctx_release by hand. */
START_TEST(test_vctx)
{
	struct vdiag	*v;
	size_t		 alloc, i;

	for (i = 0; i < C_NCHECKS; i++)
		on[i] = 1;
	on[C_LOCKS] = 0;
	/* 40 problems, reported backwards: the storage grows. */
	for (i = 40; i > 0; i--)
		vctx_report(&cx, (unsigned)(i + 1) / 2, 3, i % 2 ? C_DATES :
		    C_SYNTAX, "problem %zu of %d", i, 40);
	vctx_report(&cx, 1, 1, C_LOCKS, "not reported");
	ck_assert_uint_eq(cx.n, 40);
	ck_assert_uint_ge(cx.alloc, 40);
	vctx_sort(&cx);
	for (i = 0; i < 40; i++) {
		char	 msg[32];
		size_t	 num = i % 2 ? i : i + 2;

		/* Same line and column: syntax (0) before dates (5). */
		ck_assert_uint_eq(cx.v[i].line, i / 2 + 1);
		ck_assert_uint_eq(cx.v[i].col, 3);
		ck_assert_int_eq(cx.v[i].check, i % 2 ? C_DATES : C_SYNTAX);
		snprintf(msg, sizeof(msg), "problem %zu of 40", num);
		ck_assert_str_eq(cx.v[i].msg, msg);
		ck_assert_int_eq(cx.v[i].sev, SEV_ERROR);
	}
	/* Columns order within a line. */
	vctx_clear(&cx);
	vctx_report(&cx, 5, 9, C_MENTIONS, "b");
	vctx_report(&cx, 5, 2, C_TASKS, "a");
	vctx_report(&cx, 4, 30, C_FILENAMES, "first");
	vctx_sort(&cx);
	ck_assert_uint_eq(cx.n, 3);
	ck_assert_str_eq(cx.v[0].msg, "first");
	ck_assert_int_eq(cx.v[0].sev, SEV_WARNING);
	ck_assert_str_eq(cx.v[1].msg, "a");
	ck_assert_int_eq(cx.v[1].sev, SEV_ERROR);
	ck_assert_str_eq(cx.v[2].msg, "b");
	ck_assert_int_eq(cx.v[2].sev, SEV_WARNING);

	/* clear keeps the storage; release gives it back. */
	v = cx.v;
	alloc = cx.alloc;
	vctx_clear(&cx);
	ck_assert_uint_eq(cx.n, 0);
	ck_assert_ptr_eq(cx.v, v);
	ck_assert_uint_eq(cx.alloc, alloc);
	vctx_clear(&cx);
	ck_assert_uint_eq(cx.n, 0);
	vctx_sort(&cx);
	vctx_report(&cx, 1, 0, C_CONFIG, "%s=%d", "k", 7);
	ck_assert_uint_eq(cx.n, 1);
	ck_assert_str_eq(cx.v[0].msg, "k=7");
	ck_assert_uint_eq(cx.v[0].col, 0);
	vctx_release(&cx);
	ck_assert_uint_eq(cx.n, 0);
	ck_assert_ptr_null(cx.v);
	ck_assert_uint_eq(cx.alloc, 0);
	/* A released context can be used again, and released twice. */
	vctx_report(&cx, 2, 2, C_UNIQUE, "again");
	ck_assert_uint_eq(cx.n, 1);
	vctx_release(&cx);
	vctx_release(&cx);
	ck_assert_ptr_null(cx.v);
}
END_TEST

/* The names and severities mentor-check prints (its man page lists them). */
START_TEST(test_checkinfo)
{
	static const char *const names[C_NCHECKS] = { "syntax", "config",
	    "required", "types", "enums", "dates", "cadence", "duration",
	    "ratings", "refs", "duplicates", "mentions", "tasks",
	    "milestones", "log-names", "unique-ids", "locks", "renames",
	    "unknown-keys", "file-names", "unread", "finished", "planned",
	    "conflicts" };
	int	 c;

	for (c = 0; c < C_NCHECKS; c++) {
		ck_assert_str_eq(checks[c].name, names[c]);
		ck_assert_ptr_nonnull(checks[c].what);
		ck_assert_int_eq(checks[c].sev, c == C_DUPLICATES ||
		    c == C_MENTIONS ||
		    c == C_LOGNAMES || c == C_LOCKS || c == C_UNKNOWN ||
		    c == C_FILENAMES || c == C_UNREAD || c == C_FINISHED ||
		    c == C_PLANNED ? SEV_WARNING :
		    SEV_ERROR);
	}
}
END_TEST

static Suite *
validate_suite(void)
{
	Suite	*s = suite_create("validate");
	TCase	*tr = tcase_create("records");
	TCase	*tv = tcase_create("vctx");

	tcase_add_checked_fixture(tr, test_setup, test_teardown);
	tcase_add_test(tr, test_clean);
	tcase_add_test(tr, test_required);
	tcase_add_test(tr, test_required_empty);
	tcase_add_test(tr, test_types);
	tcase_add_test(tr, test_enums);
	tcase_add_test(tr, test_dates);
	tcase_add_test(tr, test_cadence_duration);
	tcase_add_test(tr, test_ratings);
	tcase_add_test(tr, test_refs);
	tcase_add_test(tr, test_duplicates);
	tcase_add_test(tr, test_mentions);
	tcase_add_test(tr, test_tasks);
	tcase_add_test(tr, test_milestones);
	tcase_add_test(tr, test_log_names);
	tcase_add_test(tr, test_unique);
	tcase_add_test(tr, test_unknown_keys);
	tcase_add_test(tr, test_file_names);
	tcase_add_test(tr, test_config);
	tcase_add_test(tr, test_everything);
	tcase_add_test(tr, test_disabled);
	suite_add_tcase(s, tr);

	tcase_add_checked_fixture(tv, test_setup, test_teardown);
	tcase_add_test(tv, test_vctx);
	tcase_add_test(tv, test_checkinfo);
	tcase_add_test(tv, test_conflicts);
	suite_add_tcase(s, tv);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	tree_setup();
	sr = srunner_create(validate_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fx_teardown();
	return failed == 0 ? 0 : 1;
}
