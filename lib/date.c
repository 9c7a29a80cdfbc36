#include "config.h"

#include <err.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "mentor.h"

/*
 * Dates are days since 1970-01-01 in the proleptic Gregorian calendar.
 * The public functions work on years 1..9999 only; anything that would
 * leave that range gives DATE_NONE (or -1 from the parsers), so callers
 * never see a date they could not print as YYYY-MM-DD.
 */
#define DATE_MIN	(-719162)	/* 0001-01-01 */
#define DATE_MAX	2932896		/* 9999-12-31 */

/* Bounds on a cadence step, so stepping dates cannot overflow. */
#define CAD_DAYS_MAX	3650
#define CAD_MONTHS_MAX	120

static const char *const wdnames[7] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday"
};
static const char *const wdabbr[7] = {
	"mon", "tue", "wed", "thu", "fri", "sat", "sun"
};

/* Days from 1970-01-01 to y-m-d, for any year (Hinnant's days_from_civil). */
static int64_t
days_from_civil(int64_t y, int m, int d)
{
	int64_t	 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* The first day of month m0 (0-based, any value) counted from year y. */
static int64_t
month_start(int64_t y, int64_t m0)
{
	int64_t	 q = m0 >= 0 ? m0 / 12 : -((-m0 + 11) / 12);

	return days_from_civil(y + q, (int)(m0 - q * 12) + 1, 1);
}

static int
in_range(int64_t d)
{
	return d >= DATE_MIN && d <= DATE_MAX;
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* Compare an ASCII word case-insensitively, whatever the locale. */
static int
word_eq(const char *s, size_t len, const char *word)
{
	size_t	 i;
	int	 c;

	if (strlen(word) != len)
		return 0;
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != word[i])
			return 0;
	}
	return 1;
}

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

