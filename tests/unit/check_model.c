#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "model_test.h"

/*
 * model.c: people, goals and entries built from records parsed with
 * doc_parse(), and the check-in arithmetic of DESIGN.md §2.  Records are
 * given as text with their place in a journal; no journal is open, so
 * references are not checked (cx.j is NULL).  Every check but
 * unknown-keys is on, and each test says exactly which problems a record
 * has.  Today is Saturday 2026-11-21 unless a test says otherwise.  The
 * check-in arithmetic is in check_model_checkins.c.
 */
struct vctx		 cx;
static int		 on[C_NCHECKS];
static struct doc	 d;
static struct rec	 r;

void
model_setup(void)
{
	int	 i;

	for (i = 0; i < C_NCHECKS; i++)
		on[i] = i != C_UNKNOWN;
	memset(&cx, 0, sizeof(cx));
	cx.enabled = on;
	memset(&d, 0, sizeof(d));
	memset(&r, 0, sizeof(r));
}

void
model_teardown(void)
{
	vctx_release(&cx);
}

/* Parse text as the record at rel (into d and r). */
static void
load(const char *rel, const char *text)
{
	struct doc_error	 e;

	ck_assert_int_eq(rec_from_rel(rel, &r), 0);
	ck_assert_msg(doc_parse(&d, rel, xstrdup(text), strlen(text), &e) ==
	    0, "%s: %u:%u: %s", rel, e.line, e.col, e.msg);
}

static void
unload(void)
{
	doc_free(&d);
	rec_release(&r);
}

struct person *
person(const char *text)
{
	struct person	*p;

	load("people/jane-smith.md", text);
	p = model_person(&d, &r, "j/people/jane-smith.md", &cx);
	unload();
	return p;
}

static struct goal *
goal(const char *text, mdate today)
{
	struct goal	*g;

	load("goals/public-speaking.md", text);
	g = model_goal(&d, &r, "j/goals/public-speaking.md", today, &cx);
	unload();
	return g;
}

static struct entry *
entry(const char *text, unsigned flags)
{
	struct entry	*e;

	load("log/2026/2026-11-20-weekly.md", text);
	e = model_entry(&d, &r, "j/log/2026/2026-11-20-weekly.md", TODAY,
	    flags, &cx);
	unload();
	return e;
}

/* No problem was found. */
#define NO_PROBLEMS() do {						\
	ck_assert_msg(cx.n == 0, "%zu problems, the first '%s'", cx.n,	\
	    cx.n ? cx.v[0].msg : "");					\
} while (0)

/* Exactly one problem, this one; then forget it. */
static void
one_problem(int check, unsigned line, unsigned col, const char *msg)
{
	ck_assert_msg(cx.n == 1, "%zu problems, want 1 ('%s')", cx.n, msg);
	ck_assert_str_eq(checks[cx.v[0].check].name, checks[check].name);
	ck_assert_uint_eq(cx.v[0].line, line);
	ck_assert_uint_eq(cx.v[0].col, col);
	ck_assert_str_eq(cx.v[0].msg, msg);
	vctx_clear(&cx);
}

/* The strings of a NULL-ended vector, joined by ','. */
static char *
joined(const char *const *v, size_t n)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	ck_assert_ptr_nonnull(v);
	for (i = 0; i < n; i++)
		buf_addf(&b, "%s%s", i ? "," : "", v[i]);
	ck_assert_ptr_null(v[n]);
	return buf_detach(&b, NULL);
}

#define STRV_IS(v, n, want) do {					\
	char *j_ = joined((v), (n));					\
	ck_assert_str_eq(j_, (want));					\
	free(j_);							\
} while (0)

static const char jane[] =
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
    "cadence: biweekly\n"
    "channel: video\n"
    "contact: jane@example.com\n"
    "contacted: 2026-08-20\n"
    "tags:\n"
    "  - speaker\n"
    "author: Alex\n"
    "---\n"
    "## Expectations\n"
    "- 45 minutes every other Tuesday; I send the agenda the day before.\n"
    "\n"
    "## Boundaries\n"
    "- No calls after 19:00.\n";

