/*
 * render.c: every output described once (DESIGN.md §3 "Formats").  A
 * program states what it prints as a document of containers (objects,
 * lists, tables and their rows) holding fields and view text, each piece
 * flagged with where it shows: in the view a person reads (text, md,
 * html), in the data a program reads (json, jsonl, tsv), in a calendar
 * (ics), or several.  The renderer for
 * the format asked for turns that one statement into output, so a report
 * never branches on the format.  Include after mentor.h.
 *
 * Documents:
 *   out_report()  a report: one JSON object named by its sections
 *		   ({"report": ..., "period": ..., "today": ...}); in tsv, the
 *		   rows of the lists flagged O_S under one header.
 *   out_rows()	   a list of records: a JSON array (one object a line in
 *		   jsonl), tsv under a header, paths (the O_P field of each
 *		   row), or an aligned table in text; without a table, each
 *		   row's view is its lines (ended by NUL with -0).
 *   out_doc()	   one record shown alone: a JSON object, its view.
 * Containers, closed by out_end(): out_obj() (a JSON object), out_list()
 * (a JSON array), out_table() (a list whose rows' view fields are cells,
 * aligned in text and a table in md) and out_row() (a JSON object; a tsv
 * line).  A container flagged O_J shows in JSON (what it holds too); a
 * list flagged O_S has tsv rows.  Fields: out_str() and friends,
 * with a key for the data.  View text: out_text(), then out_nl() to end
 * the line; out_title() and out_heading() shape a report.
 *
 * Charts describe their data, which each view draws its way: text and md
 * in blocks on the line being made (as they always were), html as an
 * inline SVG with a table of the same numbers beside it.  out_chart()
 * begins one, of bars (out_bar: done of total, a row each), weeks
 * (out_week: a calendar cell each, with its marks) or lines (out_series:
 * a series of dated values, a sparkline in text); out_chart_end() draws
 * it in html.  Charts do not nest, and a chart is no container: fields
 * and rows go on around it.
 *
 * html (render-html.c) is one self-contained page: view lines become
 * paragraphs and list items (out_bullet), headings and tables keep their
 * structure, prose (O_WRAP, out_quote, out_raw) is Markdown rendered by
 * md4c with raw HTML escaped, and everything else is escaped text.  A
 * report inside another (mentor-report all) is a section of the page.
 * ics (render-ics.c) is an RFC 5545 calendar: a row flagged O_C is an
 * event, and its fields uid, date, summary, description and kind its
 * properties; a report's field "name" names the calendar.
 *
 * out_init() readies a renderer for a format, writing to standard output
 * (out_file() names another stream, before anything is written).  Text
 * lines of a report are cut to o->width columns (0: never) with an
 * ellipsis; prose (O_WRAP) is wrapped to it instead.  Nothing is printed
 * with o->quiet.
 */
#ifndef MENTOR_RENDER_H
#define MENTOR_RENDER_H

#define O_T	0x0001		/* text */
#define O_M	0x0002		/* md */
#define O_J	0x0004		/* json, jsonl */
#define O_S	0x0008		/* tsv */
#define O_P	0x0010		/* paths: the row's path */
#define O_H	0x0020		/* html */
#define O_C	0x0040		/* ics: a row is an event, its fields */
#define O_V	(O_T | O_M | O_H)	/* the view */
#define O_TM	(O_T | O_M)	/* the view in lines of text */
#define O_D	(O_J | O_S)	/* the data */
#define O_ALL	(O_V | O_D)
#define O_RIGHT	0x0100		/* view: pad on the left to the width */
#define O_WRAP	0x0200		/* view: prose, wrapped, lines indented */
#define O_DASH	0x0400		/* view: "-" for an absent value */
#define O_KEY	0x0800		/* json: the key is data, kept as written */
#define O_FLEX	0x1000		/* a table's column: cut to fit the width */
#define O_DROP(n) ((unsigned)(n) << 13)	/* left out to fit: 1 first (1-3) */
#define O_DROPS(fl) (((fl) >> 13) & 3)
#define O_W(n)	((unsigned)(n) << 16)	/* view: cut and pad to n columns */

/*
 * A column of a table in the view: its header, alignment and how it gives
 * way when the table is wider than the terminal.
 */
struct ocol {
	const char	*head;
	unsigned	 fl;		/* O_RIGHT, O_FLEX, O_DROP(n) */
};

#define OUT_DEPTH	16
struct out {
	int		 fmt;		/* FMT_* */
	FILE		*f;
	int		 quiet, nul, no_header, color, utf8;
	size_t		 width;		/* text lines: 0 for no limit */
	struct json	 js;
	const char *const *tsv;		/* the tsv header's column names */
	size_t		 ntsv;
	int		 depth;
	struct oframe {
		int		 kind;
		unsigned	 fl;
		int		 jhide;		/* not in JSON */
		int		 tsvrow;	/* a row that makes o->tsvrow */
		size_t		 indent;	/* tables */
		const struct ocol *cols;	/* tables */
		size_t		 ncols;
		int		 mdhead;	/* a md table's header is out */
	}		 st[OUT_DEPTH];
	struct buf	 line;		/* the view line being made */
	int		 started;	/* a view line was begun */
	char		**tsvrow;	/* the tsv row being made, or NULL */
	struct table	 tb;		/* a text table being made */
	char		*cells[16];
	const char	*cellsgr[16];
	size_t		 ncells;
	const char	*sgr;		/* the next cell's colour */
	int		 eol;		/* what ends a view line */
	struct ohtml	*html;		/* html: the page being made */
	/* html: prose made HTML (opts.markdown), or NULL for plain text */
	int		(*markdown)(const char *, size_t, struct buf *);
	struct oics	*ics;		/* ics: the calendar being made */
	int		 chart;		/* a chart is being described */
};

