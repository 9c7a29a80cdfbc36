#include "config.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "model_test.h"

/*
 * model.c's check-in arithmetic (DESIGN.md §2 "Check-ins and cadence"):
 * what person_see() makes of the entries with a person, and what
 * person_finish() works out from it as of today.  The expected dates
 * were counted on a calendar.
 */
static const struct settings	 noset;

/*
 * An entry as person_see() reads it: its date and kind, planned when
 * dated after today, as model_entry() makes it.
 */
static struct entry *
seen(mdate date, int kind)
{
	static struct entry	 v[16];
	static size_t		 n;
	struct entry		*e = &v[n++ % 16];

	memset(e, 0, sizeof(*e));
	e->date = date;
	e->kind_v = kind;
	e->planned = date != DATE_NONE && date > TODAY;
	return e;
}

/* An entry that says planned: true. */
static struct entry *
seen_planned(mdate date, int kind)
{
	struct entry	*e = seen(date, kind);

	e->planned = 1;
	return e;
}

static struct person *
tracked(const char *status, const char *since, const char *cadence)
{
	struct buf	 b = BUF_INIT;
	struct person	*p;

	buf_addstr(&b, "---\nname: P\n");
	if (status != NULL)
		buf_addf(&b, "status: %s\n", status);
	if (since != NULL)
		buf_addf(&b, "since: %s\n", since);
	if (cadence != NULL)
		buf_addf(&b, "cadence: %s\n", cadence);
	buf_addstr(&b, "---\n");
	p = person(b.buf);
	buf_release(&b);
	vctx_clear(&cx);
	return p;
}

/*
 * person_see(): check-ins (check-in, meeting, feedback) up to today are
 * held, later ones planned (the first of them); any entry is the last
 * entry.  person_finish(): the dates sorted, the next due date one
 * cadence after the last check-in, overdue days after that.
 */
/* Seven entries with a person, in no order; with dates, kept too. */
static void
see_seven(struct person *p, int dates)
{
	person_see(p, seen(D(2026, 10, 1), EK_CHECKIN), TODAY, dates);
	person_see(p, seen(D(2026, 11, 1), EK_MEETING), TODAY, dates);
	person_see(p, seen(D(2026, 9, 15), EK_FEEDBACK), TODAY, dates);
	person_see(p, seen(D(2026, 11, 10), EK_NOTE), TODAY, dates);
	person_see(p, seen(D(2026, 12, 1), EK_CHECKIN), TODAY, dates);
	person_see(p, seen(D(2026, 11, 25), EK_MEETING), TODAY, dates);
	person_see(p, seen(DATE_NONE, EK_CHECKIN), TODAY, dates);
}

