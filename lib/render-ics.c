#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "render.h"

/*
 * The ics renderer (see render.h): an iCalendar stream (RFC 5545) of
 * all-day events.  Each row flagged O_C is a VEVENT whose fields uid,
 * date, summary, description and kind become UID, DTSTART (a DATE, and
 * DTEND the day after), SUMMARY, DESCRIPTION and CATEGORIES; the
 * report's own field "name" names the calendar.  DTSTAMP is the report's
 * today at midnight UTC, so that the same journal on the same day gives
 * the same bytes.  Lines end in CRLF and are folded at 75 octets, never
 * inside a UTF-8 sequence; text values escape \ ; , and line ends.
 */

#define ICS_FOLD	75

enum { IF_UID, IF_DATE, IF_SUMMARY, IF_DESC, IF_KIND, IF_N };
static const char *const keys[IF_N] = { "uid", "date", "summary",
	"description", "kind" };

struct oics {
	char	 stamp[20];	/* YYYYMMDDT000000Z */
	int	 begun, inrow;
	char	*f[IF_N];
};

void
ics_init(struct out *o)
{
	o->ics = xcalloc(1, sizeof(*o->ics));
}

/* Write one content line, folded, each physical line ended by CRLF. */
static void
ics_line(FILE *f, const char *s, size_t n)
{
	size_t	 room = ICS_FOLD, k;

	while (n > room) {
		/* Never split a UTF-8 sequence: back off to its lead byte. */
		for (k = room; k > 0 && ((unsigned char)s[k] & 0xc0) == 0x80;
		    k--)
			;
		if (k == 0)
			k = room;
		fwrite(s, 1, k, f);
		fputs("\r\n ", f);
		s += k;
		n -= k;
		room = ICS_FOLD - 1;
	}
	fwrite(s, 1, n, f);
	fputs("\r\n", f);
}

/* A property NAME:value, the value a TEXT escaped when text is set. */
static void
prop(FILE *f, const char *name, const char *v, int text)
{
	struct buf	 b = BUF_INIT;

	buf_addf(&b, "%s:", name);
	for (; *v != '\0'; v++) {
		if (text && (*v == '\\' || *v == ';' || *v == ','))
			buf_addch(&b, '\\');
		if (text && *v == '\n')
			buf_addstr(&b, "\\n");
		else if (*v != '\r')
			buf_addch(&b, *v);
	}
	ics_line(f, b.buf, b.len);
	buf_release(&b);
}

/* The calendar begins (once, whatever the reports inside). */
void
ics_report(struct out *o, mdate today)
{
	struct oics	*c = o->ics;
	char		 d[DATE_STRLEN];

	if (c->begun)
		return;
	c->begun = 1;
	date_format(today, d);
	snprintf(c->stamp, sizeof(c->stamp), "%.4s%.2s%.2sT000000Z", d, d + 5,
	    d + 8);
	prop(o->f, "BEGIN", "VCALENDAR", 0);
	prop(o->f, "VERSION", "2.0", 0);
	prop(o->f, "PRODID", "-//mentor//mentor-report//EN", 0);
	prop(o->f, "CALSCALE", "GREGORIAN", 0);
	prop(o->f, "METHOD", "PUBLISH", 0);
}

void
ics_row(struct out *o)
{
	o->ics->inrow = 1;
}

void
ics_field(struct out *o, const char *key, const char *s)
{
	struct oics	*c = o->ics;
	int		 i;

	if (key == NULL || s == NULL)
		return;
	if (!c->inrow) {
		if (strcmp(key, "name") == 0)
			prop(o->f, "X-WR-CALNAME", s, 1);
		return;
	}
	for (i = 0; i < IF_N; i++)
		if (strcmp(key, keys[i]) == 0) {
			free(c->f[i]);
			c->f[i] = xstrdup(s);
		}
}

/* A DATE value: YYYYMMDD of a YYYY-MM-DD day, days later. */
static int
ics_date(const char *s, int days, char out[9])
{
	mdate	 d;
	char	 t[DATE_STRLEN];

	if (date_iso(s, strlen(s), &d) != 0)
		return -1;
	date_format(d + days, t);
	snprintf(out, 9, "%.4s%.2s%.2s", t, t + 5, t + 8);
	return 0;
}

/* The event is complete: written when it has a uid and a date. */
void
ics_row_end(struct out *o)
{
	struct oics	*c = o->ics;
	char		 a[9], b[9];
	int		 i;

	c->inrow = 0;
	if (c->f[IF_UID] != NULL && c->f[IF_DATE] != NULL &&
	    ics_date(c->f[IF_DATE], 0, a) == 0 &&
	    ics_date(c->f[IF_DATE], 1, b) == 0) {
		prop(o->f, "BEGIN", "VEVENT", 0);
		prop(o->f, "UID", c->f[IF_UID], 1);
		prop(o->f, "DTSTAMP", c->stamp, 0);
		prop(o->f, "DTSTART;VALUE=DATE", a, 0);
		prop(o->f, "DTEND;VALUE=DATE", b, 0);
		if (c->f[IF_SUMMARY] != NULL)
			prop(o->f, "SUMMARY", c->f[IF_SUMMARY], 1);
		if (c->f[IF_DESC] != NULL)
			prop(o->f, "DESCRIPTION", c->f[IF_DESC], 1);
		if (c->f[IF_KIND] != NULL)
			prop(o->f, "CATEGORIES", c->f[IF_KIND], 1);
		prop(o->f, "TRANSP", "TRANSPARENT", 0);
		prop(o->f, "END", "VEVENT", 0);
	}
	for (i = 0; i < IF_N; i++) {
		free(c->f[i]);
		c->f[i] = NULL;
	}
}

void
ics_done(struct out *o)
{
	struct oics	*c = o->ics;

	if (c->begun)
		prop(o->f, "END", "VCALENDAR", 0);
	free(c);
	o->ics = NULL;
}