/* A dated value of a series (out_series). */
struct opoint {
	mdate		 date;
	int		 value;
};
enum { OC_BARS, OC_WEEKS, OC_LINES };
#define OW_DUE		0x1	/* out_week: a check-in fell due that week */
#define OW_OVERDUE	0x2	/* out_week: a check-in was overdue in it */

void		 out_init(struct out *, int, const struct opts *);
void		 out_file(struct out *, FILE *);
void		 out_report(struct out *, const char *, const struct period *,
		    mdate, const char *const *, size_t);
void		 out_rows(struct out *, const char *const *, size_t,
		    const struct ocol *, size_t);
void		 out_doc(struct out *);
void		 out_done(struct out *);
void		 out_title(struct out *, const char *, ...) MENTOR_PRINTF(2, 3);
void		 out_heading(struct out *, unsigned, const char *);
void		 out_blank(struct out *, unsigned);
void		 out_obj(struct out *, const char *, unsigned);
void		 out_list(struct out *, const char *, unsigned);
void		 out_table(struct out *, const char *, const struct ocol *,
		    size_t, size_t, unsigned);
void		 out_row(struct out *);
void		 out_rowf(struct out *, unsigned);
void		 out_end(struct out *);
void		 out_str(struct out *, const char *, const char *, unsigned);
void		 out_strn(struct out *, const char *, const char *, size_t,
		    unsigned);
void		 out_raw(struct out *, unsigned, const char *, size_t);
void		 out_int(struct out *, const char *, long long, unsigned);
void		 out_intn(struct out *, const char *, long long, int,
		    unsigned);
void		 out_date(struct out *, const char *, mdate, unsigned);
void		 out_bool(struct out *, const char *, int, unsigned);
void		 out_strv(struct out *, const char *, const char *const *,
		    size_t, unsigned);
void		 out_text(struct out *, unsigned, const char *, ...)
		    MENTOR_PRINTF(3, 4);
void		 out_nl(struct out *, unsigned);
void		 out_item(struct out *, const char *, ...) MENTOR_PRINTF(2, 3);
void		 out_bullet(struct out *);
void		 out_quote(struct out *, const char *);
void		 out_color(struct out *, const char *);
int		 out_view(const struct out *, unsigned);
/* draw.c */
const char	*out_days(char *, size_t, int);
void		 out_listitem(struct out *);
void		 out_chart(struct out *, int, const char *, const char *);
void		 out_chart_end(struct out *);
void		 out_bar(struct out *, const char *, int, int, int);
void		 out_week(struct out *, mdate, int, unsigned);
void		 out_series(struct out *, const char *, const struct opoint *,
		    size_t, size_t);

/*
 * For the renderers alone: render.c's pieces that render-field.c uses,
 * and the html and ics renderers that render.c calls.
 */
int		 out_shows(const struct out *, unsigned);
int		 out_json(struct out *);
void		 out_member(struct out *, const char *, unsigned);
void		 out_field(struct out *, const char *, const char *, unsigned,
		    void (*)(struct out *, const void *), const void *);
void		 html_init(struct out *);
void		 html_report(struct out *, const char *, int);
void		 html_report_end(struct out *);
void		 html_title(struct out *, const char *);
void		 html_heading(struct out *, const char *);
void		 html_bullet(struct out *);
void		 html_blank(struct out *);
void		 html_line(struct out *, const char *, size_t);
void		 html_esc(struct buf *, const char *, size_t);
void		 html_put(FILE *, const char *);
void		 html_prose(struct out *, const char *, size_t, int);
void		 html_quote(struct out *, const char *);
void		 html_table(struct out *, const struct ocol *, size_t);
void		 html_row(struct out *, const char *const *, size_t);
void		 html_table_end(struct out *);
void		 html_chart(struct out *, int, const char *, const char *);
void		 html_chart_item(struct out *, const char *, mdate, int, int,
		    const struct opoint *, size_t);
void		 html_chart_end(struct out *);
void		 html_done(struct out *);
int		 md_to_html(const char *, size_t, struct buf *);
/* render-svg.c: a chart's drawing and its table, from its items. */
struct hitem {
	char		*label;
	mdate		 date;
	int		 a, b;		/* done, total; check-ins, OW_* */
	struct opoint	*pts;		/* a series */
	size_t		 npts;
};
void		 svg_chart(FILE *, int, const char *, const struct hitem *,
		    size_t);
void		 svg_table(FILE *, int, const char *, const struct hitem *,
		    size_t);
void		 ics_init(struct out *);
void		 ics_report(struct out *, mdate);
void		 ics_row(struct out *);
void		 ics_field(struct out *, const char *, const char *);
void		 ics_row_end(struct out *);
void		 ics_done(struct out *);

#endif /* MENTOR_RENDER_H */