START_TEST(test_person_fields)
{
	struct person	*p = person(jane);

	NO_PROBLEMS();
	ck_assert_str_eq(p->id, "jane-smith");
	ck_assert_str_eq(p->rel, "people/jane-smith.md");
	ck_assert_str_eq(p->path, "j/people/jane-smith.md");
	ck_assert_str_eq(p->name, "Jane Smith");
	ck_assert_str_eq(p->role, "mentor");
	ck_assert_int_eq(p->role_v, ROLE_MENTOR);
	ck_assert_str_eq(p->relationship, "formal");
	ck_assert_int_eq(p->relationship_v, REL_FORMAL);
	ck_assert_str_eq(p->status, "active");
	ck_assert_int_eq(p->status_v, PS_ACTIVE);
	ck_assert_str_eq(p->field, "Marketing");
	ck_assert_str_eq(p->known_for, "Cutting-edge campaigns");
	ck_assert_str_eq(p->connection, "Speaker at a recent workshop");
	STRV_IS(p->areas, p->nareas, "public-speaking,marketing");
	ck_assert_int_eq(p->since, D(2026, 9, 1));
	ck_assert_str_eq(p->cadence, "biweekly");
	ck_assert_str_eq(p->channel, "video");
	ck_assert_int_eq(p->channel_v, CH_VIDEO);
	ck_assert_str_eq(p->contact, "jane@example.com");
	ck_assert_int_eq(p->contacted, D(2026, 8, 20));
	STRV_IS(p->tags, p->ntags, "speaker");
	ck_assert_str_eq(p->author, "Alex");
	ck_assert_str_eq(p->expectations, "- 45 minutes every other Tuesday; "
	    "I send the agenda the day before.");
	ck_assert_str_eq(p->boundaries, "- No calls after 19:00.");
	/* Nothing seen yet, nothing worked out. */
	ck_assert_int_eq(p->last, DATE_NONE);
	ck_assert_int_eq(p->last_entry, DATE_NONE);
	ck_assert_int_eq(p->planned, DATE_NONE);
	ck_assert_int_eq(p->next_due, DATE_NONE);
	ck_assert_int_eq(p->followup, DATE_NONE);
	ck_assert_uint_eq(p->ndates, 0);
	ck_assert_int_eq(person_prospect(p), 0);
	ck_assert_int_eq(person_covers(p, "marketing"), 1);
	ck_assert_int_eq(person_covers(p, "market"), 0);
	person_free(p);
	person_free(NULL);
}
END_TEST

/* What is absent: status active, the other enums -1, empty lists. */
START_TEST(test_person_defaults)
{
	struct person	*p = person("---\nname: Bob\n---\nJust notes.\n");

	NO_PROBLEMS();
	ck_assert_str_eq(p->status, "active");
	ck_assert_int_eq(p->status_v, PS_ACTIVE);
	ck_assert_ptr_null(p->role);
	ck_assert_int_eq(p->role_v, -1);
	ck_assert_ptr_null(p->relationship);
	ck_assert_int_eq(p->relationship_v, -1);
	ck_assert_ptr_null(p->channel);
	ck_assert_int_eq(p->channel_v, -1);
	STRV_IS(p->areas, p->nareas, "");
	STRV_IS(p->tags, p->ntags, "");
	ck_assert_ptr_null(p->field);
	ck_assert_ptr_null(p->contact);
	ck_assert_ptr_null(p->cadence);
	ck_assert_int_eq(p->since, DATE_NONE);
	ck_assert_int_eq(p->contacted, DATE_NONE);
	ck_assert_ptr_null(p->expectations);
	ck_assert_ptr_null(p->boundaries);
	person_free(p);

	/* No name: read all the same, and said. */
	p = person("---\nrole: peer\nareas: sql\n---\n");
	one_problem(C_REQUIRED, 1, 1, "no 'name' (a person needs one)");
	ck_assert_ptr_null(p->name);
	ck_assert_int_eq(p->role_v, ROLE_PEER);
	/* One value is a list of one. */
	STRV_IS(p->areas, p->nareas, "sql");
	person_free(p);
}
END_TEST

/* Unknown values: -1, the text as written, one enums problem each. */
START_TEST(test_unknown_enums)
{
	struct person	*p;
	struct goal	*g;
	struct entry	*e;

	p = person("---\nname: X\nstatus: activ\n---\n");
	one_problem(C_ENUMS, 3, 9, "status: unknown value 'activ' (one of: "
	    "prospect, contacted, active, paused, ended)");
	ck_assert_int_eq(p->status_v, -1);
	ck_assert_str_eq(p->status, "activ");
	ck_assert_int_eq(person_prospect(p), 0);
	person_free(p);

	p = person("---\nname: X\nrole: boss\nchannel: Video\n---\n");
	ck_assert_uint_eq(cx.n, 2);
	ck_assert_int_eq(cx.v[0].check, C_ENUMS);
	ck_assert_int_eq(cx.v[1].check, C_ENUMS);
	vctx_clear(&cx);
	ck_assert_int_eq(p->role_v, -1);
	ck_assert_str_eq(p->role, "boss");
	ck_assert_int_eq(p->channel_v, -1);
	ck_assert_str_eq(p->channel, "Video");
	ck_assert_int_eq(p->status_v, PS_ACTIVE);
	person_free(p);

	g = goal("---\ntitle: T\nstatus: finished\n---\n", TODAY);
	one_problem(C_ENUMS, 3, 9, "status: unknown value 'finished' (one "
	    "of: active, paused, done, dropped)");
	ck_assert_int_eq(g->status_v, -1);
	ck_assert_str_eq(g->status, "finished");
	ck_assert_int_eq(g->live, 0);
	goal_free(g);

	e = entry("---\ndate: 2026-11-20\nkind: chat\n---\n", 0);
	one_problem(C_ENUMS, 3, 7, "kind: unknown value 'chat' (one of: "
	    "check-in, meeting, feedback, note, win, reflection)");
	ck_assert_int_eq(e->kind_v, -1);
	ck_assert_str_eq(e->kind, "chat");
	ck_assert_int_eq(entry_checkin(e), 0);
	entry_free(e);
}
END_TEST

