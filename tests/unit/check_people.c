#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <err.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * people_scan() on small journals written to a temporary directory: each
 * test makes its own journal (mentor.yaml, people, entries), opens it,
 * scans it as of one or more days and checks every date it works out
 * (DESIGN.md §2 "Check-ins and cadence").
 */
static char	 base[] = "/tmp/check_people.XXXXXX";
static int	 nentries;		/* makes entry names unique */
static char	*jdir;			/* the journal of the running test */

static mdate
ymd(int y, int m, int d)
{
	return date_from_ymd(y, m, d);
}

static void
put(const char *rel, const char *text)
{
	char	*p;
	FILE	*f;

	xasprintf(&p, "%s/%s", jdir, rel);
	if ((f = fopen(p, "w")) == NULL)
		err(1, "%s", p);
	fputs(text, f);
	if (fclose(f) != 0)
		err(1, "%s", p);
	free(p);
}

static void
mkdir_in(const char *rel)
{
	char	*p;

	xasprintf(&p, "%s/%s", jdir, rel);
	if (mkdir(p, 0755) == -1)
		err(1, "%s", p);
	free(p);
}

/*
 * A new, empty journal; settings is mentor.yaml.  Check runs each test
 * in a child process, so the name comes from mkdtemp, not a counter.
 */
static void
journal_new(const char *settings)
{
	free(jdir);
	xasprintf(&jdir, "%s/j.XXXXXX", base);
	if (mkdtemp(jdir) == NULL)
		err(1, "%s", jdir);
	put("mentor.yaml", settings);
	mkdir_in("people");
	mkdir_in("goals");
	mkdir_in("log");
}

/* A person: name and the rest of the front matter. */
static void
person(const char *id, const char *fm)
{
	char	*rel, *text;

	xasprintf(&rel, "people/%s.md", id);
	xasprintf(&text, "---\nname: %s\n%s---\n## Expectations\n", id, fm);
	put(rel, text);
	free(rel);
	free(text);
}

/* An entry: its date, kind and with (the YAML after "with:"). */
static void
entry(const char *date, const char *kind, const char *with)
{
	char		*dir, *rel, *text;
	struct stat	 st;

	xasprintf(&dir, "%s/log/%.4s", jdir, date);
	if (stat(dir, &st) == -1 && mkdir(dir, 0755) == -1)
		err(1, "%s", dir);
	xasprintf(&rel, "log/%.4s/%s-%s-%d.md", date, date, kind,
	    ++nentries);
	xasprintf(&text, "---\ntitle: %s\ndate: %s\nkind: %s\nwith: %s\n"
	    "---\nNotes.\n", kind, date, kind, with);
	put(rel, text);
	free(dir);
	free(rel);
	free(text);
}

/* Scan the test's journal as of today. */
static size_t
scan(mdate today, int keep, struct person **v)
{
	struct journal	 j;
	size_t		 n;

	(void)keep;	/* check-in dates are always kept now */
	ck_assert_int_eq(journal_find(&j, jdir, 0), 0);
	n = people_scan(&j, today, v);
	journal_close(&j);
	return n;
}

static const struct person *
find(const struct person *v, size_t n, const char *id)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i].id, id) == 0)
			return &v[i];
	ck_abort_msg("no person '%s'", id);
	return NULL;
}

/* Check one person's last, next_due and overdue_days as of today. */
static void
expect(mdate today, const char *id, mdate last, mdate next, int overdue)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	n = scan(today, 0, &v);
	p = find(v, n, id);
	ck_assert_msg(p->last == last, "%s: last %d, want %d", id,
	    (int)p->last, (int)last);
	ck_assert_msg(p->next_due == next, "%s: next_due %d, want %d", id,
	    (int)p->next_due, (int)next);
	ck_assert_int_eq(p->overdue_days, overdue);
	people_free(v, n);
}

static const char settings_monthly[] = "owner: Alex Doe\ncadence: monthly\n";
static const char settings_none[] = "owner: Alex Doe\n";

