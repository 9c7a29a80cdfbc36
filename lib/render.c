#include "config.h"

#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "render.h"

/*
 * The renderers (see render.h): one statement of what a program prints,
 * turned into text, md, tsv, json, jsonl or paths.  View pieces build a
 * line at a time (text and md); data pieces go to the JSON writer or to
 * the tsv row being made; a table's view cells wait to be aligned.
 */

enum { K_REPORT, K_ROWS, K_DOC, K_OBJ, K_LIST, K_TABLE, K_ROW };

#define WRAP_MIN	20	/* prose always gets this many columns */

/* Does the format show pieces flagged fl? */
int
out_shows(const struct out *o, unsigned fl)
{
	switch (o->fmt) {
	case FMT_TEXT:
		return (fl & O_T) != 0;
	case FMT_MD:
		return (fl & O_M) != 0;
	case FMT_JSON:
	case FMT_JSONL:
		return (fl & O_J) != 0;
	case FMT_TSV:
		return (fl & O_S) != 0;
	case FMT_PATHS:
		return (fl & O_P) != 0;
	case FMT_HTML:
		return (fl & O_H) != 0;
	case FMT_ICS:
		return (fl & O_C) != 0;
	}
	return 0;
}

/* Does the format show view pieces flagged fl (text, md or html)? */
int
out_view(const struct out *o, unsigned fl)
{
	return (o->fmt == FMT_TEXT || o->fmt == FMT_MD || o->fmt ==
	    FMT_HTML) && out_shows(o, fl);
}

static struct oframe *
top(struct out *o)
{
	return o->depth > 0 ? &o->st[o->depth - 1] : NULL;
}

static void
push(struct out *o, int kind, unsigned fl)
{
	int	 hide = o->depth > 0 && o->st[o->depth - 1].jhide;

	if (o->depth == OUT_DEPTH)
		errx(EX_SOFTWARE, "output nested deeper than %d", OUT_DEPTH);
	memset(&o->st[o->depth], 0, sizeof(o->st[o->depth]));
	o->st[o->depth].kind = kind;
	o->st[o->depth].fl = fl;
	o->st[o->depth].jhide = hide || !(fl & O_J);
	o->depth++;
}

/* Does JSON show what goes in the innermost container? */
int
out_json(struct out *o)
{
	return (o->fmt == FMT_JSON || o->fmt == FMT_JSONL) &&
	    (o->depth == 0 || !o->st[o->depth - 1].jhide);
}

/* Are we inside a table's row (view fields are cells)? */
static const struct oframe *
table_row(struct out *o)
{
	if (o->depth >= 2 && o->st[o->depth - 1].kind == K_ROW &&
	    (o->st[o->depth - 1].fl & O_V) &&
	    (o->st[o->depth - 2].kind == K_TABLE ||
	    (o->st[o->depth - 2].kind == K_ROWS &&
	    o->st[o->depth - 2].cols != NULL)))
		return &o->st[o->depth - 2];
	return NULL;
}

/* Write to f (before the document begins), not standard output. */
void
out_file(struct out *o, FILE *f)
{
	if (o->quiet)
		return;
	o->f = f;
	o->js.f = f;
	o->width = o->fmt == FMT_TEXT ? term_width(fileno(f)) : 0;
}

void
out_init(struct out *o, int fmt, const struct opts *opt)
{
	memset(o, 0, sizeof(*o));
	o->fmt = fmt;
	o->f = stdout;
	o->utf8 = locale_utf8();
	if (opt != NULL) {
		o->quiet = opt->quiet;
		o->nul = opt->nul;
		o->no_header = opt->no_header;
		o->color = fmt == FMT_TEXT && color_enabled(opt->color,
		    STDOUT_FILENO);
	}
	/* On a terminal text fits its width; elsewhere nothing is cut. */
	o->width = fmt == FMT_TEXT ? term_width(STDOUT_FILENO) : 0;
	/* Quiet: the same work, into nothing. */
	if (o->quiet && (o->f = fopen("/dev/null", "w")) == NULL)
		err(EX_OSERR, "/dev/null");
	json_init(&o->js, o->f);
	buf_init(&o->line);
	o->eol = '\n';
	if (opt != NULL)
		o->markdown = opt->markdown;
	if (fmt == FMT_HTML)
		html_init(o);
	else if (fmt == FMT_ICS)
		ics_init(o);
}

