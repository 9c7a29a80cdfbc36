#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "mentor.h"
#include "render.h"

/*
 * The html renderer (see render.h): one self-contained HTML5 page, with
 * its style inline, no script, nothing fetched (a Content-Security-Policy
 * says so to the browser too), readable in dark mode, in print and on a
 * narrow screen.  render.c hands it finished view lines, already escaped,
 * and the structure around them; charts are collected here and drawn
 * as SVG, each with a table of its numbers.  Prose from the journal is
 * Markdown rendered by md4c with raw HTML escaped, images reduced to their
 * text and links kept only to the web and mail.
 */

struct ohtml {
	int		 page;		/* the head is written */
	int		 inlist;	/* a <ul> is open */
	int		 bullet;	/* the line being made is a list item */
	int		 sections;	/* reports open inside the page */
	char		*name;		/* the report, for a page without title */
	int		 kind;		/* the chart: OC_* */
	char		*title, *label;
	struct hitem	*v;
	size_t		 n;
};

static const char style[] =
":root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--mute:#59636e;"
"--line:#d1d9e0;--fill:#0969da;--track:#eaeef2;--c0:#ebedf0;--c1:#4ac26b;"
"--c2:#116329;--due:#9a6700;--late:#cf222e;--s0:#0072b2;--s1:#d55e00;"
"--s2:#009e73;--s3:#cc79a7;--s4:#b07800;--s5:#56b4e9}\n"
"@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;"
"--mute:#9198a1;--line:#3d444d;--fill:#4493f8;--track:#262c36;--c0:#212830;"
"--c1:#2ea043;--c2:#56d364;--due:#d29922;--late:#f85149;--s0:#56b4e9;"
"--s1:#f0a35e;--s2:#3fd0a4;--s3:#e39ccf;--s4:#f5c242;--s5:#9ad1f5}}\n"
"body{margin:0 auto;max-width:62rem;padding:1rem 1.5rem;color:var(--fg);"
"background:var(--bg);font:16px/1.5 system-ui,-apple-system,'Segoe UI',"
"sans-serif;overflow-wrap:anywhere}\n"
"h1{font-size:1.6rem;margin:.5rem 0 1rem}"
"h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line)}"
"h3{font-size:1.1rem;margin:1.5rem 0 .5rem}\n"
"p,ul{margin:.4rem 0}li{margin:.15rem 0}li p{margin:0}"
"blockquote{margin:.5rem 0;padding:0 1rem;border-left:.25rem solid "
"var(--line);color:var(--mute)}\n"
"code{font-size:.9em}"
".wide{overflow-x:auto;max-width:100%}"
"table{border-collapse:collapse;margin:.5rem 0;font-size:.95rem}"
"th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;"
"vertical-align:top}th{background:var(--track)}th,.n,.d{white-space:nowrap}.n{text-align:right;"
"font-variant-numeric:tabular-nums}caption{text-align:left;color:var(--mute)}\n"
"figure{margin:1rem 0;display:grid;grid-template-columns:minmax(0,3fr) "
"minmax(0,2fr);gap:.5rem 1.5rem;align-items:start}"
"figcaption{grid-column:1/-1;font-weight:600}figure.weeks{display:block}"
"figure svg{width:100%;height:auto;display:block}\n"
"svg text{fill:var(--fg);stroke:none;font:11px system-ui,sans-serif}"
"svg .m{fill:var(--mute)}.track{fill:var(--track)}.done{fill:var(--fill)}"
".c0{fill:var(--c0)}.c1{fill:var(--c1)}.c2{fill:var(--c2)}"
".due{fill:none;stroke:var(--due);stroke-width:2}.late{fill:var(--late)}"
".grid{stroke:var(--line);stroke-width:1}"
".l{fill:none;stroke-width:2}.l1{stroke-dasharray:6 3}"
".l2{stroke-dasharray:2 3}\n"
".k0{stroke:var(--s0);fill:var(--s0)}.k1{stroke:var(--s1);fill:var(--s1)}"
".k2{stroke:var(--s2);fill:var(--s2)}.k3{stroke:var(--s3);fill:var(--s3)}"
".k4{stroke:var(--s4);fill:var(--s4)}.k5{stroke:var(--s5);fill:var(--s5)}"
"path.l,polyline.l{fill:none}\n"
"@media (max-width:40rem){body{padding:.5rem;font-size:15px}"
"figure{grid-template-columns:minmax(0,1fr)}}\n"
"@media print{:root{--fg:#000;--bg:#fff;--mute:#444;--line:#999;"
"--track:#eee;--c0:#eee}body{max-width:none;padding:0;font-size:11pt}"
"figure,table,li{break-inside:avoid}h2,h3{break-after:avoid}}\n";