/* A date that is not a real day reads as none. */
START_TEST(test_bad_dates)
{
	struct person	*p;
	struct goal	*g;
	struct entry	*e;

	p = person("---\nname: X\nsince: 2026-02-30\n---\n");
	one_problem(C_DATES, 3, 8, "since: '2026-02-30' is not a real date "
	    "(want YYYY-MM-DD)");
	ck_assert_int_eq(p->since, DATE_NONE);
	person_free(p);

	g = goal("---\ntitle: T\ncreated: 2026-9-1\ndue: tomorrow\n---\n",
	    TODAY);
	ck_assert_uint_eq(cx.n, 2);
	ck_assert_int_eq(cx.v[0].check, C_DATES);
	ck_assert_int_eq(cx.v[1].check, C_DATES);
	vctx_clear(&cx);
	ck_assert_int_eq(g->created, DATE_NONE);
	ck_assert_int_eq(g->due, DATE_NONE);
	/* No due date: never overdue. */
	ck_assert_int_eq(g->overdue, 0);
	goal_free(g);

	e = entry("---\ndate: 2026-11-31\n---\n", 0);
	one_problem(C_DATES, 2, 7, "date: '2026-11-31' is not a real date "
	    "(want YYYY-MM-DD)");
	ck_assert_int_eq(e->date, DATE_NONE);
	entry_free(e);
}
END_TEST

/* Ratings: whole numbers from 1 to 5 kept in file order, others dropped. */
START_TEST(test_ratings)
{
	struct entry	*e;

	e = entry("---\n"
	    "date: 2026-11-20\n"
	    "ratings: {speaking: 3, sql: 6, writing: \"4\", x: 0, y: 4.5, "
	    "z: 5}\n"
	    "---\n", 0);
	ck_assert_uint_eq(cx.n, 3);
	ck_assert_int_eq(cx.v[0].check, C_RATINGS);
	ck_assert_str_eq(cx.v[0].msg, "rating 'sql' must be a whole number "
	    "from 1 to 5, not '6'");
	ck_assert_int_eq(cx.v[1].check, C_RATINGS);
	ck_assert_int_eq(cx.v[2].check, C_RATINGS);
	vctx_clear(&cx);
	ck_assert_uint_eq(e->nratings, 3);
	ck_assert_str_eq(e->ratings[0].skill, "speaking");
	ck_assert_int_eq(e->ratings[0].value, 3);
	ck_assert_str_eq(e->ratings[1].skill, "writing");
	ck_assert_int_eq(e->ratings[1].value, 4);
	ck_assert_str_eq(e->ratings[2].skill, "z");
	ck_assert_int_eq(e->ratings[2].value, 5);
	entry_free(e);

	/* Not a mapping: none at all. */
	e = entry("---\ndate: 2026-11-20\nratings: [1, 2]\n---\n", 0);
	one_problem(C_TYPES, 3, 10, "ratings: want a mapping of skill: "
	    "rating, not a list");
	ck_assert_uint_eq(e->nratings, 0);
	entry_free(e);
}
END_TEST