/* Monthly from 31 January: the end of February, then a month later. */
START_TEST(test_month_ends)
{
	journal_new(settings_none);
	person("jan", "status: active\ncadence: monthly\n");
	person("leap", "status: active\ncadence: monthly\n");
	person("mar", "status: active\ncadence: monthly\n");
	person("dec", "status: active\ncadence: monthly\n");
	person("qtr", "status: active\ncadence: quarterly\n");
	person("feb", "status: active\ncadence: monthly\n");
	entry("2027-01-31", "check-in", "[jan]");
	entry("2028-01-31", "meeting", "[leap]");
	entry("2027-03-31", "check-in", "[mar]");
	entry("2026-12-31", "check-in", "[dec]");
	entry("2026-11-30", "check-in", "[qtr]");
	entry("2027-02-28", "check-in", "[feb]");

	expect(ymd(2027, 2, 27), "jan", ymd(2027, 1, 31), ymd(2027, 2, 28), 0);
	expect(ymd(2027, 2, 28), "jan", ymd(2027, 1, 31), ymd(2027, 2, 28), 0);
	expect(ymd(2027, 3, 1), "jan", ymd(2027, 1, 31), ymd(2027, 2, 28), 1);
	expect(ymd(2027, 3, 31), "jan", ymd(2027, 1, 31), ymd(2027, 2, 28),
	    31);
	expect(ymd(2028, 3, 1), "leap", ymd(2028, 1, 31), ymd(2028, 2, 29), 1);
	expect(ymd(2027, 5, 1), "mar", ymd(2027, 3, 31), ymd(2027, 4, 30), 1);
	expect(ymd(2027, 1, 31), "dec", ymd(2026, 12, 31), ymd(2027, 1, 31),
	    0);
	expect(ymd(2027, 3, 3), "qtr", ymd(2026, 11, 30), ymd(2027, 2, 28), 3);
	/* One month after 28 February is 28 March, not the month's end. */
	expect(ymd(2027, 3, 31), "feb", ymd(2027, 2, 28), ymd(2027, 3, 28), 3);
}
END_TEST

/* 29 February, reached by days and by months, and stepped from. */
START_TEST(test_leap_days)
{
	journal_new(settings_none);
	person("wk", "status: active\ncadence: weekly\n");
	person("ten", "status: active\ncadence: every 10 days\n");
	person("ten27", "status: active\ncadence: every 10 days\n");
	person("from29", "status: active\ncadence: monthly\n");
	person("qtr", "status: active\ncadence: quarterly\n");
	person("year", "status: active\ncadence: every 12 months\n");
	entry("2028-02-22", "check-in", "[wk]");
	entry("2028-02-25", "check-in", "[ten]");
	entry("2027-02-25", "check-in", "[ten27]");
	entry("2028-02-29", "feedback", "[from29, year]");
	entry("2027-11-30", "check-in", "[qtr]");

	expect(ymd(2028, 3, 2), "wk", ymd(2028, 2, 22), ymd(2028, 2, 29), 2);
	expect(ymd(2028, 3, 6), "ten", ymd(2028, 2, 25), ymd(2028, 3, 6), 0);
	expect(ymd(2027, 3, 8), "ten27", ymd(2027, 2, 25), ymd(2027, 3, 7),
	    1);
	expect(ymd(2028, 3, 30), "from29", ymd(2028, 2, 29), ymd(2028, 3, 29),
	    1);
	expect(ymd(2028, 3, 1), "qtr", ymd(2027, 11, 30), ymd(2028, 2, 29), 1);
	expect(ymd(2029, 3, 1), "year", ymd(2028, 2, 29), ymd(2029, 2, 28), 1);
}
END_TEST

/* Every 10 days: overdue days count from the due date, when positive. */
START_TEST(test_every_ten_days)
{
	journal_new(settings_none);
	person("ten", "status: active\ncadence: every 10 days\n"
	    "since: 2026-09-01\n");
	entry("2026-10-20", "check-in", "[ten]");
	entry("2026-11-01", "check-in", "[ten]");
	entry("2026-10-25", "check-in", "[ten]");	/* order does not matter */

	expect(ymd(2026, 11, 5), "ten", ymd(2026, 11, 1), ymd(2026, 11, 11),
	    0);
	expect(ymd(2026, 11, 11), "ten", ymd(2026, 11, 1), ymd(2026, 11, 11),
	    0);
	expect(ymd(2026, 11, 12), "ten", ymd(2026, 11, 1), ymd(2026, 11, 11),
	    1);
	expect(ymd(2026, 11, 22), "ten", ymd(2026, 11, 1), ymd(2026, 11, 11),
	    11);
}
END_TEST