void
html_init(struct out *o)
{
	o->html = xcalloc(1, sizeof(*o->html));
}

/* Escaped text: & < > " ' as entities, other control characters left out. */
void
html_esc(struct buf *b, const char *s, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '&':
			buf_addstr(b, "&amp;");
			break;
		case '<':
			buf_addstr(b, "&lt;");
			break;
		case '>':
			buf_addstr(b, "&gt;");
			break;
		case '"':
			buf_addstr(b, "&quot;");
			break;
		case '\'':
			buf_addstr(b, "&#39;");
			break;
		default:
			if ((unsigned char)s[i] >= 0x20 && s[i] != 0x7f)
				buf_addch(b, s[i]);
			else if (s[i] == '\t' || s[i] == '\n')
				buf_addch(b, ' ');
		}
	}
}

/* Escaped text to f. */
void
html_put(FILE *f, const char *s)
{
	struct buf	 b = BUF_INIT;

	html_esc(&b, s, strlen(s));
	fwrite(b.buf, 1, b.len, f);
	buf_release(&b);
}

/* The page's head and the start of its body, once, titled title. */
static void
page(struct out *o, const char *title)
{
	struct ohtml	*h = o->html;

	if (h->page)
		return;
	h->page = 1;
	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; style-src 'unsafe-inline'\">\n"
	    "<meta name=\"color-scheme\" content=\"light dark\">\n"
	    "<meta name=\"generator\" content=\"mentor-report\">\n<title>",
	    o->f);
	html_put(o->f, title != NULL ? title : h->name != NULL ? h->name :
	    "mentor-report");
	fprintf(o->f, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
	    "<main>\n", style);
}

/* End a list in progress: what follows is no list item. */
static void
endlist(struct out *o)
{
	page(o, NULL);
	if (o->html->inlist)
		fputs("</ul>\n", o->f);
	o->html->inlist = 0;
}

/* A report begins: the page's first, or a section of it. */
void
html_report(struct out *o, const char *name, int nested)
{
	struct ohtml	*h = o->html;

	if (!nested) {
		free(h->name);
		h->name = xstrdup(name);
		return;
	}
	endlist(o);
	h->sections++;
	fprintf(o->f, "<section id=\"%s\">\n", name);
}

void
html_report_end(struct out *o)
{
	endlist(o);
	if (o->html->sections > 0) {
		o->html->sections--;
		fputs("</section>\n", o->f);
	}
}

/* The report's title: the page's (h1), or its section's (h2). */
void
html_title(struct out *o, const char *text)
{
	int	 lv = o->html->sections > 0 ? 2 : 1;

	page(o, text);
	endlist(o);
	fprintf(o->f, "<h%d>", lv);
	html_put(o->f, text);
	fprintf(o->f, "</h%d>\n", lv);
}

void
html_heading(struct out *o, const char *text)
{
	int	 lv = o->html->sections > 0 ? 3 : 2;

	endlist(o);
	fprintf(o->f, "<h%d>", lv);
	html_put(o->f, text);
	fprintf(o->f, "</h%d>\n", lv);
}