/*
 * Write a view line: trailing blanks dropped, and in text cut to the
 * width with an ellipsis.
 */
static void
put_line(struct out *o, const char *s, size_t n)
{
	const char	*ell = o->utf8 ? "\xe2\x80\xa6" : "...";
	size_t		 ew = o->utf8 ? 1 : 3;

	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (o->fmt == FMT_HTML) {
		html_line(o, s, n);
		return;
	}
	/* No character is wider than its bytes: short lines always fit. */
	if (o->fmt == FMT_TEXT && o->width > ew && n > o->width &&
	    utf8_fit(s, n, o->width, NULL) < n) {
		n = utf8_fit(s, n, o->width - ew, NULL);
		while (n > 0 && s[n - 1] == ' ')
			n--;
		fwrite(s, 1, n, o->f);
		fputs(ell, o->f);
	} else
		fwrite(s, 1, n, o->f);
	putc(o->eol, o->f);
}

/* End the view line being made, if one was begun. */
static void
flush_line(struct out *o)
{
	if (o->started)
		put_line(o, o->line.buf, o->line.len);
	buf_reset(&o->line);
	o->started = 0;
}

void
out_nl(struct out *o, unsigned fl)
{
	if (out_view(o, fl))
		flush_line(o);
}

void
out_blank(struct out *o, unsigned fl)
{
	if (!out_view(o, fl))
		return;
	flush_line(o);
	if (o->fmt == FMT_HTML)
		html_blank(o);
	else
		putc('\n', o->f);
}

static void view_field(struct out *, const char *, unsigned);

/* Add text to the view line (or, in a table row, to the next cell). */
static void
view_add(struct out *o, const char *s, size_t n)
{
	if (o->fmt == FMT_HTML)
		html_esc(&o->line, s, n);
	else
		buf_add(&o->line, s, n);
	o->started = 1;
}

/* View text: on the line being made, or in a table's row a cell. */
void
out_text(struct out *o, unsigned fl, const char *fmt, ...)
{
	va_list		 ap;
	struct buf	 b = BUF_INIT;
	const char	*s = fmt;
	size_t		 n;

	if (!out_view(o, fl))
		return;
	/* Most view text is a constant or one string: no formatting then. */
	if (strcmp(fmt, "%s") == 0) {
		va_start(ap, fmt);
		s = va_arg(ap, const char *);
		va_end(ap);
		/* An empty buf's text is NULL: nothing to add. */
		if (s == NULL)
			s = "";
		n = strlen(s);
	} else if (strchr(fmt, '%') != NULL) {
		va_start(ap, fmt);
		buf_vaddf(&b, fmt, ap);
		va_end(ap);
		s = b.buf;
		n = b.len;
	} else
		n = strlen(fmt);
	if (table_row(o) != NULL)
		view_field(o, s, fl & ~(unsigned)(O_WRAP | O_W(0xffff)));
	else if (n > 0)
		view_add(o, s, n);
	buf_release(&b);
}

/* Start a line of a list in the view: "  " in text, "- " in md. */
void
out_bullet(struct out *o)
{
	out_text(o, O_T, "  ");
	out_text(o, O_M, "- ");
	out_listitem(o);
}

/*
 * A line of a list in the view: "  text" in text, "- text" in md (a
 * list item), ended.
 */
void
out_item(struct out *o, const char *fmt, ...)
{
	va_list		 ap;
	struct buf	 b = BUF_INIT;

	if (!out_view(o, O_V))
		return;
	flush_line(o);
	out_bullet(o);
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	view_add(o, b.buf, b.len);
	buf_release(&b);
	flush_line(o);
}