static const char weekly[] =
    "---\n"						/* 1 */
    "title: Weekly check-in\n"				/* 2 */
    "date: 2026-11-20\n"				/* 3 */
    "kind: check-in\n"					/* 4 */
    "with: [jane-smith, bob]\n"				/* 5 */
    "duration: 45m\n"					/* 6 */
    "goals:\n"						/* 7 */
    "  - public-speaking\n"				/* 8 */
    "tags: q4\n"					/* 9 */
    "ratings: {public-speaking: 3}\n"			/* 10 */
    "author: Alex\n"					/* 11 */
    "---\n"						/* 12 */
    "## Feedback\n"					/* 13 */
    "Went well: clear structure.\n"			/* 14 */
    "To improve: slides too dense.\n"			/* 15 */
    "Encouragement: you are ready for a bigger room.\n"	/* 16 */
    "\n"						/* 17 */
    "## Action items\n"					/* 18 */
    "- [ ] Send the draft to @jane-smith due:2026-11-28 #talk\n"
    "- [x] Book the room done:2026-11-19\n"		/* 20 */
    "- [/] Late one due:2026-11-01\n"			/* 21 */
    "- [-] Dropped one due:2026-11-01\n";		/* 22 */

START_TEST(test_entry_fields)
{
	struct entry	*e = entry(weekly, 0);

	NO_PROBLEMS();
	ck_assert_str_eq(e->id, "2026-11-20-weekly");
	ck_assert_str_eq(e->rel, "log/2026/2026-11-20-weekly.md");
	ck_assert_str_eq(e->path, "j/log/2026/2026-11-20-weekly.md");
	ck_assert_str_eq(e->title, "Weekly check-in");
	ck_assert_int_eq(e->titled, 1);
	ck_assert_int_eq(e->date, D(2026, 11, 20));
	ck_assert_str_eq(e->kind, "check-in");
	ck_assert_int_eq(e->kind_v, EK_CHECKIN);
	ck_assert_int_eq(entry_checkin(e), 1);
	STRV_IS(e->with, e->nwith, "jane-smith,bob");
	STRV_IS(e->goals, e->ngoals, "public-speaking");
	STRV_IS(e->tags, e->ntags, "q4");
	ck_assert_str_eq(e->duration, "45m");
	ck_assert_str_eq(e->author, "Alex");
	ck_assert_int_eq(e->private, 0);
	ck_assert_uint_eq(e->nratings, 1);
	/* Notes only when asked for. */
	ck_assert_ptr_null(e->feedback);
	ck_assert_uint_eq(e->nenc, 0);
	ck_assert_uint_eq(e->nitems, 4);
	ck_assert_uint_eq(e->items[0].line, 19);
	ck_assert_int_eq(e->items[0].status, TASK_OPEN);
	ck_assert_str_eq(e->items[0].text, "Send the draft to @jane-smith "
	    "due:2026-11-28 #talk");
	ck_assert_int_eq(e->items[0].due, D(2026, 11, 28));
	ck_assert_int_eq(e->items[0].done, DATE_NONE);
	STRV_IS(e->items[0].people, e->items[0].npeople, "jane-smith");
	STRV_IS(e->items[0].tags, e->items[0].ntags, "talk");
	ck_assert_int_eq(e->items[0].overdue, 0);
	ck_assert_int_eq(e->items[1].status, TASK_DONE);
	ck_assert_int_eq(e->items[1].done, D(2026, 11, 19));
	/* Open or started, due passed: overdue (an entry is always live). */
	ck_assert_int_eq(e->items[2].status, TASK_STARTED);
	ck_assert_int_eq(e->items[2].overdue, 1);
	ck_assert_int_eq(e->items[3].status, TASK_DROPPED);
	ck_assert_int_eq(e->items[3].overdue, 0);
	entry_free(e);
	entry_free(NULL);
}
END_TEST

/* No kind is a note; no title is the first heading, else line. */
START_TEST(test_entry_defaults)
{
	struct entry	*e;

	e = entry("---\ndate: 2026-11-20\nprivate: yes\n---\n\n"
	    "# A heading\nText.\n", 0);
	NO_PROBLEMS();
	ck_assert_str_eq(e->kind, "note");
	ck_assert_int_eq(e->kind_v, EK_NOTE);
	ck_assert_int_eq(entry_checkin(e), 0);
	ck_assert_str_eq(e->title, "A heading");
	ck_assert_int_eq(e->titled, 0);
	ck_assert_int_eq(e->private, 1);
	STRV_IS(e->with, e->nwith, "");
	ck_assert_ptr_null(e->duration);
	ck_assert_uint_eq(e->nitems, 0);
	entry_free(e);

	e = entry("---\ndate: 2026-11-20\nkind: feedback\n"
	    "duration: 45 minutes\n---\n\n  First line.  \nSecond.\n", 0);
	one_problem(C_DURATION, 4, 11, "duration: '45 minutes' is not a "
	    "duration (like 45m, 1h or 1h30m)");
	ck_assert_str_eq(e->title, "First line.");
	ck_assert_int_eq(entry_checkin(e), 1);
	/* A bad duration reads as none. */
	ck_assert_ptr_null(e->duration);
	entry_free(e);

	e = entry("---\ndate: 2026-11-20\nkind: meeting\nprivate: maybe\n"
	    "---\n", 0);
	one_problem(C_TYPES, 4, 10, "private: want true or false, not "
	    "'maybe'");
	ck_assert_str_eq(e->title, "");
	ck_assert_int_eq(e->private, 0);
	ck_assert_int_eq(entry_checkin(e), 1);
	entry_free(e);
}
END_TEST

