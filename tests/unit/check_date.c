#include "config.h"

#include <sys/types.h>
#include <sys/wait.h>

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "mentor.h"

/* A date from a literal that must be valid. */
static mdate
D(const char *s)
{
	mdate	 d = DATE_NONE;

	ck_assert_msg(date_iso(s, strlen(s), &d) == 0, "bad literal %s", s);
	return d;
}

#define ck_date(d, want) do {						\
	char	 b_[DATE_STRLEN];					\
	date_format((d), b_);						\
	ck_assert_str_eq(b_, (want));					\
} while (0)

/* date_parse(s) relative to today must give want. */
static void
parse_is(const char *s, const char *today, int ws, const char *want)
{
	mdate	 d = DATE_NONE;
	char	 b[DATE_STRLEN];

	ck_assert_msg(date_parse(s, D(today), ws, &d) == 0,
	    "'%s' from %s rejected", s, today);
	date_format(d, b);
	ck_assert_msg(strcmp(b, want) == 0, "'%s' from %s (ws %d): %s, want %s",
	    s, today, ws, b, want);
}

static void
parse_bad(const char *s, const char *today)
{
	mdate	 d = 12345;

	ck_assert_msg(date_parse(s, D(today), WEEK_MONDAY, &d) == -1,
	    "'%s' accepted", s);
	ck_assert_int_eq(d, 12345);
}

/* period_parse(s) must give [since, until]. */
static void
period_is(const char *s, const char *today, int ws, const char *since,
    const char *until)
{
	struct period	 p;
	char		 a[DATE_STRLEN], b[DATE_STRLEN];

	p.since = p.until = DATE_NONE;
	ck_assert_msg(period_parse(s, D(today), ws, &p) == 0,
	    "period '%s' rejected", s);
	date_format(p.since, a);
	date_format(p.until, b);
	ck_assert_msg(strcmp(a, since) == 0 && strcmp(b, until) == 0,
	    "period '%s' from %s (ws %d): %s..%s, want %s..%s", s, today, ws,
	    a, b, since, until);
}

static void
period_bad(const char *s)
{
	struct period	 p;

	ck_assert_msg(period_parse(s, D("2026-11-22"), WEEK_MONDAY, &p) == -1,
	    "period '%s' accepted", s);
}

static void
cadence_is(const char *s, enum cadence_unit unit, int n, int late)
{
	struct cadence	 c;

	memset(&c, 0xff, sizeof(c));
	ck_assert_msg(cadence_parse(s, &c) == 0, "cadence '%s' rejected", s);
	ck_assert_msg(c.unit == unit && c.n == n && c.late == late,
	    "cadence '%s': unit %d n %d late %d, want %d %d %d", s, c.unit,
	    c.n, c.late, unit, n, late);
}

static void
cadence_bad(const char *s)
{
	struct cadence	 c;

	ck_assert_msg(cadence_parse(s, &c) == -1, "cadence '%s' accepted", s);
}

static struct cadence
C(const char *s)
{
	struct cadence	 c;

	ck_assert_msg(cadence_parse(s, &c) == 0, "cadence '%s' rejected", s);
	return c;
}

START_TEST(test_epoch)
{
	int	 y, m, d;

	ck_assert_int_eq(date_from_ymd(1970, 1, 1), 0);
	ck_assert_int_eq(date_from_ymd(1969, 12, 31), -1);
	ck_assert_int_eq(date_from_ymd(1970, 1, 2), 1);
	ck_assert_int_eq(date_from_ymd(2000, 2, 29), 11016);
	ck_assert_int_eq(date_from_ymd(2026, 11, 22), 20779);
	ck_assert_int_eq(date_from_ymd(1600, 3, 1), -135080);
	ck_assert_int_eq(date_from_ymd(1, 1, 1), -719162);
	ck_assert_int_eq(date_from_ymd(9999, 12, 31), 2932896);
	date_to_ymd(0, &y, &m, &d);
	ck_assert(y == 1970 && m == 1 && d == 1);
	date_to_ymd(11016, &y, &m, &d);
	ck_assert(y == 2000 && m == 2 && d == 29);
	date_to_ymd(-1, &y, &m, &d);
	ck_assert(y == 1969 && m == 12 && d == 31);
	date_to_ymd(-719162, &y, &m, &d);
	ck_assert(y == 1 && m == 1 && d == 1);
	date_to_ymd(2932896, &y, &m, &d);
	ck_assert(y == 9999 && m == 12 && d == 31);
	date_to_ymd(DATE_NONE, &y, &m, &d);
	ck_assert(y == 0 && m == 0 && d == 0);
}
END_TEST

/* Every day of years 1..9999 converts both ways and follows its
 * predecessor. */
START_TEST(test_round_trip)
{
	mdate	 day, first = date_from_ymd(1, 1, 1);
	mdate	 last = date_from_ymd(9999, 12, 31);
	int	 y, m, d, py = 1, pm = 1, pd = 0, ok;

	ck_assert_int_eq(last - first + 1, 3652059);
	/* Plain tests in the loop: ck_assert marks every point it passes. */
	for (day = first; day <= last; day++) {
		date_to_ymd(day, &y, &m, &d);
		if (!date_valid_ymd(y, m, d) || date_from_ymd(y, m, d) != day)
			ck_abort_msg("day %d is %04d-%02d-%02d", (int)day, y, m,
			    d);
		if (d == pd + 1)
			ok = y == py && m == pm;
		else if (m == pm + 1)
			ok = y == py && d == 1 &&
			    pd == date_days_in_month(py, pm);
		else
			ok = y == py + 1 && m == 1 && d == 1 && pm == 12 &&
			    pd == 31;
		if (!ok)
			ck_abort_msg("%04d-%02d-%02d follows %04d-%02d-%02d",
			    y, m, d, py, pm, pd);
		if (date_weekday(day) != (date_weekday(first) + (day - first)) %
		    7)
			ck_abort_msg("bad weekday for day %d", (int)day);
		py = y;
		pm = m;
		pd = d;
	}
	ck_assert(py == 9999 && pm == 12 && pd == 31);
}
END_TEST