/*
 * Prose on the view line: as it is in md; in text wrapped to the width,
 * the lines after the first indented as far as the first one's start.
 */
static void
view_wrap(struct out *o, const char *text)
{
	const char	*p = text, *w;
	size_t		 ind = utf8_width(o->line.buf, o->line.len), col = ind;
	size_t		 n, ww, width = o->width ? o->width : 80;
	int		 words = 0;

	if (o->fmt != FMT_TEXT || width < ind + WRAP_MIN) {
		view_add(o, text, strlen(text));
		return;
	}
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p == '\0')
			break;
		for (w = p; *p != '\0' && *p != ' ' && *p != '\t' &&
		    *p != '\n' && *p != '\r'; p++)
			;
		n = (size_t)(p - w);
		ww = utf8_width(w, n);
		if (words && col + 1 + ww > width) {
			flush_line(o);
			for (col = 0; col < ind; col++)
				buf_addch(&o->line, ' ');
		} else if (words) {
			buf_addch(&o->line, ' ');
			col++;
		}
		view_add(o, w, n);
		col += ww;
		words = 1;
	}
}

/* A field's text in the view: cut, padded or aligned as flagged. */
static void
view_field(struct out *o, const char *s, unsigned fl)
{
	size_t		 w = fl >> 16, cw, n;
	struct buf	 b = BUF_INIT;

	/* Nothing to show: an empty cell in a table, else nothing at all. */
	if (s == NULL && !(fl & O_DASH) && table_row(o) == NULL)
		return;
	if (s == NULL)
		s = fl & O_DASH ? "-" : "";
	if ((fl & O_WRAP) && o->fmt == FMT_HTML && table_row(o) == NULL) {
		html_prose(o, s, strlen(s), 0);
		o->started = 1;
		return;
	}
	if (fl & O_WRAP) {
		view_wrap(o, s);
		return;
	}
	/* Cells of a markdown table and html need no padding. */
	if (w > 0 && o->fmt != FMT_HTML && !(o->fmt == FMT_MD &&
	    table_row(o) != NULL)) {
		n = utf8_fit(s, strlen(s), w, &cw);
		if (fl & O_RIGHT)
			for (; cw < w; cw++)
				buf_addch(&b, ' ');
		buf_add(&b, s, n);
		for (; cw < w; cw++)
			buf_addch(&b, ' ');
		s = b.buf;
	}
	if (table_row(o) != NULL) {
		if (o->ncells < 16) {
			o->cellsgr[o->ncells] = o->sgr;
			o->cells[o->ncells++] = xstrdup(s);
		}
		o->sgr = NULL;
	} else
		view_add(o, s, strlen(s));
	buf_release(&b);
}

/* The tsv column called key, or -1. */
static int
tsv_col(const struct out *o, const char *key)
{
	size_t	 i;

	for (i = 0; key != NULL && i < o->ntsv; i++)
		if (strcmp(o->tsv[i], key) == 0)
			return (int)i;
	return -1;
}

/* A value for the tsv row being made. */
static void
tsv_field(struct out *o, const char *key, const char *s)
{
	int	 c;

	if (o->tsvrow == NULL || (c = tsv_col(o, key)) < 0)
		return;
	free(o->tsvrow[c]);
	o->tsvrow[c] = s != NULL ? xstrdup(s) : NULL;
}

/* The key of a JSON member, unless in an array (O_KEY: as written). */
void
out_member(struct out *o, const char *key, unsigned fl)
{
	const struct oframe *f = top(o);

	if (key == NULL || f == NULL || (f->kind != K_REPORT &&
	    f->kind != K_DOC && f->kind != K_OBJ && f->kind != K_ROW))
		return;
	if (fl & O_KEY)
		json_key_raw(&o->js, key);
	else
		json_key(&o->js, key);
}