/* A window every 2-3 weeks: due after 2 weeks, late only after 3. */
START_TEST(test_window)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	journal_new(settings_none);
	person("win", "status: active\ncadence: every 2-3 weeks\n");
	entry("2026-11-01", "check-in", "[win]");

	expect(ymd(2026, 11, 10), "win", ymd(2026, 11, 1), ymd(2026, 11, 15),
	    0);
	expect(ymd(2026, 11, 20), "win", ymd(2026, 11, 1), ymd(2026, 11, 15),
	    0);
	expect(ymd(2026, 11, 22), "win", ymd(2026, 11, 1), ymd(2026, 11, 15),
	    0);
	expect(ymd(2026, 11, 23), "win", ymd(2026, 11, 1), ymd(2026, 11, 15),
	    1);
	expect(ymd(2026, 11, 25), "win", ymd(2026, 11, 1), ymd(2026, 11, 15),
	    3);

	n = scan(ymd(2026, 11, 25), 0, &v);
	p = find(v, n, "win");
	ck_assert_int_eq(p->late, ymd(2026, 11, 22));
	ck_assert_int_eq(p->cad.unit, CAD_DAYS);
	ck_assert_int_eq(p->cad.n, 14);
	ck_assert_int_eq(p->cad.late, 21);
	people_free(v, n);
}
END_TEST

/* Entries after today are planned; one dated today is held. */
START_TEST(test_planned)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	journal_new(settings_none);
	person("pl", "status: active\ncadence: biweekly\n");
	entry("2026-11-01", "check-in", "[pl]");
	entry("2026-12-10", "check-in", "[pl]");
	entry("2026-11-30", "meeting", "[pl]");
	entry("2026-12-01", "note", "[pl]");

	n = scan(ymd(2026, 11, 22), 1, &v);
	p = find(v, n, "pl");
	ck_assert_int_eq(p->last, ymd(2026, 11, 1));
	ck_assert_int_eq(p->planned, ymd(2026, 11, 30));
	ck_assert_int_eq(p->next_due, ymd(2026, 11, 15));
	ck_assert_int_eq(p->overdue_days, 7);
	ck_assert_int_eq(p->held, 1);
	ck_assert_uint_eq(p->ndates, 1);
	ck_assert_int_eq(p->last_entry, ymd(2026, 12, 10));
	people_free(v, n);

	/* On the planned day it is the last check-in. */
	n = scan(ymd(2026, 11, 30), 1, &v);
	p = find(v, n, "pl");
	ck_assert_int_eq(p->last, ymd(2026, 11, 30));
	ck_assert_int_eq(p->planned, ymd(2026, 12, 10));
	ck_assert_int_eq(p->next_due, ymd(2026, 12, 14));
	ck_assert_int_eq(p->overdue_days, 0);
	ck_assert_int_eq(p->held, 2);
	ck_assert_uint_eq(p->ndates, 2);
	ck_assert_int_eq(p->dates[0], ymd(2026, 11, 1));
	ck_assert_int_eq(p->dates[1], ymd(2026, 11, 30));
	people_free(v, n);

	/* Later still: nothing planned. */
	n = scan(ymd(2026, 12, 31), 0, &v);
	p = find(v, n, "pl");
	ck_assert_int_eq(p->last, ymd(2026, 12, 10));
	ck_assert_int_eq(p->planned, DATE_NONE);
	ck_assert_int_eq(p->next_due, ymd(2026, 12, 24));
	ck_assert_int_eq(p->overdue_days, 7);
	ck_assert_int_eq(p->held, 3);
	ck_assert_uint_eq(p->ndates, 3);
	ck_assert_int_eq(p->dates[2], ymd(2026, 12, 10));
	people_free(v, n);
}
END_TEST