/* MODEL_NOTES: the Feedback section and the encouragement notes. */
START_TEST(test_notes)
{
	struct entry	*e;

	e = entry(weekly, MODEL_NOTES);
	ck_assert_str_eq(e->feedback, "Went well: clear structure.\n"
	    "To improve: slides too dense.\n"
	    "Encouragement: you are ready for a bigger room.");
	ck_assert_uint_eq(e->nenc, 1);
	ck_assert_str_eq(e->enc[0], "you are ready for a bigger room.");
	entry_free(e);

	e = entry("---\ndate: 2026-11-20\n---\n## Encouragement\n"
	    "- Keep going.\n- You did well\n  in the demo.\n"
	    "- [ ] Not a note\n", MODEL_NOTES);
	ck_assert_ptr_null(e->feedback);
	ck_assert_uint_eq(e->nenc, 2);
	ck_assert_str_eq(e->enc[0], "Keep going.");
	ck_assert_str_eq(e->enc[1], "You did well in the demo.");
	entry_free(e);

	/* In any case, under no heading, or under one written in capitals. */
	e = entry("---\ndate: 2026-11-20\n---\n# Chat\n"
	    "- ENCOURAGEMENT: ship it\n\n## FEEDBACK\nGood.\n", MODEL_NOTES);
	ck_assert_str_eq(e->feedback, "Good.");
	ck_assert_uint_eq(e->nenc, 1);
	ck_assert_str_eq(e->enc[0], "ship it");
	entry_free(e);

	/* Neither: nothing, whatever else the body holds. */
	e = entry("---\ndate: 2026-11-20\n---\n# Chat\nTime: 10:00\n"
	    "Encouragement was given.\n", MODEL_NOTES);
	ck_assert_ptr_null(e->feedback);
	ck_assert_uint_eq(e->nenc, 0);
	entry_free(e);
}
END_TEST

/*
 * --share: free prose goes (a title from the body gives way to the id,
 * feedback and notes are left out); a private entry keeps its numbers
 * (date, kind, people, goals, ratings, items' states and dates) but no
 * id, path, title or text.
 */
START_TEST(test_share)
{
	static const char untitled[] = "---\ndate: 2026-11-20\n---\n"
	    "# My private thoughts\n";
	struct entry	*e;
	struct buf	 b = BUF_INIT;
	size_t		 i;

	e = entry(untitled, 0);
	ck_assert_str_eq(e->title, "My private thoughts");
	entry_free(e);
	e = entry(untitled, MODEL_SHARE);
	ck_assert_str_eq(e->title, "2026-11-20-weekly");
	ck_assert_str_eq(e->id, "2026-11-20-weekly");
	entry_free(e);

	/* A title key is structure: kept; feedback and notes are prose. */
	e = entry(weekly, MODEL_SHARE | MODEL_NOTES);
	ck_assert_str_eq(e->title, "Weekly check-in");
	ck_assert_str_eq(e->path, "j/log/2026/2026-11-20-weekly.md");
	ck_assert_str_eq(e->items[0].text, "Send the draft to @jane-smith "
	    "due:2026-11-28 #talk");
	ck_assert_ptr_null(e->feedback);
	ck_assert_uint_eq(e->nenc, 0);
	entry_free(e);

	/* The same entry, private. */
	buf_addstr(&b, weekly);
	buf_setlen(&b, strstr(b.buf, "author:") - b.buf);
	buf_addstr(&b, "private: true\n");
	buf_addstr(&b, strstr(weekly, "---\n## Feedback"));
	e = entry(b.buf, MODEL_SHARE | MODEL_NOTES);
	NO_PROBLEMS();
	ck_assert_int_eq(e->private, 1);
	ck_assert_ptr_null(e->id);
	ck_assert_ptr_null(e->rel);
	ck_assert_ptr_null(e->path);
	ck_assert_ptr_null(e->title);
	ck_assert_ptr_null(e->feedback);
	ck_assert_uint_eq(e->nenc, 0);
	ck_assert_int_eq(e->date, D(2026, 11, 20));
	ck_assert_int_eq(e->kind_v, EK_CHECKIN);
	STRV_IS(e->with, e->nwith, "jane-smith,bob");
	STRV_IS(e->goals, e->ngoals, "public-speaking");
	ck_assert_uint_eq(e->nratings, 1);
	ck_assert_int_eq(e->ratings[0].value, 3);
	ck_assert_uint_eq(e->nitems, 4);
	for (i = 0; i < e->nitems; i++)
		ck_assert_ptr_null(e->items[i].text);
	ck_assert_int_eq(e->items[0].due, D(2026, 11, 28));
	ck_assert_int_eq(e->items[1].status, TASK_DONE);
	ck_assert_int_eq(e->items[2].overdue, 1);
	entry_free(e);

	/* Without --share, a private entry is whole. */
	e = entry(b.buf, MODEL_NOTES);
	ck_assert_str_eq(e->id, "2026-11-20-weekly");
	ck_assert_str_eq(e->title, "Weekly check-in");
	ck_assert_ptr_nonnull(e->feedback);
	ck_assert_ptr_nonnull(e->items[0].text);
	entry_free(e);
	buf_release(&b);
}
END_TEST

