#include "config.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"
#include "fixture.h"

/*
 * lib/report/common.c: what several reports compute alike.  The people
 * are made by hand (since, cadence, the check-ins held), and every
 * expected number was counted on a calendar, not computed: the comments
 * show the counting.  2026 is not a leap year.  item_who() looks people
 * up in a small journal written in the fixture's scratch folder.
 */
#define D(y, m, dd)	date_from_ymd((y), (m), (dd))
#define N(a)		(sizeof(a) / sizeof((a)[0]))

static struct period
per(mdate since, mdate until)
{
	struct period	 p;

	p.since = since;
	p.until = until;
	return p;
}

#define ALL	per(DATE_NONE, DATE_NONE)
#define FEB	per(D(2026, 2, 1), D(2026, 2, 28))

/* A tracked person: since, a cadence (or none), the check-ins held. */
static void
mkperson(struct person *p, const char *id, mdate since, const char *cadence,
    mdate *dates, size_t n)
{
	memset(p, 0, sizeof(*p));
	p->id = id;
	p->since = since;
	p->tracked = 1;
	if (cadence != NULL) {
		ck_assert_int_eq(cadence_parse(cadence, &p->cad), 0);
		p->has_cad = 1;
	}
	p->dates = dates;
	p->ndates = n;
	p->last = n > 0 ? dates[n - 1] : DATE_NONE;
}

/* Inclusive bounds; an open period holds every day, and no date. */
START_TEST(test_in_period)
{
	struct period	 p = FEB, all = ALL;
	struct period	 from = per(D(2026, 2, 1), DATE_NONE);
	struct period	 to = per(DATE_NONE, D(2026, 2, 28));

	ck_assert_int_eq(in_period(&p, D(2026, 2, 1)), 1);
	ck_assert_int_eq(in_period(&p, D(2026, 2, 28)), 1);
	ck_assert_int_eq(in_period(&p, D(2026, 1, 31)), 0);
	ck_assert_int_eq(in_period(&p, D(2026, 3, 1)), 0);
	ck_assert_int_eq(in_period(&p, DATE_NONE), 0);
	ck_assert_int_eq(in_period(&all, DATE_NONE), 1);
	ck_assert_int_eq(in_period(&all, D(1, 1, 1)), 1);
	ck_assert_int_eq(in_period(&from, D(9999, 12, 31)), 1);
	ck_assert_int_eq(in_period(&from, D(2026, 1, 31)), 0);
	ck_assert_int_eq(in_period(&from, DATE_NONE), 0);
	ck_assert_int_eq(in_period(&to, D(1900, 1, 1)), 1);
	ck_assert_int_eq(in_period(&to, D(2026, 3, 1)), 0);
}
END_TEST

/*
 * The check-ins expected in the period, up to today: the kick-off on since,
 * then one a step of the cadence (a window's far end), stepped from since.
 */
START_TEST(test_expected_in)
{
	struct person	 p;
	struct period	 pp;

	/*
	 * Weekly from Thu 1 Jan: the kick-off on 1 Jan, then 8, 15, 22,
	 * 29 Jan; 5, 12, 19, 26 Feb.
	 */
	mkperson(&p, "p", D(2026, 1, 1), "weekly", NULL, 0);
	pp = FEB;
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 4);
	/* Up to today: 5 and 12 Feb (15 Feb is today's limit). */
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 2, 15)), 2);
	/* Today a due date itself: it counts. */
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 2, 12)), 2);
	/* All time, up to 15 Feb: five in January, two in February. */
	pp = ALL;
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 2, 15)), 7);
	/* From 20 Jan: 22, 29 Jan, 5, 12 Feb. */
	pp = per(D(2026, 1, 20), DATE_NONE);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 2, 15)), 4);
	/* From a due date itself: 8, 15, 22 and 29 Jan. */
	pp = per(D(2026, 1, 8), D(2026, 1, 31));
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 4);
	/* Until 10 Jan: the kick-off and 8 Jan. */
	pp = per(DATE_NONE, D(2026, 1, 10));
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 2);
	/* On since itself the kick-off is expected; before it, nothing. */
	pp = ALL;
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 1, 1)), 1);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 1, 7)), 1);
	ck_assert_int_eq(expected_in(&p, &pp, D(2025, 12, 31)), 0);
	pp = per(D(2025, 1, 1), D(2025, 12, 31));
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 0);

	/*
	 * Monthly from 31 Jan: the kick-off on 31 Jan, then 28 Feb, 31 Mar,
	 * 30 Apr, 31 May, 30 Jun.
	 */
	mkperson(&p, "p", D(2026, 1, 31), "monthly", NULL, 0);
	pp = per(D(2026, 4, 1), D(2026, 6, 30));
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 3);
	pp = FEB;
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 1);
	pp = per(D(2026, 3, 1), D(2026, 3, 30));
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 0);
	pp = per(D(2026, 1, 1), D(2026, 3, 31));
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 3);

	/*
	 * A window expects one check-in a window: every 2-3 weeks from
	 * 1 Jan steps by 21 days, 1 Jan, 22 Jan, 12 Feb, 5 Mar, 26 Mar.
	 */
	mkperson(&p, "p", D(2026, 1, 1), "every 2-3 weeks", NULL, 0);
	pp = FEB;	/* 12 Feb */
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 1);
	pp = ALL;
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 3, 5)), 4);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 3, 4)), 3);
	/* A plain step of days: every 10 days, 1, 11, 21, 31 Jan. */
	mkperson(&p, "p", D(2026, 1, 1), "every 10 days", NULL, 0);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 1, 31)), 4);

	/* No cadence, or no since: nothing was expected. */
	mkperson(&p, "p", D(2026, 1, 1), NULL, NULL, 0);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 0);
	mkperson(&p, "p", DATE_NONE, "weekly", NULL, 0);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 21)), 0);
}
END_TEST