/* No check-in yet: due one cadence after since; without since, never. */
START_TEST(test_no_checkin)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	journal_new(settings_monthly);
	person("new", "status: active\ncadence: biweekly\nsince: 2026-10-15\n");
	person("nodate", "status: active\ncadence: weekly\n");
	person("fallback", "status: active\nsince: 2026-08-31\n");
	person("nostatus", "since: 2026-11-01\ncadence: weekly\n");

	expect(ymd(2026, 11, 22), "new", DATE_NONE, ymd(2026, 10, 29), 24);
	expect(ymd(2026, 11, 22), "nodate", DATE_NONE, DATE_NONE, 0);
	/* mentor.yaml's monthly, from 31 August: 30 September. */
	expect(ymd(2026, 10, 2), "fallback", DATE_NONE, ymd(2026, 9, 30), 2);
	/* A person without a status is active. */
	expect(ymd(2026, 11, 22), "nostatus", DATE_NONE, ymd(2026, 11, 8), 14);

	n = scan(ymd(2026, 11, 22), 0, &v);
	p = find(v, n, "nodate");
	ck_assert_int_eq(p->tracked, 1);
	ck_assert_int_eq(p->has_cad, 1);
	p = find(v, n, "fallback");
	ck_assert_ptr_null(p->cadence);
	ck_assert_int_eq(p->has_cad, 1);
	ck_assert_int_eq(p->cad.unit, CAD_MONTHS);
	ck_assert_int_eq(p->cad.n, 1);
	p = find(v, n, "nostatus");
	ck_assert_str_eq(p->status, "active");
	ck_assert_int_eq(p->tracked, 1);
	people_free(v, n);
}
END_TEST

/* Only active people are tracked; a bad cadence tracks no dates. */
START_TEST(test_not_tracked)
{
	static const char *const ids[] = { "paused", "ended", "prospect",
	    "contacted" };
	struct person		*v;
	const struct person	*p;
	size_t			 n, i;
	char			 fm[128];

	journal_new(settings_monthly);
	for (i = 0; i < 4; i++) {
		snprintf(fm, sizeof(fm), "status: %s\ncadence: weekly\n"
		    "since: 2026-01-01\n", ids[i]);
		person(ids[i], fm);
	}
	person("bad", "status: active\ncadence: fortnightly\n"
	    "since: 2026-01-01\n");
	entry("2026-10-01", "check-in", "[paused, ended, prospect, contacted, "
	    "bad]");

	n = scan(ymd(2026, 11, 22), 0, &v);
	ck_assert_uint_eq(n, 5);
	for (i = 0; i < 4; i++) {
		p = find(v, n, ids[i]);
		ck_assert_str_eq(p->status, ids[i]);
		ck_assert_int_eq(p->tracked, 0);
		ck_assert_int_eq(p->has_cad, 0);
		ck_assert_int_eq(p->last, ymd(2026, 10, 1));
		ck_assert_int_eq(p->next_due, DATE_NONE);
		ck_assert_int_eq(p->overdue_days, 0);
	}
	p = find(v, n, "bad");
	ck_assert_int_eq(p->tracked, 1);
	ck_assert_int_eq(p->has_cad, 0);
	ck_assert_str_eq(p->cadence, "fortnightly");
	ck_assert_int_eq(p->last, ymd(2026, 10, 1));
	ck_assert_int_eq(p->next_due, DATE_NONE);
	ck_assert_int_eq(p->overdue_days, 0);
	people_free(v, n);
}
END_TEST

/* Kinds that count, the forms of with, and entries that name others. */
START_TEST(test_kinds_and_with)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	journal_new(settings_monthly);
	person("ann", "status: active\n");
	person("bob", "status: active\n");
	person("cy", "status: active\n");
	entry("2026-10-01", "check-in", "ann");
	entry("2026-10-05", "meeting", "\n  - bob\n  - 'ann'");
	entry("2026-10-09", "feedback", "[\"cy\"]");
	entry("2026-10-20", "note", "[ann, bob, cy]");
	entry("2026-10-21", "win", "[ann]");
	entry("2026-10-22", "reflection", "[bob]");
	entry("2026-10-23", "check-in", "[ghost]");
	put("log/2026/2026-10-24-no-kind.md", "---\ndate: 2026-10-24\n"
	    "with: [cy]\n---\n");
	put("log/2026/2026-10-25-bad-date.md", "---\ndate: 2026-10-32\n"
	    "kind: check-in\nwith: [cy]\n---\n");
	put("log/2026/2026-10-26-broken.md", "---\ndate: 2026-10-26\n"
	    "kind: check-in\nwith: [cy\n---\n");

	n = scan(ymd(2026, 11, 22), 0, &v);
	p = find(v, n, "ann");
	ck_assert_int_eq(p->last, ymd(2026, 10, 5));
	ck_assert_int_eq(p->held, 2);
	ck_assert_int_eq(p->last_entry, ymd(2026, 10, 21));
	ck_assert_int_eq(p->next_due, ymd(2026, 11, 5));
	ck_assert_int_eq(p->overdue_days, 17);
	p = find(v, n, "bob");
	ck_assert_int_eq(p->last, ymd(2026, 10, 5));
	ck_assert_int_eq(p->held, 1);
	ck_assert_int_eq(p->last_entry, ymd(2026, 10, 22));
	p = find(v, n, "cy");
	ck_assert_int_eq(p->last, ymd(2026, 10, 9));
	ck_assert_int_eq(p->held, 1);
	ck_assert_int_eq(p->last_entry, ymd(2026, 10, 24));
	people_free(v, n);

	ck_assert_int_eq(kind_is_checkin("check-in"), 1);
	ck_assert_int_eq(kind_is_checkin("meeting"), 1);
	ck_assert_int_eq(kind_is_checkin("feedback"), 1);
	ck_assert_int_eq(kind_is_checkin("note"), 0);
	ck_assert_int_eq(kind_is_checkin("Check-in"), 0);
	ck_assert_int_eq(kind_is_checkin(NULL), 0);
}
END_TEST