START_TEST(test_checkins)
{
	struct settings	 set = noset;
	struct person	*p;
	int		 keep;

	/* The same with the dates kept (SCAN_DATES) and without. */
	for (keep = 1; keep >= 0; keep--) {
		p = tracked(NULL, "2026-09-01", "biweekly");
		see_seven(p, keep);
		ck_assert_int_eq(p->last, D(2026, 11, 1));
		ck_assert_int_eq(p->last_entry, D(2026, 12, 1));
		ck_assert_int_eq(p->planned, D(2026, 11, 25));
		ck_assert_uint_eq(p->ndates, keep ? 3 : 0);
		person_finish(p, &set, TODAY);
		if (keep) {
			ck_assert_int_eq(p->dates[0], D(2026, 9, 15));
			ck_assert_int_eq(p->dates[1], D(2026, 10, 1));
			ck_assert_int_eq(p->dates[2], D(2026, 11, 1));
		} else
			ck_assert_ptr_null(p->dates);
		ck_assert_int_eq(p->tracked, 1);
		ck_assert_int_eq(p->has_cad, 1);
		ck_assert_str_eq(p->cadence_used, "biweekly");
		/* 2026-11-01 + 14 days; today is 6 days past it. */
		ck_assert_int_eq(p->next_due, D(2026, 11, 15));
		ck_assert_int_eq(p->late, D(2026, 11, 15));
		ck_assert_int_eq(p->overdue_days, 6);
		ck_assert_int_eq(p->followup, DATE_NONE);
		person_free(p);
	}

	/* Today itself is held, and the due date is not yet late. */
	p = tracked("active", "2026-09-01", "weekly");
	person_see(p, seen(TODAY, EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->last, TODAY);
	ck_assert_int_eq(p->planned, DATE_NONE);
	ck_assert_int_eq(p->next_due, D(2026, 11, 28));
	ck_assert_int_eq(p->overdue_days, 0);
	person_free(p);
	p = tracked("active", "2026-09-01", "weekly");
	person_see(p, seen(D(2026, 11, 14), EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->next_due, TODAY);
	ck_assert_int_eq(p->overdue_days, 0);
	person_free(p);
}
END_TEST

/*
 * A check-in planned (planned: true) is not held, whatever its date: one
 * of today or later is the planned one, one of a day gone by neither.
 */
START_TEST(test_checkin_planned)
{
	struct settings	 set = noset;
	struct person	*p;

	p = tracked(NULL, "2026-09-01", "biweekly");
	person_see(p, seen(D(2026, 11, 1), EK_CHECKIN), TODAY, 1);
	person_see(p, seen_planned(D(2026, 11, 18), EK_CHECKIN), TODAY, 1);
	person_see(p, seen_planned(TODAY, EK_MEETING), TODAY, 1);
	person_see(p, seen_planned(D(2026, 11, 30), EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->last, D(2026, 11, 1));
	ck_assert_uint_eq(p->ndates, 1);
	ck_assert_int_eq(p->planned, TODAY);
	ck_assert_int_eq(p->last_entry, D(2026, 11, 30));
	/* Still due from the last one held, and overdue. */
	ck_assert_int_eq(p->next_due, D(2026, 11, 15));
	ck_assert_int_eq(p->overdue_days, 6);
	person_free(p);

	/* Only past planned ones: nothing planned, nothing held. */
	p = tracked(NULL, "2026-11-01", "weekly");
	person_see(p, seen_planned(D(2026, 11, 8), EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->last, DATE_NONE);
	ck_assert_int_eq(p->planned, DATE_NONE);
	ck_assert_uint_eq(p->ndates, 0);
	ck_assert_int_eq(p->next_due, D(2026, 11, 8));
	person_free(p);
}
END_TEST

/* A window: due after 2 weeks, overdue days only counted after 3. */
START_TEST(test_checkin_window)
{
	struct settings	 set = noset;
	struct person	*p;

	p = tracked(NULL, "2026-09-01", "every 2-3 weeks");
	person_see(p, seen(D(2026, 11, 1), EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->next_due, D(2026, 11, 15));
	ck_assert_int_eq(p->late, D(2026, 11, 22));
	ck_assert_int_eq(p->overdue_days, 0);
	person_free(p);
	p = tracked(NULL, "2026-09-01", "every 2-3 weeks");
	person_see(p, seen(D(2026, 11, 1), EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, D(2026, 11, 30));
	ck_assert_int_eq(p->overdue_days, 8);
	person_free(p);

	/* Before the first check-in, since is the base; months clamp. */
	p = tracked(NULL, "2026-01-31", "monthly");
	person_finish(p, &set, D(2026, 3, 5));
	ck_assert_int_eq(p->last, DATE_NONE);
	ck_assert_int_eq(p->next_due, D(2026, 2, 28));
	ck_assert_int_eq(p->overdue_days, 5);
	person_free(p);
	p = tracked(NULL, "2026-08-31", "quarterly");
	person_finish(p, &set, D(2026, 12, 1));
	ck_assert_int_eq(p->next_due, D(2026, 11, 30));
	ck_assert_int_eq(p->overdue_days, 1);
	person_free(p);
}
END_TEST

/* Whose cadence, and who is tracked at all. */
START_TEST(test_checkin_cadence)
{
	struct settings	 set = noset;
	struct person	*p;

	set.cadence = "every 10 days";
	/* mentor.yaml's for those without their own. */
	p = tracked(NULL, "2026-11-01", NULL);
	person_finish(p, &set, TODAY);
	ck_assert_ptr_eq(p->cadence_used, set.cadence);
	ck_assert_int_eq(p->has_cad, 1);
	ck_assert_int_eq(p->next_due, D(2026, 11, 11));
	ck_assert_int_eq(p->overdue_days, 10);
	person_free(p);
	/* Their own beats it. */
	p = tracked(NULL, "2026-11-01", "monthly");
	person_finish(p, &set, TODAY);
	ck_assert_str_eq(p->cadence_used, "monthly");
	ck_assert_int_eq(p->next_due, D(2026, 12, 1));
	ck_assert_int_eq(p->overdue_days, 0);
	person_free(p);
	/* Only active people are tracked. */
	p = tracked("paused", "2026-01-01", "weekly");
	person_see(p, seen(D(2026, 2, 1), EK_CHECKIN), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->tracked, 0);
	ck_assert_int_eq(p->has_cad, 0);
	ck_assert_int_eq(p->next_due, DATE_NONE);
	ck_assert_int_eq(p->overdue_days, 0);
	/* What it saw is kept all the same. */
	ck_assert_int_eq(p->last, D(2026, 2, 1));
	person_free(p);
	/* No cadence anywhere, or one that does not read: none. */
	set.cadence = NULL;
	p = tracked(NULL, "2026-01-01", NULL);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->tracked, 1);
	ck_assert_int_eq(p->has_cad, 0);
	ck_assert_int_eq(p->next_due, DATE_NONE);
	person_free(p);
	p = tracked(NULL, "2026-01-01", "fortnightly");
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->has_cad, 0);
	ck_assert_int_eq(p->overdue_days, 0);
	person_free(p);
	/* A cadence but nothing to count from. */
	p = tracked(NULL, NULL, "weekly");
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->has_cad, 1);
	ck_assert_int_eq(p->next_due, DATE_NONE);
	ck_assert_int_eq(p->overdue_days, 0);
	person_free(p);
}
END_TEST

/* A prospect's follow-up: 7 days after contacted, unless seen since. */
START_TEST(test_followup)
{
	struct settings	 set = noset;
	struct person	*p;

	p = person("---\nname: P\nstatus: contacted\ncontacted: 2026-11-01\n"
	    "---\n");
	ck_assert_int_eq(person_prospect(p), 1);
	person_see(p, seen(D(2026, 11, 1), EK_NOTE), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->followup, D(2026, 11, 8));
	ck_assert_int_eq(p->tracked, 0);
	person_free(p);
	p = person("---\nname: P\nstatus: prospect\ncontacted: 2026-11-01\n"
	    "---\n");
	ck_assert_int_eq(person_prospect(p), 1);
	person_see(p, seen(D(2026, 11, 2), EK_NOTE), TODAY, 1);
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->followup, DATE_NONE);
	person_free(p);
	/* Not a prospect, or never contacted: no follow-up. */
	p = person("---\nname: P\nstatus: active\ncontacted: 2026-11-01\n"
	    "---\n");
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->followup, DATE_NONE);
	person_free(p);
	p = person("---\nname: P\nstatus: prospect\n---\n");
	person_finish(p, &set, TODAY);
	ck_assert_int_eq(p->followup, DATE_NONE);
	person_free(p);
}
END_TEST

TCase *
checkins_tcase(void)
{
	TCase	*tc = tcase_create("check-ins");

	tcase_add_checked_fixture(tc, model_setup, model_teardown);
	tcase_add_test(tc, test_checkins);
	tcase_add_test(tc, test_checkin_planned);
	tcase_add_test(tc, test_checkin_window);
	tcase_add_test(tc, test_checkin_cadence);
	tcase_add_test(tc, test_followup);
	return tc;
}