static const char speaking[] =
    "---\n"
    "title: Speak confidently in public\n"
    "term: long\n"
    "mentor: jane-smith\n"
    "created: 2026-09-01\n"
    "due: 2027-06-30\n"
    "skills: [public-speaking]\n"
    "tags: [career]\n"
    "---\n"
    "## Milestones\n"
    "- [x] First talk due:2026-10-15 done:2026-10-12\n"	/* 0 */
    "- [/] Host a webinar due:2026-12-15\n"			/* 1 */
    "- [ ] Undated\n"						/* 2 */
    "- [ ] Write the outline due:2026-11-01\n"			/* 3 */
    "- [-] Dropped due:2026-10-01\n"				/* 4 */
    "- [ ] Same day, later in the file due:2026-11-01\n"	/* 5 */
    "- [X] Also done\n";					/* 6 */

/*
 * Progress (DESIGN.md §2): done / (all - dropped); next, the open or
 * started milestone due first (undated last, then file order); overdue
 * milestones are live ones of an active goal whose due date has passed.
 */
START_TEST(test_goal_progress)
{
	struct goal	*g = goal(speaking, TODAY);

	NO_PROBLEMS();
	ck_assert_str_eq(g->id, "public-speaking");
	ck_assert_str_eq(g->title, "Speak confidently in public");
	ck_assert_str_eq(g->term, "long");
	ck_assert_int_eq(g->term_v, TERM_LONG);
	ck_assert_str_eq(g->status, "active");
	ck_assert_int_eq(g->status_v, GS_ACTIVE);
	ck_assert_int_eq(g->live, 1);
	ck_assert_str_eq(g->mentor, "jane-smith");
	ck_assert_int_eq(g->created, D(2026, 9, 1));
	ck_assert_int_eq(g->due, D(2027, 6, 30));
	STRV_IS(g->skills, g->nskills, "public-speaking");
	STRV_IS(g->tags, g->ntags, "career");
	ck_assert_uint_eq(g->nms, 7);
	ck_assert_int_eq(g->total, 6);
	ck_assert_int_eq(g->done, 2);
	ck_assert_int_eq(g->next, 3);
	ck_assert_int_eq(g->noverdue, 2);
	ck_assert_int_eq(g->ms[3].overdue, 1);
	ck_assert_int_eq(g->ms[5].overdue, 1);
	ck_assert_int_eq(g->ms[4].overdue, 0);
	ck_assert_int_eq(g->ms[1].overdue, 0);
	ck_assert_int_eq(g->overdue, 1);
	goal_free(g);

	/* The day before, nothing is late yet. */
	g = goal(speaking, D(2026, 11, 1));
	ck_assert_int_eq(g->noverdue, 0);
	ck_assert_int_eq(g->overdue, 0);
	ck_assert_int_eq(g->next, 3);
	goal_free(g);

	/* Undated ones come last, then file order. */
	g = goal("---\ntitle: T\n---\n- [ ] a\n- [x] b due:2026-01-01\n"
	    "- [/] c\n", TODAY);
	ck_assert_int_eq(g->next, 0);
	ck_assert_int_eq(g->total, 3);
	ck_assert_int_eq(g->done, 1);
	goal_free(g);
	g = goal("---\ntitle: T\n---\n- [ ] a\n- [ ] b due:2030-01-01\n",
	    TODAY);
	ck_assert_int_eq(g->next, 1);
	goal_free(g);

	/* Nothing left to do: no next; all dropped: nothing to count. */
	g = goal("---\ntitle: T\n---\n- [x] a\n- [-] b\n", TODAY);
	ck_assert_int_eq(g->next, -1);
	ck_assert_int_eq(g->total, 1);
	ck_assert_int_eq(g->done, 1);
	goal_free(g);
	g = goal("---\ntitle: T\n---\n- [-] a due:2020-01-01\n", TODAY);
	ck_assert_int_eq(g->next, -1);
	ck_assert_int_eq(g->total, 0);
	ck_assert_int_eq(g->done, 0);
	ck_assert_int_eq(g->overdue, 0);
	goal_free(g);
}
END_TEST

