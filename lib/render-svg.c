#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "render.h"

/*
 * The charts of the html renderer, drawn as inline SVG from the items a
 * report described (see render.h): bars of done and total, a calendar of
 * weeks with their check-ins and marks, lines of ratings 1 to 5 over
 * time.  Each drawing is an image named by its title, its parts carry
 * their numbers as tooltips, and a table of the same numbers goes beside
 * it for whoever cannot see it.  Colours come from the page's style, so
 * they follow dark mode and print.
 */

#define W	400		/* the width of bars and lines */
#define STEP	13		/* a week's cell and its gap */

static const char *const months[] = { "Jan", "Feb", "Mar", "Apr", "May",
	"Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

static void
svg_begin(FILE *f, int w, int h, const char *title)
{
	fprintf(f, "<svg viewBox=\"0 0 "
	    "%d %d\" role=\"img\" aria-label=\"", w, h);
	html_put(f, title);
	fputs("\"><title>", f);
	html_put(f, title);
	fputs("</title>\n", f);
}

/* A bar a goal: its label and numbers above, its track and its fill. */
static void
bars(FILE *f, const char *title, const struct hitem *v, size_t n)
{
	size_t	 i;
	int	 y;

	svg_begin(f, W, (int)n * 34 + 2, title);
	for (i = 0; i < n; i++) {
		y = (int)i * 34;
		fprintf(f, "<text x=\"0\" y=\"%d\">", y + 12);
		html_put(f, v[i].label != NULL ? v[i].label : "");
		fprintf(f, ": %d of %d</text>\n", v[i].a, v[i].b);
		fprintf(f, "<rect class=\"track\" x=\"0\" y=\"%d\" width=\"%d\" "
		    "height=\"10\" rx=\"3\"/>", y + 18, W);
		if (v[i].b > 0 && v[i].a > 0)
			fprintf(f, "<rect class=\"done\" x=\"0\" y=\"%d\" "
			    "width=\"%d\" height=\"10\" rx=\"3\"/>", y + 18,
			    (v[i].a > v[i].b ? v[i].b : v[i].a) * W / v[i].b);
		fputs("\n", f);
	}
	fputs("</svg>\n", f);
}

/* What a week holds, in words. */
static void
week_words(FILE *f, const struct hitem *it)
{
	char	 d[DATE_STRLEN];

	date_format(it->date, d);
	fprintf(f, "week of %s: %d check-in%s%s%s", d, it->a, it->a == 1 ?
	    "" : "s", it->b & OW_DUE ? ", due" : "", it->b & OW_OVERDUE ?
	    ", overdue" : "");
}

/*
 * A cell a week, oldest first, like a contribution graph: filled by its
 * check-ins, ringed where one fell due, underlined in red while overdue;
 * the months above, a key below.
 */
static void
weeks(FILE *f, const char *title, const struct hitem *v, size_t n)
{
	size_t	 i;
	int	 y, m, d, pm = -1, lastx = -100, x, w = (int)n * STEP + 2;

	if (w < 300)
		w = 300;
	svg_begin(f, w, 56, title);
	for (i = 0; i < n; i++) {
		x = (int)i * STEP + 1;
		date_to_ymd(v[i].date, &y, &m, &d);
		if (m != pm && x - lastx >= 3 * STEP && (i > 0 || d <= 7)) {
			fprintf(f, "<text class=\"m\" x=\"%d\" y=\"9\">%s"
			    "</text>", x, months[m - 1]);
			lastx = x;
		}
		pm = m;
		fprintf(f, "<rect class=\"c%d\" x=\"%d\" y=\"13\" width=\"11\" "
		    "height=\"11\" rx=\"2\"><title>", v[i].a > 1 ? 2 :
		    v[i].a, x);
		week_words(f, &v[i]);
		fputs("</title></rect>", f);
		if (v[i].b & OW_DUE)
			fprintf(f, "<rect class=\"due\" x=\"%d\" y=\"13\" "
			    "width=\"11\" height=\"11\" rx=\"2\"/>", x);
		if (v[i].b & OW_OVERDUE)
			fprintf(f, "<rect class=\"late\" x=\"%d\" y=\"27\" "
			    "width=\"%d\" height=\"4\"/>", x - 1, STEP);
		fputs("\n", f);
	}
	fputs("<rect class=\"c1\" x=\"1\" y=\"41\" width=\"11\" height=\"11\" "
	    "rx=\"2\"/><text x=\"16\" y=\"50\">check-in</text>"
	    "<rect class=\"c0\" x=\"80\" y=\"41\" width=\"11\" height=\"11\" "
	    "rx=\"2\"/><rect class=\"due\" x=\"80\" y=\"41\" width=\"11\" "
	    "height=\"11\" rx=\"2\"/><text x=\"95\" y=\"50\">due</text>"
	    "<rect class=\"late\" x=\"135\" y=\"45\" width=\"13\" height=\"4\"/>"
	    "<text x=\"153\" y=\"50\">overdue</text>\n</svg>\n", f);
}

/* Lines of ratings 1 to 5 over time, a series a skill, with a key. */
static void
lines(FILE *f, const char *title, const struct hitem *v, size_t n)
{
	char	 d[DATE_STRLEN];
	size_t	 i, k;
	mdate	 lo = DATE_NONE, hi = DATE_NONE;
	int	 r, x, y, x0 = 30, x1 = W - 10;

	for (i = 0; i < n; i++)
		for (k = 0; k < v[i].npts; k++) {
			if (v[i].pts[k].date == DATE_NONE)
				continue;
			if (lo == DATE_NONE || v[i].pts[k].date < lo)
				lo = v[i].pts[k].date;
			if (hi == DATE_NONE || v[i].pts[k].date > hi)
				hi = v[i].pts[k].date;
		}
	svg_begin(f, W, 184 + (int)n * 16, title);
	for (r = 1; r <= 5; r++) {
		y = 12 + (5 - r) * 34;
		fprintf(f, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%d\" "
		    "y2=\"%d\"/><text class=\"m\" x=\"%d\" y=\"%d\" "
		    "text-anchor=\"end\">%d</text>\n", x0, x1, y, y, x0 - 8,
		    y + 4, r);
	}
	if (lo != DATE_NONE) {
		date_format(lo, d);
		fprintf(f, "<text class=\"m\" x=\"%d\" y=\"166\">%s</text>", x0,
		    d);
		date_format(hi, d);
		fprintf(f, "<text class=\"m\" x=\"%d\" y=\"166\" "
		    "text-anchor=\"end\">%s</text>\n", x1, d);
	}
	for (i = 0; i < n; i++) {
		fprintf(f, "<g class=\"k%zu\"><polyline class=\"l l%zu k%zu\" "
		    "points=\"", i % 6, i % 3, i % 6);
		for (k = 0; k < v[i].npts; k++) {
			x = lo == hi || v[i].pts[k].date == DATE_NONE ?
			    (x0 + x1) / 2 : x0 + (int)((long long)(v[i].pts[k].date -
			    lo) * (x1 - x0) / (hi - lo));
			fprintf(f, "%s%d,%d", k ? " " : "", x, 12 + (5 -
			    v[i].pts[k].value) * 34);
		}
		fputs("\"/>", f);
		for (k = 0; k < v[i].npts; k++) {
			x = lo == hi || v[i].pts[k].date == DATE_NONE ?
			    (x0 + x1) / 2 : x0 + (int)((long long)(v[i].pts[k].date -
			    lo) * (x1 - x0) / (hi - lo));
			date_format(v[i].pts[k].date, d);
			fprintf(f, "<circle cx=\"%d\" cy=\"%d\" r=\"3\"><title>",
			    x, 12 + (5 - v[i].pts[k].value) * 34);
			html_put(f, v[i].label);
			fprintf(f, ", %s: %d</title></circle>", d,
			    v[i].pts[k].value);
		}
		y = 186 + (int)i * 16;
		fprintf(f, "<line class=\"l l%zu k%zu\" x1=\"%d\" x2=\"%d\" "
		    "y1=\"%d\" y2=\"%d\"/><text x=\"%d\" y=\"%d\">", i % 3,
		    i % 6, x0, x0 + 24, y - 4, y - 4, x0 + 32, y);
		html_put(f, v[i].label);
		fputs("</text></g>\n", f);
	}
	fputs("</svg>\n", f);
}

void
svg_chart(FILE *f, int kind, const char *title, const struct hitem *v,
    size_t n)
{
	fputs("<div class=\"wide\">", f);
	if (kind == OC_BARS)
		bars(f, title, v, n);
	else if (kind == OC_WEEKS)
		weeks(f, title, v, n);
	else
		lines(f, title, v, n);
	fputs("</div>\n", f);
}

static void
head(FILE *f, const char *const *h, size_t n)
{
	size_t	 i;

	fputs("<div class=\"wide\"><table>\n<thead><tr>", f);
	for (i = 0; i < n; i++) {
		fputs(i > 0 ? "<th class=\"n\">" : "<th>", f);
		html_put(f, h[i]);
		fputs("</th>", f);
	}
	fputs("</tr></thead>\n<tbody>\n", f);
}

static void
td(FILE *f, const char *s, int num)
{
	fputs(num ? "<td class=\"n\">" : "<td>", f);
	html_put(f, s);
	fputs("</td>", f);
}

static void
tdi(FILE *f, long long v)
{
	fprintf(f, "<td class=\"n\">%lld</td>", v);
}

/*
 * The chart's numbers as a table: a row a bar; a row a week that holds
 * something (a check-in, a due date, an overdue day); a row a rating.
 */
void
svg_table(FILE *f, int kind, const char *label, const struct hitem *v,
    size_t n)
{
	const char	*h[4];
	char		 d[DATE_STRLEN];
	size_t		 i, k, rows = 0;

	h[0] = label;
	if (kind == OC_BARS) {
		h[1] = "done";
		h[2] = "of";
		h[3] = "%";
		head(f, h, 4);
		for (i = 0; i < n; i++) {
			fputs("<tr>", f);
			td(f, v[i].label != NULL ? v[i].label : "", 0);
			tdi(f, v[i].a);
			tdi(f, v[i].b);
			tdi(f, v[i].b > 0 ? (v[i].a * 100LL + v[i].b / 2) /
			    v[i].b : 0);
			fputs("</tr>\n", f);
		}
	} else if (kind == OC_WEEKS) {
		h[1] = "check-ins";
		h[2] = "due";
		h[3] = "overdue";
		head(f, h, 4);
		for (i = 0; i < n; i++) {
			if (v[i].a == 0 && v[i].b == 0)
				continue;
			rows++;
			date_format(v[i].date, d);
			fprintf(f, "<tr><td class=\"d\">%s</td>", d);
			tdi(f, v[i].a);
			td(f, v[i].b & OW_DUE ? "due" : "", 1);
			td(f, v[i].b & OW_OVERDUE ? "overdue" : "", 1);
			fputs("</tr>\n", f);
		}
		if (rows == 0)
			fputs("<tr><td colspan=\"4\">no check-in, due date or "
			    "overdue day</td></tr>\n", f);
	} else {
		h[1] = "date";
		h[2] = "rating";
		head(f, h, 3);
		for (i = 0; i < n; i++)
			for (k = 0; k < v[i].npts; k++) {
				date_format(v[i].pts[k].date, d);
				fputs("<tr>", f);
				td(f, v[i].label, 0);
				td(f, d, 1);
				tdi(f, v[i].pts[k].value);
				fputs("</tr>\n", f);
			}
	}
	fputs("</tbody>\n</table></div>\n", f);
}