/* The value of n ASCII digits at s, or -1 if one of them is not a digit. */
static int
digits(const char *s, size_t n)
{
	size_t	 i;
	int	 v = 0;

	for (i = 0; i < n; i++) {
		if (!is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* Add n months (any size) to d, clamping the day; DATE_NONE off range. */
static mdate
add_months64(mdate d, int64_t n)
{
	int	 y, m, dd, dim;
	int64_t	 t, ny;

	if (d == DATE_NONE || !in_range(d))
		return DATE_NONE;
	if (n > 12 * 10000 || n < -12 * 10000)
		return DATE_NONE;
	date_to_ymd(d, &y, &m, &dd);
	t = (int64_t)y * 12 + (m - 1) + n;
	ny = t / 12;
	if (ny < 1 || ny > 9999)
		return DATE_NONE;
	m = (int)(t % 12) + 1;
	dim = date_days_in_month((int)ny, m);
	if (dd > dim)
		dd = dim;
	return (mdate)days_from_civil(ny, m, dd);
}

/* Add n days to d, giving DATE_NONE off the supported range. */
static mdate
add_days64(mdate d, int64_t n)
{
	int64_t	 r;

	if (d == DATE_NONE || !in_range(d))
		return DATE_NONE;
	if (n > DATE_MAX - DATE_MIN || n < DATE_MIN - DATE_MAX)
		return DATE_NONE;
	r = (int64_t)d + n;
	return in_range(r) ? (mdate)r : DATE_NONE;
}

/* The Monday of ISO week 1 of year y (the week holding 4 January). */
static int64_t
iso_week1(int64_t y)
{
	int64_t	 jan4 = days_from_civil(y, 1, 4);
	int	 wd = (int)(((jan4 % 7) + 7 + 3) % 7);

	return jan4 - wd;
}

/* The first day of the week holding d, for weeks starting on ws. */
static int64_t
week_first(mdate d, int ws)
{
	return (int64_t)d - (date_weekday(d) - ws + 7) % 7;
}

/* The day for y-m-d, or DATE_NONE when that is not a real day. */
mdate
date_from_ymd(int y, int m, int d)
{
	if (!date_valid_ymd(y, m, d))
		return DATE_NONE;
	return (mdate)days_from_civil(y, m, d);
}

/* Split a day into year, month and day (all 0 for DATE_NONE). */
void
date_to_ymd(mdate day, int *yp, int *mp, int *dp)
{
	int64_t	 z, era, doe, yoe, y, doy, mo, m;

	if (day == DATE_NONE) {
		*yp = *mp = *dp = 0;
		return;
	}
	/* Hinnant's civil_from_days. */
	z = (int64_t)day + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mo = (5 * doy + 2) / 153;
	m = mo < 10 ? mo + 3 : mo - 9;
	*dp = (int)(doy - (153 * mo + 2) / 5 + 1);
	*mp = (int)m;
	*yp = (int)(y + (m <= 2));
}

/* Say whether y-m-d is a real day in years 1..9999. */
int
date_valid_ymd(int y, int m, int d)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= date_days_in_month(y, m);
}

/* The number of days in month m of year y, or 0 for a month not 1..12. */
int
date_days_in_month(int y, int m)
{
	static const int len[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && is_leap(y))
		return 29;
	return len[m - 1];
}

/* The day of the week, 0 for Monday to 6 for Sunday. */
int
date_weekday(mdate d)
{
	/* 1970-01-01 was a Thursday. */
	return ((d % 7) + 7 + 3) % 7;
}

/* Add n calendar months, clamping to the last day of a shorter month. */
mdate
date_add_months(mdate d, int n)
{
	return add_months64(d, n);
}

/* Read exactly "YYYY-MM-DD" (len bytes, a real day) into *out. */
int
date_iso(const char *s, size_t len, mdate *out)
{
	int	 y, m, d;

	if (s == NULL || len != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	if ((y = digits(s, 4)) < 0 || (m = digits(s + 5, 2)) < 0 ||
	    (d = digits(s + 8, 2)) < 0)
		return -1;
	if (!date_valid_ymd(y, m, d))
		return -1;
	if (out != NULL)
		*out = date_from_ymd(y, m, d);
	return 0;
}

/* n digits at s, at most max (>= 0), or -1. */
static int
small(const char *s, size_t n, int max)
{
	int	 v = digits(s, n);

	return v > max ? -1 : v;
}

/*
 * Read a front matter date into *out: "YYYY-MM-DD", or a YAML timestamp
 * with a time of day as static-site generators write one ("2023-12-25
 * 00:00:00 +0000", "2023-12-25T10:30:00Z"), whose date part is the date.
 */
int
date_field(const char *s, size_t len, mdate *out)
{
	size_t	 i = 10, h;

	if (len <= 10)
		return date_iso(s, len, out);
	if (s[i] == 'T' || s[i] == 't')
		i++;
	else if (s[i] == ' ' || s[i] == '\t')
		while (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
	else
		return -1;
	/* H:MM or HH:MM, then :SS and a fraction, maybe. */
	for (h = i; i < len && i - h < 2 && is_digit((unsigned char)s[i]); i++)
		;
	if (i == h || small(s + h, i - h, 23) < 0)
		return -1;
	if (i + 3 > len || s[i] != ':' || small(s + i + 1, 2, 59) < 0)
		return -1;
	i += 3;
	if (i + 3 <= len && s[i] == ':') {
		if (small(s + i + 1, 2, 60) < 0)
			return -1;
		i += 3;
		if (i < len && s[i] == '.') {
			for (i++; i < len && is_digit((unsigned char)s[i]); i++)
				;
		}
	}
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	/* The zone: Z, or +HH, +HHMM, +HH:MM (or '-'). */
	if (i < len && s[i] == 'Z')
		i++;
	else if (i < len && (s[i] == '+' || s[i] == '-')) {
		if (i + 3 > len || small(s + i + 1, 2, 23) < 0)
			return -1;
		i += 3;
		if (i < len && s[i] == ':')
			i++;
		if (i < len) {
			if (i + 2 > len || small(s + i, 2, 59) < 0)
				return -1;
			i += 2;
		}
	}
	return i == len ? date_iso(s, 10, out) : -1;
}

/* Read a relative date "+Nd", "-2w", "+1m", "-1y" into *out. */
static int
parse_offset(const char *s, size_t len, mdate today, mdate *out)
{
	int64_t	 n = 0;
	size_t	 i;
	mdate	 r;

	/* Seven digits cover the whole of years 1..9999 in days. */
	if (len < 3 || len > 9 || (s[0] != '+' && s[0] != '-'))
		return -1;
	for (i = 1; i < len - 1; i++) {
		if (!is_digit((unsigned char)s[i]))
			return -1;
		n = n * 10 + (s[i] - '0');
	}
	if (s[0] == '-')
		n = -n;
	switch (s[len - 1]) {
	case 'd':
	case 'D':
		r = add_days64(today, n);
		break;
	case 'w':
	case 'W':
		r = add_days64(today, n * 7);
		break;
	case 'm':
	case 'M':
		r = add_months64(today, n);
		break;
	case 'y':
	case 'Y':
		r = add_months64(today, n * 12);
		break;
	default:
		return -1;
	}
	if (r == DATE_NONE)
		return -1;
	*out = r;
	return 0;
}

/* The weekday (0..6) named by s (full or three letters), or -1. */
static int
weekday_name(const char *s, size_t len)
{
	int	 i;

	for (i = 0; i < 7; i++)
		if (word_eq(s, len, wdnames[i]) || word_eq(s, len, wdabbr[i]))
			return i;
	return -1;
}

/* The last day of the month that is k months after d's (k >= 0). */
static mdate
month_end(mdate d, int k)
{
	int	 y, m, dd;
	int64_t	 r;

	date_to_ymd(d, &y, &m, &dd);
	r = month_start(y, (int64_t)m - 1 + k + 1) - 1;
	return in_range(r) ? (mdate)r : DATE_NONE;
}

/* Read any date_parse() form relative to today, with weeks per ws. */
int
date_parse(const char *s, mdate today, int week_start, mdate *out)
{
	size_t	 len;
	mdate	 r;
	int	 wd, m, y, d;

	if (s == NULL)
		return -1;
	len = strlen(s);
	if (date_iso(s, len, out) == 0)
		return 0;
	if (today == DATE_NONE || !in_range(today))
		return -1;
	if (word_eq(s, len, "today"))
		r = today;
	else if (word_eq(s, len, "yesterday"))
		r = add_days64(today, -1);
	else if (word_eq(s, len, "tomorrow"))
		r = add_days64(today, 1);
	else if (len > 0 && (s[0] == '+' || s[0] == '-'))
		return parse_offset(s, len, today, out);
	else if (word_eq(s, len, "eow")) {
		if (week_start < 0 || week_start > 6)
			return -1;
		r = add_days64(today, (week_start + 6 - date_weekday(today)) %
		    7);
	} else if (word_eq(s, len, "eom"))
		r = month_end(today, 0);
	else if (word_eq(s, len, "eoq")) {
		date_to_ymd(today, &y, &m, &d);
		r = month_end(today, 2 - (m - 1) % 3);
	} else if (word_eq(s, len, "eoy")) {
		date_to_ymd(today, &y, &m, &d);
		r = date_from_ymd(y, 12, 31);
	} else if ((wd = weekday_name(s, len)) >= 0) {
		d = (wd - date_weekday(today) + 7) % 7;
		r = add_days64(today, d == 0 ? 7 : d);
	} else
		return -1;
	if (r == DATE_NONE)
		return -1;
	*out = r;
	return 0;
}

/*
 * Is s a word for the end of a period (eow, eom, eoq, eoy)?  A bound
 * given so means the whole period, its last day included.
 */
int
date_period_end(const char *s)
{
	size_t	 len = s != NULL ? strlen(s) : 0;

	return word_eq(s, len, "eow") || word_eq(s, len, "eom") ||
	    word_eq(s, len, "eoq") || word_eq(s, len, "eoy");
}

/* Write d as "YYYY-MM-DD" ("0000-00-00" for a date outside 1..9999). */
void
date_format(mdate d, char buf[DATE_STRLEN])
{
	int	 y = 0, m = 0, dd = 0, i;

	if (d != DATE_NONE && in_range(d))
		date_to_ymd(d, &y, &m, &dd);
	for (i = 3; i >= 0; i--, y /= 10)
		buf[i] = '0' + y % 10;
	buf[4] = '-';
	buf[5] = '0' + m / 10;
	buf[6] = '0' + m % 10;
	buf[7] = '-';
	buf[8] = '0' + dd / 10;
	buf[9] = '0' + dd % 10;
	buf[10] = '\0';
}

/* Today: $MENTOR_TODAY when set (exit 64 if bad), else the local date. */
mdate
date_today(void)
{
	const char	*v;
	struct tm	 tm;
	time_t		 now;
	mdate		 d;

	if ((v = env_get("MENTOR_TODAY")) != NULL) {
		if (date_iso(v, strlen(v), &d) != 0)
			errx(EX_USAGE, "bad MENTOR_TODAY '%s' (want YYYY-MM-DD)",
			    v);
		return d;
	}
	if ((now = time(NULL)) == (time_t)-1)
		err(EX_OSERR, "time");
	if (localtime_r(&now, &tm) == NULL)
		err(EX_OSERR, "localtime");
	d = date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
	if (d == DATE_NONE)
		errx(EX_OSERR, "the system date is outside years 1 to 9999");
	return d;
}

/* Set p to [since, until] if both lie in years 1..9999. */
static int
period_set(struct period *p, int64_t since, int64_t until)
{
	if (!in_range(since) || !in_range(until))
		return -1;
	p->since = (mdate)since;
	p->until = (mdate)until;
	return 0;
}

/* Set p to the nmonths months starting with month m (0-based) of year y. */
static int
period_months(struct period *p, int64_t y, int64_t m0, int nmonths)
{
	return period_set(p, month_start(y, m0),
	    month_start(y, m0 + nmonths) - 1);
}

/* Read "this-X" or "last-X" (X week, month, quarter or year). */
static int
period_relative(const char *s, size_t len, mdate today, int ws,
    struct period *p)
{
	int64_t	 first;
	int	 back, y, m, d;

	if (len > 5 && word_eq(s, 5, "this-"))
		back = 0;
	else if (len > 5 && word_eq(s, 5, "last-"))
		back = 1;
	else
		return -1;
	s += 5;
	len -= 5;
	if (today == DATE_NONE || !in_range(today))
		return -1;
	date_to_ymd(today, &y, &m, &d);
	if (word_eq(s, len, "week")) {
		if (ws < 0 || ws > 6)
			return -1;
		first = week_first(today, ws) - 7 * back;
		return period_set(p, first, first + 6);
	}
	if (word_eq(s, len, "month"))
		return period_months(p, y, m - 1 - back, 1);
	if (word_eq(s, len, "quarter"))
		return period_months(p, y, (m - 1) / 3 * 3 - 3 * back, 3);
	if (word_eq(s, len, "year"))
		return period_months(p, y - back, 0, 12);
	return -1;
}

/* Read a period (see mentor.h) into *p. */
int
period_parse(const char *s, mdate today, int week_start, struct period *p)
{
	size_t	 len;
	int64_t	 first;
	int	 y, n;
	mdate	 d;

	if (s == NULL)
		return -1;
	len = strlen(s);
	if (len >= 4 && (y = digits(s, 4)) >= 1) {
		if (len == 4)
			return period_months(p, y, 0, 12);
		if (len == 7 && s[4] == '-' && (n = digits(s + 5, 2)) >= 1 &&
		    n <= 12)
			return period_months(p, y, n - 1, 1);
		if (len == 7 && s[4] == '-' && (s[5] == 'Q' || s[5] == 'q') &&
		    s[6] >= '1' && s[6] <= '4')
			return period_months(p, y, (s[6] - '1') * 3, 3);
		if (len == 8 && s[4] == '-' && (s[5] == 'W' || s[5] == 'w') &&
		    (n = digits(s + 6, 2)) >= 1) {
			first = iso_week1(y);
			if (n > (iso_week1(y + 1) - first) / 7)
				return -1;
			first += 7 * (int64_t)(n - 1);
			return period_set(p, first, first + 6);
		}
	}
	if (period_relative(s, len, today, week_start, p) == 0)
		return 0;
	if (date_parse(s, today, week_start, &d) != 0)
		return -1;
	p->since = p->until = d;
	return 0;
}

/* Say whether d lies in p; an absent date lies only in an unbounded one. */
int
period_contains(const struct period *p, mdate d)
{
	if (d == DATE_NONE)
		return p->since == DATE_NONE && p->until == DATE_NONE;
	if (p->since != DATE_NONE && d < p->since)
		return 0;
	if (p->until != DATE_NONE && d > p->until)
		return 0;
	return 1;
}

/* Read a decimal count of 1..max from a whole word, or -1. */
static int
count(const char *s, size_t len, int max)
{
	size_t	 i;
	int	 v = 0;

	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (!is_digit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
		if (v > max)
			return -1;
	}
	return v >= 1 ? v : -1;
}

/* The forms of a cadence, for messages. */
const char cadence_forms[] = "daily, weekly, biweekly, monthly, quarterly, "
    "every N days|weeks|months, every N-M days|weeks|months";

/* Read a cadence (see mentor.h and DESIGN.md §2) into *c. */
int
cadence_parse(const char *s, struct cadence *c)
{
	const char	*w[4], *dash;
	size_t		 wl[4], nw = 0;
	int		 unit, mult, max, n, late;

	if (s == NULL)
		return -1;
	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		if (*s == '\0')
			break;
		if (nw == 4)
			return -1;
		w[nw] = s;
		while (*s != '\0' && *s != ' ' && *s != '\t')
			s++;
		wl[nw] = s - w[nw];
		nw++;
	}
	if (nw == 1) {
		c->unit = CAD_DAYS;
		if (word_eq(w[0], wl[0], "daily"))
			c->n = 1;
		else if (word_eq(w[0], wl[0], "weekly"))
			c->n = 7;
		else if (word_eq(w[0], wl[0], "biweekly"))
			c->n = 14;
		else if (word_eq(w[0], wl[0], "monthly")) {
			c->unit = CAD_MONTHS;
			c->n = 1;
		} else if (word_eq(w[0], wl[0], "quarterly")) {
			c->unit = CAD_MONTHS;
			c->n = 3;
		} else
			return -1;
		c->late = c->n;
		return 0;
	}
	if ((nw != 2 && nw != 3) || !word_eq(w[0], wl[0], "every"))
		return -1;

	/* The unit is the last word: singular or plural. */
	if (word_eq(w[nw - 1], wl[nw - 1], "day") ||
	    word_eq(w[nw - 1], wl[nw - 1], "days")) {
		unit = CAD_DAYS;
		mult = 1;
		max = CAD_DAYS_MAX;
	} else if (word_eq(w[nw - 1], wl[nw - 1], "week") ||
	    word_eq(w[nw - 1], wl[nw - 1], "weeks")) {
		unit = CAD_DAYS;
		mult = 7;
		max = CAD_DAYS_MAX / 7;
	} else if (word_eq(w[nw - 1], wl[nw - 1], "month") ||
	    word_eq(w[nw - 1], wl[nw - 1], "months")) {
		unit = CAD_MONTHS;
		mult = 1;
		max = CAD_MONTHS_MAX;
	} else
		return -1;

	if (nw == 2) {
		/* "every day|week|month", never "every days". */
		if (!word_eq(w[1], wl[1], "day") &&
		    !word_eq(w[1], wl[1], "week") &&
		    !word_eq(w[1], wl[1], "month"))
			return -1;
		n = late = 1;
	} else if ((dash = memchr(w[1], '-', wl[1])) != NULL) {
		n = count(w[1], dash - w[1], max);
		late = count(dash + 1, wl[1] - (dash + 1 - w[1]), max);
		if (n < 0 || late < 0 || late < n)
			return -1;
	} else {
		if ((n = count(w[1], wl[1], max)) < 0)
			return -1;
		late = n;
	}
	c->unit = unit;
	c->n = n * mult;
	c->late = late * mult;
	return 0;
}

/* One step of c after d (months clamped), or DATE_NONE off range. */
mdate
cadence_due(const struct cadence *c, mdate d)
{
	if (c->unit == CAD_MONTHS)
		return add_months64(d, c->n);
	return add_days64(d, c->n);
}

/* The day from which a step of c after d counts as late. */
mdate
cadence_late(const struct cadence *c, mdate d)
{
	if (c->unit == CAD_MONTHS)
		return add_months64(d, c->late);
	return add_days64(d, c->late);
}

/* The date k steps of c after origin, stepping months from the origin. */
mdate
cadence_nth(const struct cadence *c, mdate origin, int k)
{
	if (c->unit == CAD_MONTHS)
		return add_months64(origin, (int64_t)k * c->n);
	return add_days64(origin, (int64_t)k * c->n);
}