/*
 * Meeting every three weeks on a 2-3 week window, or weekly on a weekly
 * cadence, kick-off included, holds as many check-ins as were expected.
 */
START_TEST(test_expected_on_time)
{
	mdate		 w[] = { D(2026, 9, 1), D(2026, 9, 22), D(2026, 10, 13),
	    D(2026, 11, 3) };
	mdate		 k[] = { D(2026, 9, 1), D(2026, 9, 8), D(2026, 9, 15),
	    D(2026, 9, 22), D(2026, 9, 29) };
	struct person	 p;
	struct period	 pp = ALL;

	mkperson(&p, "p", D(2026, 9, 1), "every 2-3 weeks", w, N(w));
	ck_assert_int_eq(held_in(&p, &pp), 4);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 11, 10)), 4);
	mkperson(&p, "p", D(2026, 9, 1), "weekly", k, N(k));
	ck_assert_int_eq(held_in(&p, &pp), 5);
	ck_assert_int_eq(expected_in(&p, &pp, D(2026, 9, 29)), 5);
}
END_TEST

START_TEST(test_held_in)
{
	mdate		 d[] = { D(2026, 1, 10), D(2026, 2, 3), D(2026, 2, 28),
	    D(2026, 3, 1) };
	struct person	 p;
	struct period	 pp;

	mkperson(&p, "p", D(2026, 1, 1), "weekly", d, N(d));
	pp = FEB;
	ck_assert_int_eq(held_in(&p, &pp), 2);
	pp = ALL;
	ck_assert_int_eq(held_in(&p, &pp), 4);
	pp = per(D(2026, 3, 1), DATE_NONE);
	ck_assert_int_eq(held_in(&p, &pp), 1);
	pp = per(DATE_NONE, D(2026, 2, 2));
	ck_assert_int_eq(held_in(&p, &pp), 1);
	mkperson(&p, "p", D(2026, 1, 1), "weekly", NULL, 0);
	ck_assert_int_eq(held_in(&p, &pp), 0);
}
END_TEST

/*
 * The longest stretch without a check-in: between since, each check-in
 * and today, cut to the period.
 */