/*
 * A field: its text in the view, its value (written by put) in JSON, its
 * text in the tsv row, and a row's path in paths.
 */
void
out_field(struct out *o, const char *key, const char *s, unsigned fl,
    void (*put)(struct out *, const void *), const void *v)
{
	if (!out_shows(o, fl))
		return;
	switch (o->fmt) {
	case FMT_TEXT:
	case FMT_MD:
	case FMT_HTML:
		view_field(o, s, fl);
		break;
	case FMT_ICS:
		ics_field(o, key, s);
		break;
	case FMT_JSON:
	case FMT_JSONL:
		if (!out_json(o))
			break;
		out_member(o, key, fl);
		put(o, v);
		break;
	case FMT_TSV:
		tsv_field(o, key, s);
		break;
	case FMT_PATHS:
		if (s != NULL)
			path_put(o->f, s, o->nul);
		break;
	}
}

/* Text written as it is in the view (a record's body), ended by a line end. */
void
out_raw(struct out *o, unsigned fl, const char *s, size_t n)
{
	if (!out_view(o, fl) || n == 0)
		return;
	flush_line(o);
	if (o->fmt == FMT_HTML) {
		html_prose(o, s, n, 1);
		return;
	}
	fwrite(s, 1, n, o->f);
	if (s[n - 1] != '\n')
		putc('\n', o->f);
}

/* The colour (an SGR sequence such as "31") of the next table cell. */
void
out_color(struct out *o, const char *sgr)
{
	o->sgr = o->color ? sgr : NULL;
}

/* A text table's columns: alignment, and how it fits the width. */
static void
table_cols(struct out *o, const struct ocol *cols, size_t n, size_t indent)
{
	size_t	 i;

	for (i = 0; i < n && i < 16; i++) {
		o->tb.right[i] = (cols[i].fl & O_RIGHT) != 0;
		o->tb.flex[i] = (cols[i].fl & O_FLEX) != 0;
		o->tb.drop[i] = (unsigned char)O_DROPS(cols[i].fl);
	}
	o->tb.width = o->width > indent ? o->width - indent : 0;
	o->tb.utf8 = o->utf8;
}

static void
tsv_header(struct out *o, const char *const *cols, size_t n)
{
	o->tsv = cols;
	o->ntsv = n;
	if (o->fmt == FMT_TSV && !o->no_header && n > 0)
		tsv_row(o->f, cols, n);
}

/*
 * Begin a report: the JSON object's report, period and today members, and
 * the tsv header (cols, n).
 */
void
out_report(struct out *o, const char *name, const struct period *p,
    mdate today, const char *const *cols, size_t n)
{
	int	 nested = o->depth > 0;

	push(o, K_REPORT, O_ALL);
	if (!nested)
		tsv_header(o, cols, n);
	if (o->fmt == FMT_HTML)
		html_report(o, name, nested);
	else if (o->fmt == FMT_ICS)
		ics_report(o, today);
	if (o->fmt != FMT_JSON)
		return;
	json_obj(&o->js);
	json_key(&o->js, "report");
	json_str(&o->js, name);
	json_key(&o->js, "period");
	json_obj(&o->js);
	json_key(&o->js, "since");
	json_date(&o->js, p != NULL ? p->since : DATE_NONE);
	json_key(&o->js, "until");
	json_date(&o->js, p != NULL ? p->until : DATE_NONE);
	json_obj_end(&o->js);
	json_key(&o->js, "today");
	json_date(&o->js, today);
}

/* Begin a record shown alone: one JSON object. */
void
out_doc(struct out *o)
{
	push(o, K_DOC, O_ALL);
	if (o->fmt == FMT_JSON)
		json_obj(&o->js);
}

/*
 * Begin a list of records: tsv columns (cols, n) and the view's table
 * (view, nview; the header left out with --no-header).
 */