START_TEST(test_valid)
{
	ck_assert(date_valid_ymd(2000, 2, 29));
	ck_assert(date_valid_ymd(2024, 2, 29));
	ck_assert(!date_valid_ymd(1900, 2, 29));
	ck_assert(!date_valid_ymd(2026, 2, 29));
	ck_assert(!date_valid_ymd(2026, 13, 1));
	ck_assert(!date_valid_ymd(2026, 0, 10));
	ck_assert(!date_valid_ymd(2026, 4, 31));
	ck_assert(date_valid_ymd(2026, 4, 30));
	ck_assert(!date_valid_ymd(2026, 1, 0));
	ck_assert(!date_valid_ymd(2026, 1, 32));
	ck_assert(!date_valid_ymd(0, 1, 1));
	ck_assert(!date_valid_ymd(10000, 1, 1));
	ck_assert(date_valid_ymd(1, 1, 1));
	ck_assert(date_valid_ymd(9999, 12, 31));
	ck_assert_int_eq(date_from_ymd(2026, 2, 29), DATE_NONE);
	ck_assert_int_eq(date_from_ymd(1900, 2, 29), DATE_NONE);
	ck_assert_int_eq(date_from_ymd(2026, 13, 1), DATE_NONE);

	ck_assert_int_eq(date_days_in_month(2026, 1), 31);
	ck_assert_int_eq(date_days_in_month(2026, 2), 28);
	ck_assert_int_eq(date_days_in_month(2024, 2), 29);
	ck_assert_int_eq(date_days_in_month(2000, 2), 29);
	ck_assert_int_eq(date_days_in_month(1900, 2), 28);
	ck_assert_int_eq(date_days_in_month(2026, 4), 30);
	ck_assert_int_eq(date_days_in_month(2026, 6), 30);
	ck_assert_int_eq(date_days_in_month(2026, 9), 30);
	ck_assert_int_eq(date_days_in_month(2026, 11), 30);
	ck_assert_int_eq(date_days_in_month(2026, 12), 31);
	ck_assert_int_eq(date_days_in_month(2026, 0), 0);
	ck_assert_int_eq(date_days_in_month(2026, 13), 0);
}
END_TEST

/* Front matter dates: a date, or a YAML timestamp's date part. */
START_TEST(test_field)
{
	static const char *const good[] = {
		"2023-12-25", "2023-12-25 00:00:00 +0000",
		"2023-12-25T10:30:00Z", "2023-12-25t10:30:00.25-05:00",
		"2023-12-25 9:05", "2023-12-25  23:59:60 -0330",
		"2023-12-25 10:30:00Z", "2023-12-25 10:30 +01",
	};
	static const char *const bad[] = {
		"2023-12-25 ", "2023-12-25x", "2023-12-25 24:00",
		"2023-12-25 10", "2023-12-25 10:60", "2023-12-25 10:30:61",
		"2023-12-25 10:30 +24", "2023-12-25 10:30 +0160",
		"2023-12-25 10:30 UTC", "2023-02-30 10:30", "2023-12-25 1:2",
		"2023-12-25T", "2023-12-25 10:30:00 +00:0",
	};
	mdate	 d;
	size_t	 i;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		d = DATE_NONE;
		ck_assert_msg(date_field(good[i], strlen(good[i]), &d) == 0,
		    "'%s' refused", good[i]);
		ck_assert_int_eq(d, date_from_ymd(2023, 12, 25));
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		ck_assert_msg(date_field(bad[i], strlen(bad[i]), &d) == -1,
		    "'%s' taken", bad[i]);
}
END_TEST