START_TEST(test_longest_gap)
{
	mdate		 d[] = { D(2026, 1, 10), D(2026, 2, 20), D(2026, 3, 1) };
	mdate		 two[] = { D(2026, 1, 10), D(2026, 1, 20) };
	mdate		 late[] = { D(2026, 1, 5), D(2026, 3, 20) };
	struct person	 p;
	struct period	 pp;

	/*
	 * 1 Jan to 10 Jan: 9 days; to 20 Feb: 21 + 20 = 41; to 1 Mar:
	 * 8 + 1 = 9; to today 15 Apr: 30 + 15 = 45.
	 */
	mkperson(&p, "p", D(2026, 1, 1), "weekly", d, N(d));
	pp = ALL;
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 4, 15)), 45);
	/* Up to 10 Mar: the 41 days of January and February are longest. */
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 3, 10)), 41);
	/* In February: 1 to 20 Feb is 19 days; 20 to 28 Feb, 8. */
	pp = FEB;
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 4, 15)), 19);
	/* From 15 Feb to today 15 Apr: 15 Feb to 20 Feb is 5, then 9, 45. */
	pp = per(D(2026, 2, 15), DATE_NONE);
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 4, 15)), 45);
	/* Until 5 Mar, today later: 20 Feb to 1 Mar 9, 1 to 5 Mar 4: 41. */
	pp = per(DATE_NONE, D(2026, 3, 5));
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 4, 15)), 41);

	/* A check-in after the period ends it: 5 to 31 Jan is 26 days. */
	mkperson(&p, "p", D(2025, 12, 1), "weekly", late, N(late));
	pp = per(D(2026, 1, 1), D(2026, 1, 31));
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 4, 1)), 26);

	/* No since: counted from the first check-in (10, then to 31 Jan 11). */
	mkperson(&p, "p", DATE_NONE, "weekly", two, N(two));
	pp = ALL;
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 1, 31)), 11);
	/* No check-in: since to today, 1 to 31 Jan. */
	mkperson(&p, "p", D(2026, 1, 1), "weekly", NULL, 0);
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 1, 31)), 30);
	/* The period's start beats an earlier since: 1 to 31 Jan again. */
	mkperson(&p, "p", D(2025, 12, 1), "weekly", NULL, 0);
	pp = per(D(2026, 1, 1), D(2026, 1, 31));
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 3, 1)), 30);
	/* A period before since: no gap at all. */
	mkperson(&p, "p", D(2026, 9, 1), "weekly", NULL, 0);
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 11, 21)), 0);
	/* Nothing to count from. */
	mkperson(&p, "p", DATE_NONE, "weekly", NULL, 0);
	pp = ALL;
	ck_assert_int_eq(longest_gap(&p, &pp, D(2026, 11, 21)), 0);
}
END_TEST

/*
 * The on-time streak: back from the last check-in, each held no later
 * than the late date of the one before (or of since).
 */
START_TEST(test_streak)
{
	mdate		 late[] = { D(2026, 1, 8), D(2026, 1, 15), D(2026, 1, 25),
	    D(2026, 1, 30) };
	mdate		 ontime[] = { D(2026, 1, 8), D(2026, 1, 15),
	    D(2026, 1, 22) };
	mdate		 win[] = { D(2026, 1, 1), D(2026, 1, 14), D(2026, 1, 28) };
	mdate		 winlate[] = { D(2026, 1, 1), D(2026, 1, 14),
	    D(2026, 1, 29) };
	struct person	 p;

	/* Weekly: 25 Jan is later than 15 + 7 = 22 Jan; 30 Jan is not. */
	mkperson(&p, "p", D(2026, 1, 1), "weekly", late, N(late));
	ck_assert_int_eq(streak(&p), 1);
	/* 8 Jan (1 + 7), 15 Jan (8 + 7), 22 Jan (15 + 7): all on time. */
	mkperson(&p, "p", D(2026, 1, 1), "weekly", ontime, N(ontime));
	ck_assert_int_eq(streak(&p), 3);
	/* The first check-in late for since breaks it there. */
	mkperson(&p, "p", D(2025, 12, 31), "weekly", ontime, N(ontime));
	ck_assert_int_eq(streak(&p), 2);
	/* No since: the first counts, with nothing to be late for. */
	mkperson(&p, "p", DATE_NONE, "weekly", ontime + 1, 2);
	ck_assert_int_eq(streak(&p), 2);
	/* A window is late only after its far end: 14 days + 14. */
	mkperson(&p, "p", DATE_NONE, "every 1-2 weeks", win, N(win));
	ck_assert_int_eq(streak(&p), 3);
	mkperson(&p, "p", DATE_NONE, "every 1-2 weeks", winlate, N(winlate));
	ck_assert_int_eq(streak(&p), 0);
	/* Overdue now, no cadence, or nothing held: no streak. */
	mkperson(&p, "p", D(2026, 1, 1), "weekly", ontime, N(ontime));
	p.overdue_days = 1;
	ck_assert_int_eq(streak(&p), 0);
	mkperson(&p, "p", D(2026, 1, 1), NULL, ontime, N(ontime));
	ck_assert_int_eq(streak(&p), 0);
	mkperson(&p, "p", D(2026, 1, 1), "weekly", NULL, 0);
	ck_assert_int_eq(streak(&p), 0);
}
END_TEST