void
out_rows(struct out *o, const char *const *cols, size_t n,
    const struct ocol *view, size_t nview)
{
	const char	*head[16];
	size_t		 i;

	push(o, K_ROWS, O_ALL);
	top(o)->cols = view;
	top(o)->ncols = nview;
	tsv_header(o, cols, n);
	if (o->fmt == FMT_JSON)
		json_arr(&o->js);
	/* Without a table, each row is its own line: ended by NUL with -0. */
	if (view == NULL)
		o->eol = o->nul ? '\0' : '\n';
	else if (o->fmt == FMT_TEXT) {
		for (i = 0; i < nview && i < 16; i++)
			head[i] = view[i].head;
		table_init(&o->tb, nview, o->no_header ? NULL : head);
		table_cols(o, view, nview, 0);
	}
}

/* A report's first line: the title, "# title" in md. */
void
out_title(struct out *o, const char *fmt, ...)
{
	va_list	 ap;

	struct buf	 b = BUF_INIT;

	if (!out_view(o, O_V))
		return;
	flush_line(o);
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	if (o->fmt == FMT_HTML)
		html_title(o, b.buf);
	else {
		fprintf(o->f, "%s%s\n", o->fmt == FMT_MD ? "# " : "", b.buf);
	}
	buf_release(&b);
}

/* A heading of a report: after a blank line, "## text" in md. */
void
out_heading(struct out *o, unsigned fl, const char *text)
{
	if (!out_view(o, fl))
		return;
	flush_line(o);
	if (o->fmt == FMT_HTML) {
		html_heading(o, text);
		return;
	}
	putc('\n', o->f);
	if (o->fmt == FMT_MD)
		fprintf(o->f, "## %s\n\n", text);
	else
		put_line(o, text, strlen(text));
}

/* An object: in JSON (O_J) a member key's object, or nothing. */
void
out_obj(struct out *o, const char *key, unsigned fl)
{
	if (out_json(o) && (fl & O_J)) {
		out_member(o, key, fl);
		json_obj(&o->js);
	}
	push(o, K_OBJ, fl);
}

/* A list: in JSON (O_J) an array; its rows are tsv rows with O_S. */
void
out_list(struct out *o, const char *key, unsigned fl)
{
	if (out_json(o) && (fl & O_J)) {
		out_member(o, key, fl);
		json_arr(&o->js);
	}
	push(o, K_LIST, fl);
}

/* A markdown table cell: '|' escaped. */
static void
md_cell(struct buf *b, const char *s)
{
	buf_addstr(b, "| ");
	for (; *s != '\0'; s++) {
		if (*s == '|')
			buf_addch(b, '\\');
		buf_addch(b, *s);
	}
	buf_addch(b, ' ');
}

/*
 * A table in a report: in the view, each row's view fields are its cells
 * under cols' headers (aligned and indented by indent in text, a table in
 * md); in the data, a list.
 */
void
out_table(struct out *o, const char *key, const struct ocol *cols,
    size_t n, size_t indent, unsigned fl)
{
	const char	*head[16];
	size_t		 i;

	out_list(o, key, fl);
	top(o)->kind = K_TABLE;
	top(o)->cols = cols;
	top(o)->ncols = n;
	top(o)->indent = indent;
	if (o->fmt == FMT_TEXT) {
		flush_line(o);
		for (i = 0; i < n && i < 16; i++)
			head[i] = cols[i].head;
		table_init(&o->tb, n, head);
		table_cols(o, cols, n, indent);
	} else if (o->fmt == FMT_HTML) {
		flush_line(o);
		html_table(o, cols, n);
	} else if (o->fmt == FMT_MD)
		/* Its header comes with its first row: none, no table. */
		flush_line(o);
}