/* The line being made is an item of a list. */
void
html_bullet(struct out *o)
{
	o->html->bullet = 1;
}

/* A blank line of the view: a list ends. */
void
html_blank(struct out *o)
{
	endlist(o);
}

/* A finished view line: a list item or a paragraph. */
void
html_line(struct out *o, const char *s, size_t n)
{
	struct ohtml	*h = o->html;

	page(o, NULL);
	if (h->bullet && !h->inlist)
		fputs("<ul>\n", o->f);
	if (!h->bullet)
		endlist(o);
	h->inlist = h->bullet;
	fputs(h->bullet ? "<li>" : "<p>", o->f);
	fwrite(s, 1, n, o->f);
	fputs(h->bullet ? "</li>\n" : "</p>\n", o->f);
	h->bullet = 0;
}

/* Is the link target one to keep: the web, mail, or a relative one? */
static int
url_ok(const char *u, size_t n)
{
	size_t	 i;

	for (i = 0; i < n && u[i] != ':'; i++)
		if (u[i] == '/' || u[i] == '?' || u[i] == '#')
			return 1;
	if (i == n)
		return 1;
	return (i == 4 && strncasecmp(u, "http", 4) == 0) ||
	    (i == 5 && strncasecmp(u, "https", 5) == 0) ||
	    (i == 6 && strncasecmp(u, "mailto", 6) == 0);
}

/*
 * md4c's HTML, made safe to show: an image becomes its text (nothing is
 * fetched), a link to anything but the web, mail or a relative place
 * loses its target.  md4c writes every tag itself (raw HTML is escaped
 * text), and escapes '"' in attributes, so the tags read plainly.
 */
static void
md_safe(struct buf *b, const char *s, size_t n)
{
	const char	*e = s + n, *p, *q, *t;

	while (s < e) {
		if ((p = memchr(s, '<', (size_t)(e - s))) == NULL)
			p = e;
		buf_add(b, s, (size_t)(p - s));
		if (p == e)
			break;
		if ((q = memchr(p, '>', (size_t)(e - p))) == NULL)
			q = e - 1;
		if (strncmp(p, "<img ", 5) == 0) {
			buf_addstr(b, "<span class=\"img\">");
			t = strstr(p, " alt=\"");
			if (t != NULL && t < q) {
				t += 6;
				buf_add(b, t, strcspn(t, "\""));
			}
			buf_addstr(b, "</span>");
		} else if (strncmp(p, "<a href=\"", 9) == 0 &&
		    !url_ok(p + 9, strcspn(p + 9, "\""))) {
			buf_addstr(b, "<a");
			t = p + 9 + strcspn(p + 9, "\"") + 1;
			buf_add(b, t, (size_t)(q + 1 - t));
		} else
			buf_add(b, p, (size_t)(q + 1 - p));
		s = q + 1;
	}
}

/*
 * Prose, Markdown rendered to HTML: a block of its own (block), or on the
 * line being made, one paragraph's text inline.
 */
void
html_prose(struct out *o, const char *s, size_t n, int block)
{
	struct buf	 md = BUF_INIT, b = BUF_INIT;
	const char	*p;
	size_t		 len;

	/* Without a renderer (o->markdown), prose is its text, escaped. */
	if (o->markdown == NULL || o->markdown(s, n, &md) != 0) {
		buf_reset(&md);
		html_esc(&md, s, n);
	}
	md_safe(&b, md.buf != NULL ? md.buf : "", md.len);
	p = b.buf != NULL ? b.buf : "";
	len = b.len;
	while (len > 0 && p[len - 1] == '\n')
		len--;
	/* One paragraph, on a line: its text alone. */
	if (!block && len >= 7 && strncmp(p, "<p>", 3) == 0 &&
	    strncmp(p + len - 4, "</p>", 4) == 0 && strstr(p + 3, "<p>") ==
	    NULL) {
		p += 3;
		len -= 7;
	}
	if (block) {
		endlist(o);
		fwrite(p, 1, len, o->f);
		putc('\n', o->f);
	} else
		buf_add(&o->line, p, len);
	buf_release(&md);
	buf_release(&b);
}