START_TEST(test_ms_done_in)
{
	struct item	 m;
	struct period	 pp = FEB, all = ALL;

	memset(&m, 0, sizeof(m));
	m.status = TASK_DONE;
	m.done = D(2026, 2, 10);
	ck_assert_int_eq(ms_done_in(&m, &pp), 1);
	m.done = D(2026, 3, 1);
	ck_assert_int_eq(ms_done_in(&m, &pp), 0);
	ck_assert_int_eq(ms_done_in(&m, &all), 1);
	/* Done with no date: in no period, not even all time. */
	m.done = DATE_NONE;
	ck_assert_int_eq(ms_done_in(&m, &all), 0);
	m.done = D(2026, 2, 10);
	m.status = TASK_STARTED;
	ck_assert_int_eq(ms_done_in(&m, &pp), 0);
}
END_TEST

/* A task item's text without its due: and done: tokens. */
START_TEST(test_plain)
{
	static const struct {
		const char	*in, *out;
	} t[] = {
		{ "Send the draft to @jane due:2026-11-28 #talk",
		    "Send the draft to @jane #talk" },
		{ "Book the room done:2026-11-21", "Book the room" },
		{ "due:2026-11-28 first done:2026-11-30 last",
		    "first last" },
		{ "  spaced \t out  ", "spaced out" },
		{ "due:soon stays, due:2026-1-5 too",
		    "due:soon stays, due:2026-1-5 too" },
		{ "undue:2026-11-28 stays", "undue:2026-11-28 stays" },
		{ "due:2026-11-28", "" },
		{ "", "" },
	};
	size_t	 i;
	char	*s;

	for (i = 0; i < N(t); i++) {
		s = plain(t[i].in);
		ck_assert_msg(strcmp(s, t[i].out) == 0, "plain('%s') is '%s'",
		    t[i].in, s);
		free(s);
	}
}
END_TEST

START_TEST(test_period_words)
{
	struct period	 p;
	char		 s[64], small[8];

	p = ALL;
	ck_assert_str_eq(period_words(s, sizeof(s), &p), "all time");
	p = per(D(2026, 10, 1), DATE_NONE);
	ck_assert_str_eq(period_words(s, sizeof(s), &p), "since 2026-10-01");
	p = per(DATE_NONE, D(2026, 10, 31));
	ck_assert_str_eq(period_words(s, sizeof(s), &p), "until 2026-10-31");
	p = per(D(2026, 10, 1), D(2026, 10, 1));
	ck_assert_str_eq(period_words(s, sizeof(s), &p), "2026-10-01");
	p = per(D(2026, 10, 1), D(2026, 10, 31));
	ck_assert_str_eq(period_words(s, sizeof(s), &p),
	    "2026-10-01 to 2026-10-31");
	/* Cut to the room given, and still a string. */
	ck_assert_str_eq(period_words(small, sizeof(small), &p), "2026-10");
}
END_TEST

/* A journal for the tests that look people up. */
static struct journal	 J;

static void
journal_setup(void)
{
	fx_setup();
	fx_put("j/mentor.yaml", "owner: A\n");
	fx_put("j/people/jane-smith.md", "---\nname: Jane Smith\n---\n");
	fx_put("j/people/bob.md", "---\nname: Bob\n---\n");
}

static void
open_j(void)
{
	char	*p = fx_path("j");

	ck_assert_int_eq(journal_find(&J, p, 0), 0);
	free(p);
}

/*
 * Who an action item goes under: --with; else the first @id naming a
 * person of the journal; else the first the entry is with; else the
 * first @id; else no one.
 */
START_TEST(test_item_who)
{
	const char	*ghost[] = { "nobody", "ghost" };
	const char	*some[] = { "nobody", "bob", "jane-smith" };
	const char	*with[] = { "jane-smith", "bob" };
	struct rctx	 rc;
	struct entry	 e;
	struct item	 t;

	open_j();
	memset(&rc, 0, sizeof(rc));
	memset(&e, 0, sizeof(e));
	memset(&t, 0, sizeof(t));
	rc.j = &J;
	ck_assert_str_eq(item_who(&rc, &e, &t), "");
	t.people = ghost;
	t.npeople = 2;
	ck_assert_str_eq(item_who(&rc, &e, &t), "nobody");
	e.with = with;
	e.nwith = 2;
	ck_assert_str_eq(item_who(&rc, &e, &t), "jane-smith");
	e.with = with + 1;
	e.nwith = 1;
	ck_assert_str_eq(item_who(&rc, &e, &t), "bob");
	t.people = some;
	t.npeople = 3;
	e.with = with;
	e.nwith = 2;
	ck_assert_str_eq(item_who(&rc, &e, &t), "bob");
	rc.with = "carol";
	ck_assert_str_eq(item_who(&rc, &e, &t), "carol");
	journal_close(&J);
}
END_TEST