/* A markdown table's header and rule, before its first row. */
static void
md_head(struct out *o, const struct oframe *f)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < f->ncols; i++)
		md_cell(&b, f->cols[i].head);
	buf_addstr(&b, "|");
	put_line(o, b.buf, b.len);
	buf_reset(&b);
	for (i = 0; i < f->ncols; i++)
		buf_addstr(&b, f->cols[i].fl & O_RIGHT ? "| ---: " : "| --- ");
	buf_addstr(&b, "|");
	put_line(o, b.buf, b.len);
	buf_release(&b);
}

/*
 * A row, showing where fl says: in JSON (O_J), as a tsv row (O_S, in a
 * list that has them), in a table of the view (O_V).
 */
void
out_rowf(struct out *o, unsigned fl)
{
	struct oframe	*f = top(o);
	int		 tsv;

	if (f != NULL && f->kind == K_TABLE && o->fmt == FMT_MD &&
	    (fl & O_V) && !f->mdhead) {
		md_head(o, f);
		f->mdhead = 1;
	}
	tsv = f != NULL && (fl & O_S) && (f->kind == K_ROWS ||
	    ((f->kind == K_LIST || f->kind == K_TABLE) && (f->fl & O_S)));
	if (out_json(o) && (fl & O_J))
		json_obj(&o->js);
	if (o->fmt == FMT_ICS && (fl & O_C))
		ics_row(o);
	if (o->fmt == FMT_TSV && tsv && o->ntsv > 0 && o->tsvrow == NULL) {
		o->tsvrow = xcalloc(o->ntsv, sizeof(*o->tsvrow));
		push(o, K_ROW, fl);
		top(o)->tsvrow = 1;
		return;
	}
	push(o, K_ROW, fl);
}

void
out_row(struct out *o)
{
	out_rowf(o, O_ALL);
}

/* Print a text table, each line after indent, cut in a report. */
static void
table_out(struct out *o, size_t indent, int color)
{
	char	*mem = NULL, *p, *e;
	size_t	 len = 0;
	FILE	*f;

	if ((f = open_memstream(&mem, &len)) == NULL)
		err(EX_OSERR, "open_memstream");
	table_print(&o->tb, f, color);
	if (fclose(f) != 0)
		err(EX_OSERR, "open_memstream");
	for (p = mem; p < mem + len; p = e + 1) {
		if ((e = memchr(p, '\n', len - (size_t)(p - mem))) == NULL)
			e = mem + len;
		buf_reset(&o->line);
		for (size_t i = 0; i < indent; i++)
			buf_addch(&o->line, ' ');
		buf_add(&o->line, p, (size_t)(e - p));
		if (color)
			fprintf(o->f, "%s\n", o->line.buf);
		else
			put_line(o, o->line.buf, o->line.len);
	}
	buf_reset(&o->line);
	free(mem);
}

/* Close a row: its table cells, its tsv line, its JSON object. */
static void
row_end(struct out *o, const struct oframe *row, const struct oframe *parent)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	if ((row->fl & O_V) && parent != NULL && (parent->kind == K_TABLE ||
	    (parent->kind == K_ROWS && parent->cols != NULL)) &&
	    out_view(o, O_V)) {
		for (i = o->ncells; i < parent->ncols && i < 16; i++)
			o->cells[o->ncells++] = xstrdup("");
		if (o->fmt == FMT_HTML)
			html_row(o, (const char *const *)o->cells, o->ncells);
		else if (o->fmt == FMT_TEXT) {
			table_add(&o->tb, (const char *const *)o->cells);
			for (i = 0; i < o->ncells; i++)
				if (o->cellsgr[i] != NULL)
					table_color(&o->tb, i, o->cellsgr[i]);
		} else {
			for (i = 0; i < o->ncells; i++)
				md_cell(&b, o->cells[i]);
			buf_addstr(&b, "|");
			put_line(o, b.buf, b.len);
			buf_release(&b);
		}
		for (i = 0; i < o->ncells; i++) {
			free(o->cells[i]);
			o->cellsgr[i] = NULL;
		}
		o->ncells = 0;
	}
	if (o->fmt == FMT_ICS && (row->fl & O_C))
		ics_row_end(o);
	if (row->tsvrow) {
		tsv_row(o->f, (const char *const *)o->tsvrow, o->ntsv);
		for (i = 0; i < o->ntsv; i++)
			free(o->tsvrow[i]);
		free(o->tsvrow);
		o->tsvrow = NULL;
	}
	if (!row->jhide && (o->fmt == FMT_JSON || o->fmt == FMT_JSONL)) {
		json_obj_end(&o->js);
		if (o->fmt == FMT_JSONL && parent != NULL &&
		    parent->kind == K_ROWS)
			json_end(&o->js);
	}
}