/* Follow-up: a week after contacted, unless an entry came after it. */
START_TEST(test_followup)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	journal_new(settings_monthly);
	person("waiting", "status: contacted\ncontacted: 2026-11-10\n");
	person("same-day", "status: contacted\ncontacted: 2026-11-10\n");
	person("replied", "status: contacted\ncontacted: 2026-11-10\n");
	person("planned", "status: prospect\ncontacted: 2026-11-10\n");
	person("active", "status: active\ncontacted: 2026-08-20\n");
	person("never", "status: prospect\n");
	person("bad-date", "status: contacted\ncontacted: 2026-11-31\n");
	entry("2026-11-10", "note", "[same-day]");
	entry("2026-11-12", "note", "[replied]");
	entry("2026-12-01", "meeting", "[planned]");

	n = scan(ymd(2026, 11, 22), 0, &v);
	p = find(v, n, "waiting");
	ck_assert_int_eq(p->contacted, ymd(2026, 11, 10));
	ck_assert_int_eq(p->followup, ymd(2026, 11, 17));
	ck_assert_int_eq(person_prospect(p), 1);
	p = find(v, n, "same-day");
	ck_assert_int_eq(p->followup, ymd(2026, 11, 17));
	p = find(v, n, "replied");
	ck_assert_int_eq(p->followup, DATE_NONE);
	p = find(v, n, "planned");
	ck_assert_int_eq(p->followup, DATE_NONE);
	ck_assert_int_eq(person_prospect(p), 1);
	p = find(v, n, "active");
	ck_assert_int_eq(p->contacted, ymd(2026, 8, 20));
	ck_assert_int_eq(p->followup, DATE_NONE);
	ck_assert_int_eq(person_prospect(p), 0);
	p = find(v, n, "never");
	ck_assert_int_eq(p->followup, DATE_NONE);
	p = find(v, n, "bad-date");
	ck_assert_int_eq(p->contacted, DATE_NONE);
	ck_assert_int_eq(p->followup, DATE_NONE);
	people_free(v, n);
}
END_TEST