START_TEST(test_iso)
{
	mdate	 d = 777;

	ck_assert_int_eq(date_iso("2026-11-22", 10, &d), 0);
	ck_assert_int_eq(d, 20779);
	ck_assert_int_eq(date_iso("1970-01-01", 10, &d), 0);
	ck_assert_int_eq(d, 0);
	ck_assert_int_eq(date_iso("2024-02-29", 10, &d), 0);
	ck_assert_int_eq(d, date_from_ymd(2024, 2, 29));
	ck_assert_int_eq(date_iso("0001-01-01", 10, NULL), 0);
	ck_assert_int_eq(date_iso("9999-12-31", 10, NULL), 0);
	/* Only len bytes count. */
	ck_assert_int_eq(date_iso("2026-01-01junk", 10, &d), 0);
	ck_assert_int_eq(d, date_from_ymd(2026, 1, 1));

	d = 777;
	ck_assert_int_eq(date_iso("2026-01-01junk", 14, &d), -1);
	ck_assert_int_eq(date_iso("2026-1-01", 9, &d), -1);
	ck_assert_int_eq(date_iso("2026-01-011", 11, &d), -1);
	ck_assert_int_eq(date_iso(" 2026-01-01", 11, &d), -1);
	ck_assert_int_eq(date_iso(" 2026-01-0", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-01-01 ", 11, &d), -1);
	ck_assert_int_eq(date_iso("2026-01-01", 9, &d), -1);
	ck_assert_int_eq(date_iso("2026/01/01", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-0a-01", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-01-+1", 10, &d), -1);
	ck_assert_int_eq(date_iso("+026-01-01", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-02-29", 10, &d), -1);
	ck_assert_int_eq(date_iso("1900-02-29", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-13-01", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-00-10", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-04-31", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026-04-00", 10, &d), -1);
	ck_assert_int_eq(date_iso("0000-01-01", 10, &d), -1);
	ck_assert_int_eq(date_iso("2026\0-01-01", 10, &d), -1);
	ck_assert_int_eq(date_iso("", 0, &d), -1);
	ck_assert_int_eq(d, 777);
}
END_TEST

START_TEST(test_format)
{
	char	 b[DATE_STRLEN];

	ck_date(0, "1970-01-01");
	ck_date(20779, "2026-11-22");
	ck_date(date_from_ymd(1, 1, 1), "0001-01-01");
	ck_date(date_from_ymd(999, 5, 7), "0999-05-07");
	ck_date(date_from_ymd(9999, 12, 31), "9999-12-31");
	ck_date(DATE_NONE, "0000-00-00");
	ck_date(date_from_ymd(9999, 12, 31) + 1, "0000-00-00");
	memset(b, 'x', sizeof(b));
	date_format(D("2024-02-29"), b);
	ck_assert_mem_eq(b, "2024-02-29", DATE_STRLEN);
}
END_TEST

START_TEST(test_weekday)
{
	ck_assert_int_eq(date_weekday(D("1970-01-01")), 3);	/* Thursday */
	ck_assert_int_eq(date_weekday(D("1969-12-29")), 0);	/* Monday */
	ck_assert_int_eq(date_weekday(D("1969-12-28")), 6);
	ck_assert_int_eq(date_weekday(D("2000-01-01")), 5);
	ck_assert_int_eq(date_weekday(D("2000-02-29")), 1);
	ck_assert_int_eq(date_weekday(D("2024-02-29")), 3);
	ck_assert_int_eq(date_weekday(D("2026-11-22")), 6);	/* Sunday */
	ck_assert_int_eq(date_weekday(D("2026-11-18")), 2);	/* Wednesday */
	ck_assert_int_eq(date_weekday(D("2026-01-01")), 3);
	ck_assert_int_eq(date_weekday(D("1900-01-01")), 0);
	ck_assert_int_eq(date_weekday(D("0001-01-01")), 0);
	ck_assert_int_eq(date_weekday(D("9999-12-31")), 4);
	ck_assert_int_eq(date_weekday(D("1600-03-01")), 2);
}
END_TEST

START_TEST(test_add_months)
{
	ck_date(date_add_months(D("2026-01-31"), 1), "2026-02-28");
	ck_date(date_add_months(D("2024-01-31"), 1), "2024-02-29");
	ck_date(date_add_months(D("2026-01-31"), 2), "2026-03-31");
	ck_date(date_add_months(D("2026-03-31"), -1), "2026-02-28");
	ck_date(date_add_months(D("2024-03-31"), -1), "2024-02-29");
	ck_date(date_add_months(D("2026-05-31"), -1), "2026-04-30");
	ck_date(date_add_months(D("2026-01-15"), -13), "2024-12-15");
	ck_date(date_add_months(D("2026-11-30"), 3), "2027-02-28");
	ck_date(date_add_months(D("2026-12-31"), 1), "2027-01-31");
	ck_date(date_add_months(D("2026-01-01"), -1), "2025-12-01");
	ck_date(date_add_months(D("2024-02-29"), 12), "2025-02-28");
	ck_date(date_add_months(D("2024-02-29"), -48), "2020-02-29");
	ck_date(date_add_months(D("2026-06-15"), 0), "2026-06-15");
	ck_date(date_add_months(D("2026-06-15"), 1200), "2126-06-15");
	ck_assert_int_eq(date_add_months(D("9999-12-01"), 1), DATE_NONE);
	ck_assert_int_eq(date_add_months(D("0001-01-31"), -1), DATE_NONE);
	ck_assert_int_eq(date_add_months(D("2026-01-01"), 2147483647),
	    DATE_NONE);
	ck_assert_int_eq(date_add_months(D("2026-01-01"), -2147483647 - 1),
	    DATE_NONE);
	ck_assert_int_eq(date_add_months(DATE_NONE, 1), DATE_NONE);
}
END_TEST

START_TEST(test_parse_sunday)
{
	const char	*t = "2026-11-22";	/* a Sunday */

	parse_is("2026-11-05", t, WEEK_MONDAY, "2026-11-05");
	parse_is("2024-02-29", t, WEEK_MONDAY, "2024-02-29");
	parse_is("today", t, WEEK_MONDAY, "2026-11-22");
	parse_is("TODAY", t, WEEK_MONDAY, "2026-11-22");
	parse_is("yesterday", t, WEEK_MONDAY, "2026-11-21");
	parse_is("tomorrow", t, WEEK_MONDAY, "2026-11-23");
	parse_is("+0d", t, WEEK_MONDAY, "2026-11-22");
	parse_is("+3d", t, WEEK_MONDAY, "2026-11-25");
	parse_is("+10d", t, WEEK_MONDAY, "2026-12-02");
	parse_is("-3d", t, WEEK_MONDAY, "2026-11-19");
	parse_is("-22d", t, WEEK_MONDAY, "2026-10-31");
	parse_is("+1w", t, WEEK_MONDAY, "2026-11-29");
	parse_is("+6w", t, WEEK_MONDAY, "2027-01-03");
	parse_is("-2w", t, WEEK_MONDAY, "2026-11-08");
	parse_is("+1m", t, WEEK_MONDAY, "2026-12-22");
	parse_is("+3m", t, WEEK_MONDAY, "2027-02-22");
	parse_is("-1m", t, WEEK_MONDAY, "2026-10-22");
	parse_is("-11m", t, WEEK_MONDAY, "2025-12-22");
	parse_is("+1y", t, WEEK_MONDAY, "2027-11-22");
	parse_is("+2y", t, WEEK_MONDAY, "2028-11-22");
	parse_is("-1y", t, WEEK_MONDAY, "2025-11-22");
	parse_is("+007d", t, WEEK_MONDAY, "2026-11-29");
	parse_is("+365d", t, WEEK_MONDAY, "2027-11-22");

	/* Weekday names: the next one, strictly after today. */
	parse_is("monday", t, WEEK_MONDAY, "2026-11-23");
	parse_is("tuesday", t, WEEK_MONDAY, "2026-11-24");
	parse_is("wednesday", t, WEEK_MONDAY, "2026-11-25");
	parse_is("thursday", t, WEEK_MONDAY, "2026-11-26");
	parse_is("friday", t, WEEK_MONDAY, "2026-11-27");
	parse_is("saturday", t, WEEK_MONDAY, "2026-11-28");
	parse_is("sunday", t, WEEK_MONDAY, "2026-11-29");
	parse_is("mon", t, WEEK_MONDAY, "2026-11-23");
	parse_is("tue", t, WEEK_MONDAY, "2026-11-24");
	parse_is("wed", t, WEEK_MONDAY, "2026-11-25");
	parse_is("thu", t, WEEK_MONDAY, "2026-11-26");
	parse_is("fri", t, WEEK_MONDAY, "2026-11-27");
	parse_is("sat", t, WEEK_MONDAY, "2026-11-28");
	parse_is("sun", t, WEEK_MONDAY, "2026-11-29");
	parse_is("Monday", t, WEEK_MONDAY, "2026-11-23");
	parse_is("FRI", t, WEEK_MONDAY, "2026-11-27");
	parse_is("SunDay", t, WEEK_MONDAY, "2026-11-29");

	/* Today is the last day of a Monday week. */
	parse_is("eow", t, WEEK_MONDAY, "2026-11-22");
	parse_is("eow", t, WEEK_SUNDAY, "2026-11-28");
	parse_is("eow", t, 5, "2026-11-27");		/* Saturday weeks */
	parse_is("eom", t, WEEK_MONDAY, "2026-11-30");
	parse_is("eoq", t, WEEK_MONDAY, "2026-12-31");
	parse_is("eoy", t, WEEK_MONDAY, "2026-12-31");
	parse_is("EOM", t, WEEK_MONDAY, "2026-11-30");
}
END_TEST

START_TEST(test_parse_midweek)
{
	const char	*t = "2026-11-18";	/* a Wednesday */

	parse_is("today", t, WEEK_MONDAY, "2026-11-18");
	parse_is("yesterday", t, WEEK_MONDAY, "2026-11-17");
	parse_is("tomorrow", t, WEEK_MONDAY, "2026-11-19");
	parse_is("monday", t, WEEK_MONDAY, "2026-11-23");
	parse_is("tuesday", t, WEEK_MONDAY, "2026-11-24");
	parse_is("wednesday", t, WEEK_MONDAY, "2026-11-25");
	parse_is("wed", t, WEEK_MONDAY, "2026-11-25");
	parse_is("thursday", t, WEEK_MONDAY, "2026-11-19");
	parse_is("sunday", t, WEEK_MONDAY, "2026-11-22");
	parse_is("eow", t, WEEK_MONDAY, "2026-11-22");
	parse_is("eow", t, WEEK_SUNDAY, "2026-11-21");
	parse_is("eow", t, 2, "2026-11-24");		/* Wednesday weeks */
	parse_is("eow", t, 3, "2026-11-18");		/* Thursday weeks */
	parse_is("+2w", t, WEEK_MONDAY, "2026-12-02");
	parse_is("-1m", t, WEEK_MONDAY, "2026-10-18");
	parse_is("eom", t, WEEK_MONDAY, "2026-11-30");
}
END_TEST

START_TEST(test_parse_month_end)
{
	parse_is("+1m", "2026-01-31", WEEK_MONDAY, "2026-02-28");
	parse_is("+1m", "2024-01-31", WEEK_MONDAY, "2024-02-29");
	parse_is("+2m", "2026-01-31", WEEK_MONDAY, "2026-03-31");
	parse_is("+3m", "2026-01-31", WEEK_MONDAY, "2026-04-30");
	parse_is("-2m", "2026-01-31", WEEK_MONDAY, "2025-11-30");
	parse_is("-1m", "2026-03-31", WEEK_MONDAY, "2026-02-28");
	parse_is("+1y", "2024-02-29", WEEK_MONDAY, "2025-02-28");
	parse_is("-4y", "2024-02-29", WEEK_MONDAY, "2020-02-29");
	parse_is("+1d", "2026-01-31", WEEK_MONDAY, "2026-02-01");
	parse_is("eom", "2026-01-31", WEEK_MONDAY, "2026-01-31");
	parse_is("eom", "2026-02-03", WEEK_MONDAY, "2026-02-28");
	parse_is("eom", "2024-02-03", WEEK_MONDAY, "2024-02-29");
	parse_is("eoq", "2026-01-31", WEEK_MONDAY, "2026-03-31");
	parse_is("eoq", "2026-02-15", WEEK_MONDAY, "2026-03-31");
	parse_is("eoq", "2026-03-31", WEEK_MONDAY, "2026-03-31");
	parse_is("eoq", "2026-04-01", WEEK_MONDAY, "2026-06-30");
	parse_is("eoq", "2026-05-10", WEEK_MONDAY, "2026-06-30");
	parse_is("eoq", "2026-08-01", WEEK_MONDAY, "2026-09-30");
	parse_is("eoq", "2026-10-01", WEEK_MONDAY, "2026-12-31");
	parse_is("eoy", "2026-01-01", WEEK_MONDAY, "2026-12-31");
	parse_is("eoy", "2026-12-31", WEEK_MONDAY, "2026-12-31");
	parse_is("tomorrow", "2026-12-31", WEEK_MONDAY, "2027-01-01");
	parse_is("yesterday", "2026-01-01", WEEK_MONDAY, "2025-12-31");
	parse_is("eow", "2026-12-31", WEEK_MONDAY, "2027-01-03");
	parse_is("friday", "2026-12-31", WEEK_MONDAY, "2027-01-01");
	parse_is("thursday", "2026-12-31", WEEK_MONDAY, "2027-01-07");
	parse_is("tomorrow", "2024-02-28", WEEK_MONDAY, "2024-02-29");
	parse_is("eom", "9999-12-15", WEEK_MONDAY, "9999-12-31");
}
END_TEST

/* The words for the end of a period, which bounds take whole. */
START_TEST(test_period_end_words)
{
	ck_assert_int_eq(date_period_end("eow"), 1);
	ck_assert_int_eq(date_period_end("EOM"), 1);
	ck_assert_int_eq(date_period_end("eoq"), 1);
	ck_assert_int_eq(date_period_end("Eoy"), 1);
	ck_assert_int_eq(date_period_end("eod"), 0);
	ck_assert_int_eq(date_period_end("eoyy"), 0);
	ck_assert_int_eq(date_period_end("2026-12-31"), 0);
	ck_assert_int_eq(date_period_end("friday"), 0);
	ck_assert_int_eq(date_period_end(""), 0);
	ck_assert_int_eq(date_period_end(NULL), 0);
}
END_TEST

START_TEST(test_parse_bad)
{
	const char	*t = "2026-11-22";

	parse_bad("", t);
	parse_bad("2026-02-29", t);
	parse_bad("2026-1-01", t);
	parse_bad("2026-11-22 ", t);
	parse_bad(" today", t);
	parse_bad("today ", t);
	parse_bad("todayx", t);
	parse_bad("now", t);
	parse_bad("+d", t);
	parse_bad("+", t);
	parse_bad("-", t);
	parse_bad("+3", t);
	parse_bad("3d", t);
	parse_bad("+3x", t);
	parse_bad("+3dd", t);
	parse_bad("+ 3d", t);
	parse_bad("+-3d", t);
	parse_bad("++3d", t);
	parse_bad("+3.5d", t);
	parse_bad("+0x10d", t);
	parse_bad("+99999999999999999999d", t);
	parse_bad("+12345678d", t);
	parse_bad("+9999999d", t);
	parse_bad("-9999999d", t);
	parse_bad("+9999999w", t);
	parse_bad("+9999999m", t);
	parse_bad("+9999999y", t);
	parse_bad("+7974y", t);
	parse_bad("-2026y", t);
	parse_bad("mo", t);
	parse_bad("tues", t);
	parse_bad("mondays", t);
	parse_bad("next monday", t);
	parse_bad("eod", t);
	parse_bad("tomorrow", "9999-12-31");
	parse_bad("yesterday", "0001-01-01");
	parse_bad("+1m", "9999-12-31");
	parse_bad("eow", "9999-12-31");
}
END_TEST

START_TEST(test_parse_limits)
{
	mdate	 d;

	/* The far ends of the range are still reachable. */
	parse_is("+7973y", "2026-11-22", WEEK_MONDAY, "9999-11-22");
	parse_is("-2025y", "2026-11-22", WEEK_MONDAY, "0001-11-22");
	parse_is("+2912117d", "2026-11-22", WEEK_MONDAY, "9999-12-31");
	parse_is("-739941d", "2026-11-22", WEEK_MONDAY, "0001-01-01");
	parse_bad("-739942d", "2026-11-22");
	parse_bad("+2912118d", "2026-11-22");
	/* An ISO date needs no today; relative forms do. */
	ck_assert_int_eq(date_parse("2026-01-01", DATE_NONE, 0, &d), 0);
	ck_assert_int_eq(d, date_from_ymd(2026, 1, 1));
	ck_assert_int_eq(date_parse("today", DATE_NONE, 0, &d), -1);
	ck_assert_int_eq(date_parse("eow", D("2026-11-22"), 7, &d), -1);
	ck_assert_int_eq(date_parse("eow", D("2026-11-22"), -1, &d), -1);
	ck_assert_int_eq(date_parse(NULL, D("2026-11-22"), 0, &d), -1);
}
END_TEST

START_TEST(test_period_fixed)
{
	const char	*t = "2026-11-22";

	period_is("2026", t, WEEK_MONDAY, "2026-01-01", "2026-12-31");
	period_is("2024", t, WEEK_MONDAY, "2024-01-01", "2024-12-31");
	period_is("0001", t, WEEK_MONDAY, "0001-01-01", "0001-12-31");
	period_is("9999", t, WEEK_MONDAY, "9999-01-01", "9999-12-31");
	period_is("2026-11", t, WEEK_MONDAY, "2026-11-01", "2026-11-30");
	period_is("2026-01", t, WEEK_MONDAY, "2026-01-01", "2026-01-31");
	period_is("2026-12", t, WEEK_MONDAY, "2026-12-01", "2026-12-31");
	period_is("2026-02", t, WEEK_MONDAY, "2026-02-01", "2026-02-28");
	period_is("2024-02", t, WEEK_MONDAY, "2024-02-01", "2024-02-29");
	period_is("9999-12", t, WEEK_MONDAY, "9999-12-01", "9999-12-31");
	period_is("2026-Q1", t, WEEK_MONDAY, "2026-01-01", "2026-03-31");
	period_is("2026-Q2", t, WEEK_MONDAY, "2026-04-01", "2026-06-30");
	period_is("2026-Q3", t, WEEK_MONDAY, "2026-07-01", "2026-09-30");
	period_is("2026-Q4", t, WEEK_MONDAY, "2026-10-01", "2026-12-31");
	period_is("2026-q4", t, WEEK_MONDAY, "2026-10-01", "2026-12-31");
	period_is("9999-Q4", t, WEEK_MONDAY, "9999-10-01", "9999-12-31");

	/* ISO weeks run Monday..Sunday whatever week_start says. */
	period_is("2026-W47", t, WEEK_MONDAY, "2026-11-16", "2026-11-22");
	period_is("2026-W47", t, WEEK_SUNDAY, "2026-11-16", "2026-11-22");
	period_is("2026-w47", t, WEEK_MONDAY, "2026-11-16", "2026-11-22");
	period_is("2026-W01", t, WEEK_MONDAY, "2025-12-29", "2026-01-04");
	period_is("2026-W52", t, WEEK_MONDAY, "2026-12-21", "2026-12-27");
	/* 2026 starts on a Thursday, so it has 53 ISO weeks. */
	period_is("2026-W53", t, WEEK_MONDAY, "2026-12-28", "2027-01-03");
	period_is("2027-W01", t, WEEK_MONDAY, "2027-01-04", "2027-01-10");
	period_is("2020-W53", t, WEEK_MONDAY, "2020-12-28", "2021-01-03");
	period_is("2021-W01", t, WEEK_MONDAY, "2021-01-04", "2021-01-10");
	period_is("2021-W52", t, WEEK_MONDAY, "2021-12-27", "2022-01-02");
	period_is("2015-W53", t, WEEK_MONDAY, "2015-12-28", "2016-01-03");
	period_is("2004-W53", t, WEEK_MONDAY, "2004-12-27", "2005-01-02");
	period_is("2025-W01", t, WEEK_MONDAY, "2024-12-30", "2025-01-05");
	period_is("0001-W01", t, WEEK_MONDAY, "0001-01-01", "0001-01-07");
}
END_TEST

START_TEST(test_period_relative)
{
	const char	*t = "2026-11-22";	/* a Sunday */

	period_is("this-week", t, WEEK_MONDAY, "2026-11-16", "2026-11-22");
	period_is("this-week", t, WEEK_SUNDAY, "2026-11-22", "2026-11-28");
	period_is("last-week", t, WEEK_MONDAY, "2026-11-09", "2026-11-15");
	period_is("last-week", t, WEEK_SUNDAY, "2026-11-15", "2026-11-21");
	period_is("this-week", "2026-11-18", 2, "2026-11-18", "2026-11-24");
	period_is("last-week", "2026-11-18", 3, "2026-11-05", "2026-11-11");
	period_is("this-month", t, WEEK_MONDAY, "2026-11-01", "2026-11-30");
	period_is("last-month", t, WEEK_MONDAY, "2026-10-01", "2026-10-31");
	period_is("this-quarter", t, WEEK_MONDAY, "2026-10-01", "2026-12-31");
	period_is("last-quarter", t, WEEK_MONDAY, "2026-07-01", "2026-09-30");
	period_is("this-year", t, WEEK_MONDAY, "2026-01-01", "2026-12-31");
	period_is("last-year", t, WEEK_MONDAY, "2025-01-01", "2025-12-31");
	period_is("LAST-MONTH", t, WEEK_MONDAY, "2026-10-01", "2026-10-31");

	/* Year boundaries. */
	period_is("last-month", "2026-01-15", WEEK_MONDAY, "2025-12-01",
	    "2025-12-31");
	period_is("this-month", "2026-01-15", WEEK_MONDAY, "2026-01-01",
	    "2026-01-31");
	period_is("last-month", "2026-03-31", WEEK_MONDAY, "2026-02-01",
	    "2026-02-28");
	period_is("last-month", "2024-03-31", WEEK_MONDAY, "2024-02-01",
	    "2024-02-29");
	period_is("last-quarter", "2026-02-01", WEEK_MONDAY, "2025-10-01",
	    "2025-12-31");
	period_is("this-quarter", "2026-02-01", WEEK_MONDAY, "2026-01-01",
	    "2026-03-31");
	period_is("last-quarter", "2026-04-01", WEEK_MONDAY, "2026-01-01",
	    "2026-03-31");
	period_is("last-year", "2026-01-01", WEEK_MONDAY, "2025-01-01",
	    "2025-12-31");
	period_is("this-week", "2026-01-02", WEEK_MONDAY, "2025-12-29",
	    "2026-01-04");
	period_is("last-week", "2026-01-02", WEEK_MONDAY, "2025-12-22",
	    "2025-12-28");
	period_is("this-week", "2026-01-02", WEEK_SUNDAY, "2025-12-28",
	    "2026-01-03");
	period_is("last-week", "2026-01-02", WEEK_SUNDAY, "2025-12-21",
	    "2025-12-27");
	period_is("last-week", "2026-01-04", WEEK_SUNDAY, "2025-12-28",
	    "2026-01-03");

	/* A single date in any date_parse() form is that day. */
	period_is("2026-11-05", t, WEEK_MONDAY, "2026-11-05", "2026-11-05");
	period_is("today", t, WEEK_MONDAY, "2026-11-22", "2026-11-22");
	period_is("tomorrow", t, WEEK_MONDAY, "2026-11-23", "2026-11-23");
	period_is("-1w", t, WEEK_MONDAY, "2026-11-15", "2026-11-15");
	period_is("monday", t, WEEK_MONDAY, "2026-11-23", "2026-11-23");
	period_is("eow", t, WEEK_SUNDAY, "2026-11-28", "2026-11-28");
	period_is("eom", t, WEEK_MONDAY, "2026-11-30", "2026-11-30");
}
END_TEST

START_TEST(test_period_bad)
{
	struct period	 p;

	period_bad("");
	period_bad("2026-Q5");
	period_bad("2026-Q0");
	period_bad("2026-Q");
	period_bad("2026-Q10");
	period_bad("2026-13");
	period_bad("2026-00");
	period_bad("2026-1");
	period_bad("2026-011");
	period_bad("2026-W00");
	period_bad("2026-W54");
	period_bad("2026-W1");
	period_bad("2026-W001");
	period_bad("2026-Wxx");
	period_bad("2021-W53");
	period_bad("2027-W53");
	period_bad("2025-W53");
	period_bad("last-fortnight");
	period_bad("next-week");
	period_bad("this-");
	period_bad("last-");
	period_bad("this-weeks");
	period_bad("this week");
	period_bad("202");
	period_bad("20261");
	period_bad("0000");
	period_bad("0000-01");
	period_bad("2026-02-30");
	period_bad("2026 ");
	period_bad("-2026");
	period_bad("+2026");
	ck_assert_int_eq(period_parse("this-week", D("2026-11-22"), 7, &p), -1);
	ck_assert_int_eq(period_parse("this-week", DATE_NONE, 0, &p), -1);
	ck_assert_int_eq(period_parse("last-year", D("0001-06-01"), 0, &p), -1);
	ck_assert_int_eq(period_parse("2026-W01", DATE_NONE, 0, &p), 0);
}
END_TEST

START_TEST(test_period_contains)
{
	struct period	 p;

	p.since = D("2026-10-01");
	p.until = D("2026-12-31");
	ck_assert(period_contains(&p, D("2026-10-01")));
	ck_assert(period_contains(&p, D("2026-11-15")));
	ck_assert(period_contains(&p, D("2026-12-31")));
	ck_assert(!period_contains(&p, D("2026-09-30")));
	ck_assert(!period_contains(&p, D("2027-01-01")));
	ck_assert(!period_contains(&p, DATE_NONE));

	p.since = DATE_NONE;
	ck_assert(period_contains(&p, D("0001-01-01")));
	ck_assert(period_contains(&p, D("2026-12-31")));
	ck_assert(!period_contains(&p, D("2027-01-01")));
	ck_assert(!period_contains(&p, DATE_NONE));

	p.since = D("2026-10-01");
	p.until = DATE_NONE;
	ck_assert(!period_contains(&p, D("2026-09-30")));
	ck_assert(period_contains(&p, D("2026-10-01")));
	ck_assert(period_contains(&p, D("9999-12-31")));

	p.since = p.until = DATE_NONE;
	ck_assert(period_contains(&p, D("1970-01-01")));
	ck_assert(period_contains(&p, DATE_NONE));

	p.since = p.until = D("2026-11-22");
	ck_assert(period_contains(&p, D("2026-11-22")));
	ck_assert(!period_contains(&p, D("2026-11-21")));
	ck_assert(!period_contains(&p, D("2026-11-23")));
}
END_TEST

START_TEST(test_cadence_parse)
{
	cadence_is("weekly", CAD_DAYS, 7, 7);
	cadence_is("biweekly", CAD_DAYS, 14, 14);
	cadence_is("monthly", CAD_MONTHS, 1, 1);
	cadence_is("quarterly", CAD_MONTHS, 3, 3);
	cadence_is("daily", CAD_DAYS, 1, 1);
	cadence_is("Weekly", CAD_DAYS, 7, 7);
	cadence_is("  MONTHLY  ", CAD_MONTHS, 1, 1);
	cadence_is("\tbiweekly\t", CAD_DAYS, 14, 14);
	cadence_is("every 3 days", CAD_DAYS, 3, 3);
	cadence_is("every 1 day", CAD_DAYS, 1, 1);
	cadence_is("every 2 day", CAD_DAYS, 2, 2);
	cadence_is("every 1 days", CAD_DAYS, 1, 1);
	cadence_is("every 2 weeks", CAD_DAYS, 14, 14);
	cadence_is("every 1 week", CAD_DAYS, 7, 7);
	cadence_is("every 6 months", CAD_MONTHS, 6, 6);
	cadence_is("every 1 month", CAD_MONTHS, 1, 1);
	cadence_is("every 2-3 weeks", CAD_DAYS, 14, 21);
	cadence_is("every 5-10 days", CAD_DAYS, 5, 10);
	cadence_is("every 1-2 months", CAD_MONTHS, 1, 2);
	cadence_is("every 3-3 days", CAD_DAYS, 3, 3);
	cadence_is("every day", CAD_DAYS, 1, 1);
	cadence_is("every week", CAD_DAYS, 7, 7);
	cadence_is("every month", CAD_MONTHS, 1, 1);
	cadence_is("Every Week", CAD_DAYS, 7, 7);
	cadence_is("EVERY 2 WEEKS", CAD_DAYS, 14, 14);
	cadence_is("  every   2   weeks  ", CAD_DAYS, 14, 14);
	cadence_is("every\t2\tweeks", CAD_DAYS, 14, 14);
	cadence_is("every 010 days", CAD_DAYS, 10, 10);
	cadence_is("every 3650 days", CAD_DAYS, 3650, 3650);
	cadence_is("every 521 weeks", CAD_DAYS, 3647, 3647);
	cadence_is("every 120 months", CAD_MONTHS, 120, 120);
	cadence_is("every 1-3650 days", CAD_DAYS, 1, 3650);
}
END_TEST

START_TEST(test_cadence_bad)
{
	cadence_bad("");
	cadence_bad("   ");
	cadence_bad("every 0 days");
	cadence_bad("every 0 weeks");
	cadence_bad("every 0 months");
	cadence_bad("every 3-2 weeks");
	cadence_bad("every 0-2 weeks");
	cadence_bad("every 2- weeks");
	cadence_bad("every -2 weeks");
	cadence_bad("every -3 days");
	cadence_bad("every +2 days");
	cadence_bad("every 2-3-4 weeks");
	cadence_bad("every 2 - 3 weeks");
	cadence_bad("fortnightly");
	cadence_bad("yearly");
	cadence_bad("week");
	cadence_bad("every x days");
	cadence_bad("every 2x days");
	cadence_bad("every 2.5 days");
	cadence_bad("every");
	cadence_bad("every days");
	cadence_bad("every weeks");
	cadence_bad("every 2");
	cadence_bad("every 2 fortnights");
	cadence_bad("every 2 years");
	cadence_bad("every 2 weeks please");
	cadence_bad("every two weeks");
	cadence_bad("weekly monthly");
	cadence_bad("weekly2");
	cadence_bad("each 2 weeks");
	cadence_bad("every 3651 days");
	cadence_bad("every 522 weeks");
	cadence_bad("every 121 months");
	cadence_bad("every 1-3651 days");
	cadence_bad("every 99999999999999999999 days");
	cadence_bad("every 2 weeks,");
}
END_TEST

START_TEST(test_cadence_steps)
{
	struct cadence	 c;

	c = C("weekly");
	ck_date(cadence_due(&c, D("2026-11-22")), "2026-11-29");
	ck_date(cadence_late(&c, D("2026-11-22")), "2026-11-29");
	ck_date(cadence_due(&c, D("2026-12-28")), "2027-01-04");
	c = C("biweekly");
	ck_date(cadence_due(&c, D("2026-11-22")), "2026-12-06");
	ck_date(cadence_nth(&c, D("2026-11-22"), 3), "2027-01-03");
	ck_date(cadence_nth(&c, D("2026-11-22"), 0), "2026-11-22");
	ck_date(cadence_nth(&c, D("2026-11-22"), -1), "2026-11-08");
	c = C("daily");
	ck_date(cadence_due(&c, D("2024-02-28")), "2024-02-29");
	c = C("every 10 days");
	ck_date(cadence_nth(&c, D("2026-11-22"), 4), "2027-01-01");

	c = C("every 2-3 weeks");
	ck_date(cadence_due(&c, D("2026-11-22")), "2026-12-06");
	ck_date(cadence_late(&c, D("2026-11-22")), "2026-12-13");
	ck_date(cadence_nth(&c, D("2026-11-22"), 2), "2026-12-20");
	c = C("every 1-2 months");
	ck_date(cadence_due(&c, D("2026-01-31")), "2026-02-28");
	ck_date(cadence_late(&c, D("2026-01-31")), "2026-03-31");

	c = C("monthly");
	ck_date(cadence_due(&c, D("2026-01-31")), "2026-02-28");
	ck_date(cadence_late(&c, D("2026-01-31")), "2026-02-28");
	ck_date(cadence_due(&c, D("2024-01-31")), "2024-02-29");
	ck_date(cadence_due(&c, D("2026-12-15")), "2027-01-15");
	ck_date(cadence_nth(&c, D("2026-01-31"), 0), "2026-01-31");
	ck_date(cadence_nth(&c, D("2026-01-31"), 1), "2026-02-28");
	ck_date(cadence_nth(&c, D("2026-01-31"), 2), "2026-03-31");
	ck_date(cadence_nth(&c, D("2026-01-31"), 3), "2026-04-30");
	ck_date(cadence_nth(&c, D("2026-01-31"), 12), "2027-01-31");
	ck_date(cadence_nth(&c, D("2026-01-31"), -1), "2025-12-31");
	ck_date(cadence_nth(&c, D("2026-01-31"), -2), "2025-11-30");
	ck_date(cadence_nth(&c, D("2024-01-31"), 1), "2024-02-29");
	ck_date(cadence_nth(&c, D("2024-01-31"), 2), "2024-03-31");
	ck_date(cadence_nth(&c, D("2024-01-31"), 13), "2025-02-28");
	/* Stepping twice from the clamped day is not the same thing. */
	ck_date(cadence_due(&c, cadence_due(&c, D("2026-01-31"))),
	    "2026-03-28");

	c = C("quarterly");
	ck_date(cadence_due(&c, D("2026-11-30")), "2027-02-28");
	ck_date(cadence_late(&c, D("2026-11-30")), "2027-02-28");
	ck_date(cadence_nth(&c, D("2026-11-30"), 1), "2027-02-28");
	ck_date(cadence_nth(&c, D("2026-11-30"), 2), "2027-05-30");
	ck_date(cadence_nth(&c, D("2026-11-30"), 4), "2027-11-30");
	ck_date(cadence_due(&c, D("2027-11-30")), "2028-02-29");

	c = C("every 6 months");
	ck_date(cadence_due(&c, D("2026-08-31")), "2027-02-28");

	ck_assert_int_eq(cadence_due(&c, DATE_NONE), DATE_NONE);
	ck_assert_int_eq(cadence_nth(&c, D("9999-01-01"), 2), DATE_NONE);
	ck_assert_int_eq(cadence_nth(&c, D("2026-01-01"), 2147483647),
	    DATE_NONE);
	c = C("every 3650 days");
	ck_assert_int_eq(cadence_nth(&c, D("2026-01-01"), 2147483647),
	    DATE_NONE);
	ck_assert_int_eq(cadence_nth(&c, D("2026-01-01"), -2147483647 - 1),
	    DATE_NONE);
	ck_assert_int_eq(cadence_due(&c, D("9999-01-01")), DATE_NONE);
}
END_TEST

START_TEST(test_today_env)
{
	mdate		 a, b, got;
	struct tm	 tm;
	time_t		 now;

	ck_assert_int_eq(setenv("MENTOR_TODAY", "2026-11-22", 1), 0);
	ck_date(date_today(), "2026-11-22");
	ck_assert_int_eq(setenv("MENTOR_TODAY", "2024-02-29", 1), 0);
	ck_date(date_today(), "2024-02-29");

	/* Empty or unset: the local date. */
	ck_assert_int_eq(setenv("MENTOR_TODAY", "", 1), 0);
	now = time(NULL);
	ck_assert_ptr_nonnull(localtime_r(&now, &tm));
	a = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	got = date_today();
	ck_assert_int_eq(unsetenv("MENTOR_TODAY"), 0);
	ck_assert(got == a || got == a + 1);
	got = date_today();
	now = time(NULL);
	ck_assert_ptr_nonnull(localtime_r(&now, &tm));
	b = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	ck_assert(got == b || got == b - 1);
}
END_TEST

START_TEST(test_today_bad)
{
	/* test_today_message checks the text; keep the TAP log quiet. */
	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
	ck_assert_int_eq(setenv("MENTOR_TODAY", "2026-02-30", 1), 0);
	(void)date_today();
}
END_TEST

START_TEST(test_today_word)
{
	/* MENTOR_TODAY takes only an ISO date, not a relative form. */
	ck_assert_ptr_nonnull(freopen("/dev/null", "w", stderr));
	ck_assert_int_eq(setenv("MENTOR_TODAY", "today", 1), 0);
	(void)date_today();
}
END_TEST

/* The message for a bad MENTOR_TODAY, read from a child's stderr. */
START_TEST(test_today_message)
{
	char	 out[256];
	int	 fd[2], status;
	ssize_t	 n;
	size_t	 len = 0;
	pid_t	 pid;
	char	 want[256];

	ck_assert_int_eq(pipe(fd), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		close(fd[0]);
		if (dup2(fd[1], 2) < 0)
			_exit(99);
		setenv("MENTOR_TODAY", "26-11-22", 1);
		(void)date_today();
		_exit(98);
	}
	close(fd[1]);
	while (len < sizeof(out) - 1 &&
	    (n = read(fd[0], out + len, sizeof(out) - 1 - len)) > 0)
		len += n;
	out[len] = '\0';
	close(fd[0]);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	ck_assert(WIFEXITED(status));
	ck_assert_int_eq(WEXITSTATUS(status), 64);
	ck_assert_int_gt(snprintf(want, sizeof(want),
	    "%s: bad MENTOR_TODAY '26-11-22' (want YYYY-MM-DD)\n",
	    progname()), 0);
	ck_assert_str_eq(out, want);
}
END_TEST

static Suite *
date_suite(void)
{
	Suite	*s = suite_create("date");
	TCase	*tc;

	tc = tcase_create("calendar");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_epoch);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_valid);
	tcase_add_test(tc, test_field);
	tcase_add_test(tc, test_iso);
	tcase_add_test(tc, test_format);
	tcase_add_test(tc, test_weekday);
	tcase_add_test(tc, test_add_months);
	suite_add_tcase(s, tc);

	tc = tcase_create("parse");
	tcase_add_test(tc, test_parse_sunday);
	tcase_add_test(tc, test_parse_midweek);
	tcase_add_test(tc, test_parse_month_end);
	tcase_add_test(tc, test_period_end_words);
	tcase_add_test(tc, test_parse_bad);
	tcase_add_test(tc, test_parse_limits);
	suite_add_tcase(s, tc);

	tc = tcase_create("period");
	tcase_add_test(tc, test_period_fixed);
	tcase_add_test(tc, test_period_relative);
	tcase_add_test(tc, test_period_bad);
	tcase_add_test(tc, test_period_contains);
	suite_add_tcase(s, tc);

	tc = tcase_create("cadence");
	tcase_add_test(tc, test_cadence_parse);
	tcase_add_test(tc, test_cadence_bad);
	tcase_add_test(tc, test_cadence_steps);
	suite_add_tcase(s, tc);

	tc = tcase_create("today");
	tcase_add_test(tc, test_today_env);
	tcase_add_exit_test(tc, test_today_bad, EX_USAGE);
	tcase_add_exit_test(tc, test_today_word, EX_USAGE);
	tcase_add_test(tc, test_today_message);
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

	sr = srunner_create(date_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed == 0 ? 0 : 1;
}
