#include "config.h"

#include <err.h>
#include <stdio.h>

#include "mentor.h"
#include "render.h"

/*
 * Small pieces of the view that reports draw: day counts, and charts —
 * bars, calendar cells and sparklines in Unicode blocks (ASCII when the
 * locale's charset is not UTF-8) on the line being made in text and md;
 * in html, the chart's data, drawn when it ends.
 */

#define SPARK_MAX	24	/* the last values a sparkline shows */

/* "1 day", "3 days", "-2 days". */
const char *
out_days(char *s, size_t n, int d)
{
	/* snprintf's "%d day%s", made by hand: one for every item listed. */
	const char	*unit = d == 1 || d == -1 ? " day" : " days";
	char		 num[INT_STRLEN];
	const char	*p = int_str(d, num);
	size_t		 k = 0;

	while (*p != '\0' && k + 1 < n)
		s[k++] = *p++;
	while (*unit != '\0' && k + 1 < n)
		s[k++] = *unit++;
	if (n > 0)
		s[k] = '\0';
	return s;
}

/*
 * The line being made is an item of a list in html (text and md mark it
 * their own way, or with out_bullet).
 */
void
out_listitem(struct out *o)
{
	if (out_view(o, O_H))
		html_bullet(o);
}

/*
 * Begin a chart of a kind (OC_*), titled (html's caption), whose rows'
 * labels are headed label in its table.
 */
void
out_chart(struct out *o, int kind, const char *title, const char *label)
{
	if (o->chart)
		errx(EX_SOFTWARE, "a chart inside a chart");
	o->chart = 1;
	if (out_view(o, O_H))
		html_chart(o, kind, title, label);
}

/* The chart is described: html draws it. */
void
out_chart_end(struct out *o)
{
	if (!o->chart)
		errx(EX_SOFTWARE, "out_chart_end with no chart");
	o->chart = 0;
	if (out_view(o, O_H))
		html_chart_end(o);
}

/*
 * A bar of a chart, label done of total: in text and md, w cells on the
 * line being made.
 */
void
out_bar(struct out *o, const char *label, int done, int total, int w)
{
	struct buf	 b = BUF_INIT;
	int		 i, fill = total > 0 ? (done * w + total / 2) / total : 0;

	if (out_view(o, O_H))
		html_chart_item(o, label, DATE_NONE, done, total, NULL, 0);
	if (!out_view(o, O_T | O_M))
		return;
	for (i = 0; i < w; i++)
		buf_addstr(&b, i < fill ? (o->utf8 ? "\xe2\x96\x88" : "#") :
		    (o->utf8 ? "\xe2\x96\x91" : "."));
	out_text(o, O_T | O_M, "%s", b.buf);
	buf_release(&b);
}

/*
 * A week of a calendar chart, from its first day, with n check-ins and
 * its marks (OW_*): in text and md a cell, filled for a week with a
 * check-in, else a dot.
 */
void
out_week(struct out *o, mdate week, int n, unsigned marks)
{
	if (out_view(o, O_H))
		html_chart_item(o, NULL, week, n, (int)marks, NULL, 0);
	out_text(o, O_T | O_M, "%s", n > 0 ? (o->utf8 ? "\xe2\x96\x88" :
	    "#") : (o->utf8 ? "\xc2\xb7" : "."));
}

/*
 * A series of a line chart, values 1 to 5: in text and md a sparkline of
 * the last SPARK_MAX values, a block (or digit) each, padded to w.
 */
void
out_series(struct out *o, const char *name, const struct opoint *p,
    size_t n, size_t w)
{
	static const char *const blocks[] = { "\xe2\x96\x81", "\xe2\x96\x83",
	    "\xe2\x96\x84", "\xe2\x96\x86", "\xe2\x96\x88" };
	struct buf	 b = BUF_INIT;
	size_t		 i, from = n > SPARK_MAX ? n - SPARK_MAX : 0;

	if (out_view(o, O_H))
		html_chart_item(o, name, DATE_NONE, 0, 0, p, n);
	if (!out_view(o, O_T | O_M))
		return;
	for (i = from; i < n; i++) {
		if (p[i].value < 1 || p[i].value > 5)
			buf_addch(&b, '?');
		else if (o->utf8)
			buf_addstr(&b, blocks[p[i].value - 1]);
		else
			buf_addch(&b, '0' + p[i].value);
	}
	for (i = n - from; i < w && i < SPARK_MAX; i++)
		buf_addch(&b, ' ');
	out_text(o, O_T | O_M, "%s", b.buf);
	buf_release(&b);
}