/* Every field is read; areas in every list form; a broken record. */
START_TEST(test_fields)
{
	struct person		*v;
	const struct person	*p;
	size_t			 n;

	journal_new(settings_monthly);
	put("people/jane-smith.md", "---\n"
	    "name: Jane Smith\n"
	    "role: mentor             # a comment\n"
	    "relationship: formal\n"
	    "status: active\n"
	    "field: Marketing\n"
	    "known-for: 'Cutting-edge campaigns'\n"
	    "connection: \"Speaker at a workshop\"\n"
	    "areas: [public-speaking, marketing]\n"
	    "since: 2026-09-01\n"
	    "cadence: biweekly\n"
	    "channel: video\n"
	    "contact: jane@example.com\n"
	    "---\nBody.\n");
	put("people/block.md", "---\nname: Block\nareas:\n  - sql\n"
	    "  - 'delegation'\n---\n");
	put("people/one.md", "---\nname: One\nareas: sql\n---\n");
	put("people/broken.md", "---\nname: Broken\nstatus: [active\n"
	    "since: 2026-01-01\n---\n");
	entry("2026-10-01", "check-in", "[broken]");

	n = scan(ymd(2026, 11, 22), 0, &v);
	ck_assert_uint_eq(n, 4);
	/* In id order. */
	ck_assert_str_eq(v[0].id, "block");
	ck_assert_str_eq(v[1].id, "broken");
	ck_assert_str_eq(v[2].id, "jane-smith");
	ck_assert_str_eq(v[3].id, "one");
	p = &v[2];
	ck_assert_str_eq(p->rel, "people/jane-smith.md");
	ck_assert_str_eq(p->name, "Jane Smith");
	ck_assert_str_eq(p->role, "mentor");
	ck_assert_str_eq(p->relationship, "formal");
	ck_assert_str_eq(p->status, "active");
	ck_assert_str_eq(p->field, "Marketing");
	ck_assert_str_eq(p->known_for, "Cutting-edge campaigns");
	ck_assert_str_eq(p->connection, "Speaker at a workshop");
	ck_assert_str_eq(p->cadence, "biweekly");
	ck_assert_str_eq(p->channel, "video");
	ck_assert_str_eq(p->contact, "jane@example.com");
	ck_assert_int_eq(p->since, ymd(2026, 9, 1));
	ck_assert_uint_eq(p->nareas, 2);
	ck_assert_str_eq(p->areas[0], "public-speaking");
	ck_assert_str_eq(p->areas[1], "marketing");
	ck_assert_ptr_null(p->areas[2]);
	ck_assert_int_eq(p->ok, 1);
	ck_assert_int_eq(p->next_due, ymd(2026, 9, 15));
	ck_assert_int_eq(p->overdue_days, 68);
	ck_assert_int_eq(person_covers(p, "marketing"), 1);
	ck_assert_int_eq(person_covers(p, "market"), 0);
	ck_assert_int_eq(person_covers(p, "sql"), 0);

	p = &v[0];
	ck_assert_uint_eq(p->nareas, 2);
	ck_assert_str_eq(p->areas[1], "delegation");
	ck_assert_int_eq(person_covers(p, "delegation"), 1);
	ck_assert_ptr_null(p->role);
	ck_assert_ptr_null(p->cadence);
	ck_assert_int_eq(p->since, DATE_NONE);
	p = &v[3];
	ck_assert_uint_eq(p->nareas, 1);
	ck_assert_int_eq(person_covers(p, "sql"), 1);

	/* Unreadable: kept, blank, not tracked, though an entry names it. */
	p = &v[1];
	ck_assert_int_eq(p->ok, 0);
	ck_assert_ptr_null(p->name);
	ck_assert_uint_eq(p->nareas, 0);
	ck_assert_ptr_nonnull(p->areas);
	ck_assert_int_eq(p->tracked, 0);
	ck_assert_int_eq(p->next_due, DATE_NONE);
	ck_assert_int_eq(p->overdue_days, 0);
	people_free(v, n);
}
END_TEST

/* No people, or no people/ folder at all. */
START_TEST(test_empty)
{
	struct person	*v;
	char		*p;
	size_t		 n;

	journal_new(settings_monthly);
	entry("2026-10-01", "check-in", "[nobody]");
	n = scan(ymd(2026, 11, 22), 1, &v);
	ck_assert_uint_eq(n, 0);
	ck_assert_ptr_nonnull(v);
	people_free(v, n);

	xasprintf(&p, "%s/people", jdir);
	ck_assert_int_eq(rmdir(p), 0);
	free(p);
	n = scan(ymd(2026, 11, 22), 0, &v);
	ck_assert_uint_eq(n, 0);
	people_free(v, n);
}
END_TEST

static Suite *
people_suite(void)
{
	Suite	*s = suite_create("people");
	TCase	*tc = tcase_create("cadence");
	TCase	*tf = tcase_create("fields");

	tcase_add_test(tc, test_month_ends);
	tcase_add_test(tc, test_leap_days);
	tcase_add_test(tc, test_every_ten_days);
	tcase_add_test(tc, test_window);
	tcase_add_test(tc, test_planned);
	tcase_add_test(tc, test_no_checkin);
	tcase_add_test(tc, test_not_tracked);
	tcase_add_test(tc, test_kinds_and_with);
	suite_add_tcase(s, tc);

	tcase_add_test(tf, test_followup);
	tcase_add_test(tf, test_fields);
	tcase_add_test(tf, test_empty);
	suite_add_tcase(s, tf);
	return s;
}

static int
rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	if (mkdtemp(base) == NULL)
		err(1, "mkdtemp");
	unsetenv("MENTOR_JOURNAL");
	sr = srunner_create(people_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	nftw(base, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	free(jdir);
	return failed == 0 ? 0 : 1;
}