void
html_quote(struct out *o, const char *text)
{
	endlist(o);
	fputs("<blockquote>\n", o->f);
	html_prose(o, text, strlen(text), 1);
	fputs("</blockquote>\n", o->f);
}

static void
cell(FILE *f, const char *tag, const char *s, int right)
{
	fprintf(f, "<%s%s>", tag, right ? " class=\"n\"" : "");
	html_put(f, s);
	fprintf(f, "</%s>", tag);
}

/* A table of the view, under the columns' heads. */
void
html_table(struct out *o, const struct ocol *cols, size_t n)
{
	size_t	 i;

	endlist(o);
	fputs("<div class=\"wide\"><table>\n<thead><tr>", o->f);
	for (i = 0; i < n; i++)
		cell(o->f, "th", cols[i].head, cols[i].fl & O_RIGHT);
	fputs("</tr></thead>\n<tbody>\n", o->f);
}

void
html_row(struct out *o, const char *const *cells, size_t n)
{
	const struct oframe	*t = &o->st[o->depth - 1];
	size_t			 i;

	fputs("<tr>", o->f);
	for (i = 0; i < n; i++)
		cell(o->f, "td", cells[i], i < t->ncols && t->cols != NULL &&
		    (t->cols[i].fl & O_RIGHT));
	fputs("</tr>\n", o->f);
}

void
html_table_end(struct out *o)
{
	fputs("</tbody>\n</table></div>\n", o->f);
}

/* Begin collecting a chart. */
void
html_chart(struct out *o, int kind, const char *title, const char *label)
{
	struct ohtml	*h = o->html;

	h->kind = kind;
	h->title = xstrdup(title);
	h->label = xstrdup(label);
}

void
html_chart_item(struct out *o, const char *label, mdate d, int a, int b,
    const struct opoint *p, size_t n)
{
	struct ohtml	*h = o->html;
	struct hitem	*it;

	if (h->title == NULL)
		return;
	h->v = xreallocarray(h->v, h->n + 1, sizeof(*h->v));
	it = &h->v[h->n++];
	memset(it, 0, sizeof(*it));
	it->label = label != NULL ? xstrdup(label) : NULL;
	it->date = d;
	it->a = a;
	it->b = b;
	if (n > 0) {
		it->pts = xreallocarray(NULL, n, sizeof(*p));
		memcpy(it->pts, p, n * sizeof(*p));
		it->npts = n;
	}
}

/* The chart is complete: a figure with its SVG and its table. */
void
html_chart_end(struct out *o)
{
	struct ohtml	*h = o->html;
	size_t		 i;

	if (h->title == NULL)
		return;
	endlist(o);
	if (h->n > 0) {
		fprintf(o->f, "<figure class=\"%s\">\n<figcaption>", h->kind ==
		    OC_BARS ? "bars" : h->kind == OC_WEEKS ? "weeks" : "lines");
		html_put(o->f, h->title);
		fputs("</figcaption>\n", o->f);
		svg_chart(o->f, h->kind, h->title, h->v, h->n);
		svg_table(o->f, h->kind, h->label, h->v, h->n);
		fputs("</figure>\n", o->f);
	}
	for (i = 0; i < h->n; i++) {
		free(h->v[i].label);
		free(h->v[i].pts);
	}
	free(h->v);
	h->v = NULL;
	h->n = 0;
	free(h->title);
	free(h->label);
	h->title = h->label = NULL;
}

/* The page ends. */
void
html_done(struct out *o)
{
	struct ohtml	*h = o->html;

	endlist(o);
	while (h->sections > 0)
		html_report_end(o);
	fputs("</main>\n</body>\n</html>\n", o->f);
	free(h->name);
	free(h);
	o->html = NULL;
}