void
out_end(struct out *o)
{
	struct oframe	 f;
	const struct oframe *parent;

	if (o->depth == 0)
		errx(EX_SOFTWARE, "out_end with nothing open");
	f = o->st[--o->depth];
	parent = top(o);
	switch (f.kind) {
	case K_ROW:
		row_end(o, &f, parent);
		break;
	case K_TABLE:
		if (o->fmt == FMT_TEXT) {
			if (o->tb.nrows > 0)
				table_out(o, f.indent, 0);
			table_release(&o->tb);
		} else if (o->fmt == FMT_HTML)
			html_table_end(o);
		/* FALLTHROUGH */
	case K_LIST:
		if (!f.jhide && (o->fmt == FMT_JSON || o->fmt == FMT_JSONL))
			json_arr_end(&o->js);
		break;
	case K_REPORT:
		if (parent == NULL)
			errx(EX_SOFTWARE, "out_end on a document: use out_done");
		if (o->fmt == FMT_HTML)
			html_report_end(o);
		/* FALLTHROUGH */
	case K_OBJ:
		if (!f.jhide && (o->fmt == FMT_JSON || o->fmt == FMT_JSONL))
			json_obj_end(&o->js);
		break;
	default:
		errx(EX_SOFTWARE, "out_end on a document: use out_done");
	}
}

/* Finish the document: every view line out, the JSON closed. */
void
out_done(struct out *o)
{
	struct oframe	*f;

	flush_line(o);
	while (o->depth > 1)
		out_end(o);
	if ((f = top(o)) != NULL && (f->kind == K_REPORT ||
	    f->kind == K_DOC) && o->fmt == FMT_JSON) {
		json_obj_end(&o->js);
		json_end(&o->js);
	} else if (f != NULL && f->kind == K_ROWS) {
		if (o->fmt == FMT_JSON) {
			json_arr_end(&o->js);
			json_end(&o->js);
		} else if (o->fmt == FMT_TEXT && f->cols != NULL) {
			if (o->tb.nrows > 0)
				table_print(&o->tb, o->f, o->color);
			table_release(&o->tb);
		}
	}
	o->depth = 0;
	buf_release(&o->line);
	if (o->fmt == FMT_HTML)
		html_done(o);
	else if (o->fmt == FMT_ICS)
		ics_done(o);
	if (o->quiet)
		fclose(o->f);
}

/*
 * Quoted text, such as feedback: in md each line after "> "; in text each
 * line indented and wrapped.
 */
void
out_quote(struct out *o, const char *text)
{
	const char	*p, *e;
	char		*s;

	if (!out_view(o, O_V))
		return;
	flush_line(o);
	if (o->fmt == FMT_HTML) {
		html_quote(o, text);
		return;
	}
	for (p = text; *p != '\0'; p = *e ? e + 1 : e) {
		if ((e = strchr(p, '\n')) == NULL)
			e = p + strlen(p);
		s = xstrndup(p, (size_t)(e - p));
		buf_addstr(&o->line, o->fmt == FMT_MD ? "> " : "  ");
		o->started = 1;
		if (o->fmt == FMT_MD)
			buf_addstr(&o->line, s);
		else if (*s != '\0')
			view_wrap(o, s);
		else
			buf_reset(&o->line);
		flush_line(o);
		free(s);
	}
}