/* Only an active goal is late: by its due date or a milestone. */
START_TEST(test_goal_overdue)
{
	struct goal	*g;

	g = goal("---\ntitle: T\ndue: 2026-11-20\n---\n", TODAY);
	ck_assert_int_eq(g->overdue, 1);
	ck_assert_int_eq(g->noverdue, 0);
	ck_assert_int_eq(g->next, -1);
	goal_free(g);
	g = goal("---\ntitle: T\ndue: 2026-11-21\n---\n", TODAY);
	ck_assert_int_eq(g->overdue, 0);
	goal_free(g);
	g = goal("---\ntitle: T\nstatus: paused\ndue: 2026-01-01\n---\n"
	    "- [ ] a due:2026-01-01\n", TODAY);
	ck_assert_int_eq(g->status_v, GS_PAUSED);
	ck_assert_int_eq(g->live, 0);
	ck_assert_int_eq(g->overdue, 0);
	ck_assert_int_eq(g->noverdue, 0);
	ck_assert_int_eq(g->ms[0].overdue, 0);
	/* Still the next milestone, if not a late one. */
	ck_assert_int_eq(g->next, 0);
	goal_free(g);
	g = goal("---\ntitle: T\nstatus: done\n---\n", TODAY);
	ck_assert_int_eq(g->status_v, GS_DONE);
	ck_assert_int_eq(g->live, 0);
	goal_free(g);

	/* No title: the id, and said. */
	g = goal("---\nterm: short\n---\n", TODAY);
	one_problem(C_REQUIRED, 1, 1, "no 'title' (a goal needs one)");
	ck_assert_str_eq(g->title, "public-speaking");
	ck_assert_int_eq(g->term_v, TERM_SHORT);
	goal_free(g);
}
END_TEST

/* model.h's enum constants are the places of schema.c's values. */
START_TEST(test_enum_values)
{
	static const struct {
		int		 type;
		const char	*key;
		const char	*values[8];
		int		 consts[8];
		int		 n;
	} e[] = {
		{ R_PERSON, "role", { "mentor", "mentee", "peer" },
		    { ROLE_MENTOR, ROLE_MENTEE, ROLE_PEER }, 3 },
		{ R_PERSON, "relationship", { "formal", "informal",
		    "traditional", "peer", "reverse", "group", "virtual" },
		    { REL_FORMAL, REL_INFORMAL, REL_TRADITIONAL, REL_PEER,
		    REL_REVERSE, REL_GROUP, REL_VIRTUAL }, 7 },
		{ R_PERSON, "status", { "prospect", "contacted", "active",
		    "paused", "ended" }, { PS_PROSPECT, PS_CONTACTED,
		    PS_ACTIVE, PS_PAUSED, PS_ENDED }, 5 },
		{ R_PERSON, "channel", { "in-person", "video", "phone",
		    "email", "chat" }, { CH_IN_PERSON, CH_VIDEO, CH_PHONE,
		    CH_EMAIL, CH_CHAT }, 5 },
		{ R_GOAL, "term", { "short", "long" }, { TERM_SHORT,
		    TERM_LONG }, 2 },
		{ R_GOAL, "status", { "active", "paused", "done", "dropped" },
		    { GS_ACTIVE, GS_PAUSED, GS_DONE, GS_DROPPED }, 4 },
		{ R_ENTRY, "kind", { "check-in", "meeting", "feedback",
		    "note", "win", "reflection" }, { EK_CHECKIN, EK_MEETING,
		    EK_FEEDBACK, EK_NOTE, EK_WIN, EK_REFLECTION }, 6 },
	};
	const struct field	*f;
	const char		*p;
	size_t			 i;
	int			 k, words;

	for (i = 0; i < sizeof(e) / sizeof(e[0]); i++) {
		f = schema_field(e[i].type, e[i].key);
		ck_assert_ptr_nonnull(f);
		ck_assert_int_eq(f->type, F_ENUM);
		/* As many values in the schema as constants here. */
		for (words = 1, p = f->values; *p != '\0'; p++)
			words += *p == '|';
		ck_assert_msg(words == e[i].n, "%s: %d values, %d constants",
		    e[i].key, words, e[i].n);
		for (k = 0; k < e[i].n; k++)
			ck_assert_msg(schema_enum(f, e[i].values[k]) ==
			    e[i].consts[k], "%s: '%s' is %d, its constant %d",
			    e[i].key, e[i].values[k],
			    schema_enum(f, e[i].values[k]), e[i].consts[k]);
		ck_assert_int_eq(schema_enum(f, "nonsense"), -1);
		ck_assert_int_eq(schema_enum(f, ""), -1);
		ck_assert_int_eq(schema_enum(f, NULL), -1);
	}
	/* Not an enum: no values. */
	ck_assert_int_eq(schema_enum(schema_field(R_PERSON, "name"), "x"), -1);
	ck_assert_int_eq(schema_enum(NULL, "x"), -1);
}
END_TEST