/* Who is named, and which people, goals and entries a report covers. */
START_TEST(test_shown)
{
	struct person	 jane, bob, *v[2];
	struct goal	 g;
	struct entry	 e;
	struct item	 t;
	struct scan	 s;
	struct rctx	 rc;
	const char	*with[] = { "jane-smith" };
	const char	*at[] = { "bob" };

	mkperson(&bob, "bob", D(2026, 1, 1), "weekly", NULL, 0);
	mkperson(&jane, "jane-smith", D(2026, 1, 1), NULL, NULL, 0);
	jane.name = "Jane Smith";
	v[0] = &bob;
	v[1] = &jane;
	memset(&s, 0, sizeof(s));
	s.people = v;
	s.npeople = 2;
	memset(&rc, 0, sizeof(rc));
	rc.s = &s;
	ck_assert_str_eq(who_name(&rc, "jane-smith"), "Jane Smith");
	ck_assert_str_eq(who_name(&rc, "bob"), "bob");
	ck_assert_str_eq(who_name(&rc, "ghost"), "ghost");
	ck_assert_str_eq(who_name(&rc, ""), "(no one named)");

	/* Tracked, with a cadence, given when records were, --with. */
	ck_assert_int_eq(person_shown(&rc, &bob), 1);
	ck_assert_int_eq(person_shown(&rc, &jane), 0);
	rc.with = "jane-smith";
	ck_assert_int_eq(person_shown(&rc, &bob), 0);
	rc.with = "bob";
	ck_assert_int_eq(person_shown(&rc, &bob), 1);
	rc.given = 1;
	ck_assert_int_eq(person_shown(&rc, &bob), 0);
	bob.given = 1;
	ck_assert_int_eq(person_shown(&rc, &bob), 1);
	bob.tracked = 0;
	ck_assert_int_eq(person_shown(&rc, &bob), 0);

	memset(&g, 0, sizeof(g));
	memset(&rc, 0, sizeof(rc));
	ck_assert_int_eq(goal_shown(&rc, &g), 1);
	rc.with = "jane-smith";
	ck_assert_int_eq(goal_shown(&rc, &g), 0);
	g.mentor = "jane-smith";
	ck_assert_int_eq(goal_shown(&rc, &g), 1);
	rc.given = 1;
	ck_assert_int_eq(goal_shown(&rc, &g), 0);
	g.given = 1;
	ck_assert_int_eq(goal_shown(&rc, &g), 1);

	memset(&e, 0, sizeof(e));
	memset(&t, 0, sizeof(t));
	ck_assert_int_eq(concerns(&e, NULL), 1);
	ck_assert_int_eq(concerns(&e, "bob"), 0);
	e.with = with;
	e.nwith = 1;
	ck_assert_int_eq(concerns(&e, "jane-smith"), 1);
	ck_assert_int_eq(concerns(&e, "bob"), 0);
	t.people = at;
	t.npeople = 1;
	e.items = &t;
	e.nitems = 1;
	ck_assert_int_eq(concerns(&e, "bob"), 1);
	ck_assert_int_eq(concerns(&e, "jane"), 0);
}
END_TEST

static Suite *
report_suite(void)
{
	Suite	*s = suite_create("report");
	TCase	*tc = tcase_create("common");

	tcase_add_unchecked_fixture(tc, journal_setup, fx_teardown);
	tcase_add_test(tc, test_in_period);
	tcase_add_test(tc, test_expected_in);
	tcase_add_test(tc, test_expected_on_time);
	tcase_add_test(tc, test_held_in);
	tcase_add_test(tc, test_longest_gap);
	tcase_add_test(tc, test_streak);
	tcase_add_test(tc, test_ms_done_in);
	tcase_add_test(tc, test_plain);
	tcase_add_test(tc, test_period_words);
	tcase_add_test(tc, test_item_who);
	tcase_add_test(tc, test_shown);
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

	sr = srunner_create(report_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