START_TEST(test_strv_has)
{
	const char	*v[] = { "a", "bc", "" };

	ck_assert_int_eq(strv_has(v, 3, "a"), 1);
	ck_assert_int_eq(strv_has(v, 3, "bc"), 1);
	ck_assert_int_eq(strv_has(v, 3, ""), 1);
	ck_assert_int_eq(strv_has(v, 3, "b"), 0);
	ck_assert_int_eq(strv_has(v, 2, ""), 0);
	ck_assert_int_eq(strv_has(v, 0, "a"), 0);
	ck_assert_int_eq(strv_has(NULL, 0, "a"), 0);
}
END_TEST

/* mentor.yaml's settings: what reads, defaults for what does not. */
START_TEST(test_settings)
{
	struct settings		 set;
	struct doc_error	 e;
	static const char	 text[] =
	    "owner: Alex Doe\nrole: mentee\ncadence: monthly\n"
	    "week-start: Sun\nneeds: [sql, delegation]\nshared: yes\n"
	    "autocommit: off\n";
	static const char	 bad[] =
	    "week-start: someday\nshared: maybe\nneeds: one\n";

	memset(&set, 0, sizeof(set));
	ck_assert_int_eq(doc_parse_yaml(&d, "mentor.yaml", xstrdup(text),
	    strlen(text), &e), 0);
	model_settings(&d, &set, &cx);
	doc_free(&d);
	NO_PROBLEMS();
	ck_assert_str_eq(set.owner, "Alex Doe");
	ck_assert_str_eq(set.role, "mentee");
	ck_assert_str_eq(set.cadence, "monthly");
	ck_assert_int_eq(set.week_start, WEEK_SUNDAY);
	ck_assert_uint_eq(set.nneeds, 2);
	ck_assert_str_eq(set.needs[0], "sql");
	ck_assert_str_eq(set.needs[1], "delegation");
	ck_assert_int_eq(set.shared, 1);
	ck_assert_int_eq(set.autocommit, 0);
	settings_release(&set);

	ck_assert_int_eq(doc_parse_yaml(&d, "mentor.yaml", xstrdup(bad),
	    strlen(bad), &e), 0);
	model_settings(&d, &set, &cx);
	doc_free(&d);
	ck_assert_uint_eq(cx.n, 2);
	ck_assert_int_eq(cx.v[0].check, C_CONFIG);
	ck_assert_int_eq(cx.v[1].check, C_CONFIG);
	ck_assert_int_eq(set.week_start, WEEK_MONDAY);
	ck_assert_int_eq(set.shared, 0);
	ck_assert_ptr_null(set.owner);
	ck_assert_uint_eq(set.nneeds, 1);
	ck_assert_str_eq(set.needs[0], "one");
	settings_release(&set);
}
END_TEST

static Suite *
model_suite(void)
{
	Suite	*s = suite_create("model");
	TCase	*tr = tcase_create("records");

	tcase_add_checked_fixture(tr, model_setup, model_teardown);
	tcase_add_test(tr, test_person_fields);
	tcase_add_test(tr, test_person_defaults);
	tcase_add_test(tr, test_unknown_enums);
	tcase_add_test(tr, test_bad_dates);
	tcase_add_test(tr, test_ratings);
	tcase_add_test(tr, test_entry_fields);
	tcase_add_test(tr, test_entry_defaults);
	tcase_add_test(tr, test_notes);
	tcase_add_test(tr, test_share);
	tcase_add_test(tr, test_goal_progress);
	tcase_add_test(tr, test_goal_overdue);
	tcase_add_test(tr, test_enum_values);
	tcase_add_test(tr, test_strv_has);
	tcase_add_test(tr, test_settings);
	suite_add_tcase(s, tr);
	suite_add_tcase(s, checkins_tcase());
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	sr = srunner_create(model_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
