#include "config.h"

#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "mentor.h"

/*
 * A record's Markdown body (DESIGN.md §2 "Task items"): one walk over its
 * lines, body_next(), tells every line apart (blank, text, heading, task
 * item, code) and under which heading it stands.  The task items and
 * headings of a doc, the sections people read, the feedback and
 * encouragement the reports quote and a record's title all come from it,
 * so that no two programs read a body two ways.
 */

/* The tokens of a task item: due:, done:, @id and #tag, after a blank. */
static const char token_re[] =
    "(?<!\\S)(?:(due|done):(\\S*)|@([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)"
    "|#([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*))";

static pthread_once_t	 token_once = PTHREAD_ONCE_INIT;
static pcre2_code	*token_code;
static int		 token_jit;	/* JIT-compiled: match through it */

/* Compile the token pattern; failure is a bug, reported as exit 70. */
static void
token_compile(void)
{
	int		 ec;
	PCRE2_SIZE	 eo;
	PCRE2_UCHAR	 msg[256];

	token_code = pcre2_compile((PCRE2_SPTR)token_re, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED, &ec, &eo, NULL);
	if (token_code == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		errx(EX_SOFTWARE, "internal pattern: %s at %zu", (char *)msg,
		    (size_t)eo);
	}
}

/*
 * Many records are about to be read: JIT-compile the token pattern.  It
 * costs more than matching a few records' tokens without it, so writers,
 * which read one record, do not.  Call it before any other thread reads.
 */
void
body_jit(void)
{
	pthread_once(&token_once, token_compile);
	if (!token_jit)
		token_jit = pcre2_jit_compile(token_code,
		    PCRE2_JIT_COMPLETE) == 0;
}

const char *
task_status_word(int s)
{
	switch (s) {
	case TASK_OPEN:
		return "open";
	case TASK_STARTED:
		return "started";
	case TASK_DONE:
	case 'X':
		return "done";
	case TASK_DROPPED:
		return "dropped";
	}
	return "unknown";
}

/* Is the status open or started (not done, not dropped)? */
int
task_status_live(int s)
{
	return s == TASK_OPEN || s == TASK_STARTED;
}

/* Characters (not bytes) from p to q: columns are counted in characters. */
static unsigned
chars(const char *p, const char *q)
{
	unsigned	 n = 0;

	for (; p < q; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			n++;
	return n;
}

/*
 * Can a token start at text[i]?  Only "due:", "done:", and '@' or '#'
 * before a letter, digit or '_' can; anything else beyond ASCII is left
 * to the pattern.
 */
static int
token_start(const char *text, size_t i, size_t len)
{
	unsigned char	 c;

	if (text[i] == 'd')
		return (len - i >= 4 && memcmp(text + i, "due:", 4) == 0) ||
		    (len - i >= 5 && memcmp(text + i, "done:", 5) == 0);
	if (text[i] != '@' && text[i] != '#')
		return 0;
	if (i + 1 >= len)
		return 0;
	c = (unsigned char)text[i + 1];
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z') || c == '_';
}

/* Pick the tokens out of a task's text (DESIGN.md §2 "Task items"). */
static void
scan_tokens(struct doc *d, struct task *t, pcre2_match_data **md,
    const char *text, size_t len)
{
	PCRE2_SIZE	*ov;
	const char	*people[64], *tags[64], *counted = text, *v;
	unsigned	 pcol[64], ncounted, col;
	size_t		 start, np = 0, ntg = 0, vlen;
	mdate		 date;

	/* Columns count from the line's start, in characters. */
	ncounted = chars(d->data + t->off, text);
	for (start = 0; start < len; start++) {
		/* Only after white space is the pattern tried, anchored. */
		if ((start > 0 && !isspace((unsigned char)text[start - 1]) &&
		    (unsigned char)text[start - 1] < 0x80) ||
		    !token_start(text, start, len))
			continue;
		pthread_once(&token_once, token_compile);
		if (*md == NULL && (*md = pcre2_match_data_create_from_pattern(
		    token_code, NULL)) == NULL)
			errx(EX_OSERR, "out of memory");
		if ((token_jit ? pcre2_jit_match(token_code, (PCRE2_SPTR)text,
		    len, start, PCRE2_NO_UTF_CHECK, *md, NULL) :
		    pcre2_match(token_code, (PCRE2_SPTR)text, len, start,
		    PCRE2_NO_UTF_CHECK, *md, NULL)) <= 0)
			continue;
		ov = pcre2_get_ovector_pointer(*md);
		/* Tokens come left to right: count on from the last one. */
		ncounted += chars(counted, text + ov[0]);
		counted = text + ov[0];
		col = ncounted + 1;
		if (ov[2] != PCRE2_UNSET) {
			v = text + ov[4];
			vlen = ov[5] - ov[4];
			while (vlen > 0 && strchr(".,;:)!?", v[vlen - 1]))
				vlen--;
			if (date_iso(v, vlen, &date) != 0) {
				if (t->badtok_col == 0) {
					t->badtok_col = col;
					t->badtok = doc_strndup(d,
					    text + ov[0], ov[1] - ov[0]);
				}
			} else if (text[ov[2]] == 'd' && text[ov[2] + 1] == 'u') {
				t->due = date;
				t->due_col = col;
			} else {
				t->done = date;
				t->done_col = col;
			}
		} else if (ov[6] != PCRE2_UNSET) {
			vlen = ov[7] - ov[6];
			while (vlen > 0 && text[ov[6] + vlen - 1] == '-')
				vlen--;
			if (np < 64) {
				pcol[np] = col;
				people[np++] = doc_strndup(d,
				    text + ov[6], vlen);
			}
		} else if (ov[8] != PCRE2_UNSET) {
			if (ntg < 64)
				tags[ntg++] = doc_strndup(d,
				    text + ov[8], ov[9] - ov[8]);
		}
		start = ov[1] - 1;
	}
	if (np > 0) {
		t->people = doc_alloc(d, np * sizeof(*t->people));
		memcpy(t->people, people, np * sizeof(*t->people));
		t->people_col = doc_alloc(d, np * sizeof(*t->people_col));
		memcpy(t->people_col, pcol, np * sizeof(*t->people_col));
		t->npeople = np;
	}
	if (ntg > 0) {
		t->tags = doc_alloc(d, ntg * sizeof(*t->tags));
		memcpy(t->tags, tags, ntg * sizeof(*t->tags));
		t->ntags = ntg;
	}
}

/* An ATX heading: up to three spaces, 1 to 6 '#', a blank or the end. */
static int
heading(const char *p, const char *e, int *level, const char **tp,
    size_t *tn)
{
	int	 sp = 0, lv = 0;

	while (p < e && *p == ' ' && sp < 3) {
		p++;
		sp++;
	}
	while (p < e && *p == '#' && lv < 7) {
		p++;
		lv++;
	}
	if (lv == 0 || lv > 6 || (p < e && *p != ' ' && *p != '\t'))
		return 0;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	/* A closing run of '#' after a blank is not part of the text. */
	if (e > p && e[-1] == '#') {
		const char *q = e;

		while (q > p && q[-1] == '#')
			q--;
		if (q == p || q[-1] == ' ' || q[-1] == '\t') {
			e = q;
			while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
				e--;
		}
	}
	*level = lv;
	*tp = p;
	*tn = (size_t)(e - p);
	return 1;
}

/* Start walking the body of a parsed doc. */
void
body_begin(struct bscan *s, const struct doc *d)
{
	s->d = d;
	s->p = d->data + d->close_end;
	s->end = d->data + d->len;
	s->line = d->body_line;
	s->head = -1;
	s->hi = 0;
	md_begin(&s->m);
}

/* Split off the next line at s->p: *ml says what it is.  0 at the end. */
static int
next_line(struct bscan *s, struct bline *l, struct mdline *ml)
{
	const char	*e, *data = s->d->data;

	if (s->p >= s->end)
		return 0;
	memset(l, 0, sizeof(*l));
	if ((e = memchr(s->p, '\n', (size_t)(s->end - s->p))) == NULL)
		e = s->end;
	l->p = s->p;
	l->eol = e > s->p && e[-1] == '\r' ? e - 1 : e;
	l->line = s->line++;
	s->p = e < s->end ? e + 1 : e;
	md_line(&s->m, l->p, l->eol, (size_t)(l->p - data),
	    (size_t)(s->p - data), ml);
	for (l->q = l->p; l->q < l->eol && (*l->q == ' ' || *l->q == '\t');
	    l->q++)
		;
	l->content = data + ml->content;
	l->quote = ml->quote;
	l->bullet = ml->list;
	return 1;
}

/*
 * The next line of the body, told apart; 0 at the end.  A heading's
 * lines are under itself (l->head is its index, in the order headings
 * come).
 */
int
body_next(struct bscan *s, struct bline *l)
{
	const struct doc	*d = s->d;
	const struct heading	*h;
	struct mdline		 ml;

	if (!next_line(s, l, &ml))
		return 0;
	while (s->hi < d->nheads && d->heads[s->hi].end < l->line)
		s->hi++;
	if (s->hi < d->nheads && d->heads[s->hi].line <= l->line) {
		h = &d->heads[s->hi];
		l->kind = BL_HEADING;
		l->head = s->head = (int)s->hi;
		l->level = h->level;
		l->text = h->text;
		l->len = strlen(h->text);
		return 1;
	}
	l->head = s->head;
	if (ml.task != 0) {
		l->kind = BL_TASK;
		l->box = d->data + ml.box;
	} else if (ml.kind == ML_FENCE || ml.kind == ML_CODE ||
	    ml.kind == ML_HTML)
		l->kind = BL_CODE;
	else if (ml.kind == ML_BLANK || l->q == l->eol)
		l->kind = BL_BLANK;
	else
		l->kind = BL_TEXT;
	return 1;
}

/* The growing vectors of doc_scan_body. */
struct scan_vec {
	struct heading	*hv;
	struct task	*tv;
	size_t		 nh, ah, nt, at;
};

/* A task item's list item has closed: its last line ends at end. */
static void
item_closed(void *arg, int tag, size_t end)
{
	struct scan_vec	*v = arg;

	v->tv[tag].end = end;
}

/* A new heading of the body. */
static void
add_heading(struct doc *d, struct scan_vec *v, unsigned line, unsigned end,
    int level, const char *text, size_t len)
{
	if (v->nh == v->ah) {
		v->ah = v->ah ? v->ah * 2 : 8;
		v->hv = xreallocarray(v->hv, v->ah, sizeof(*v->hv));
	}
	v->hv[v->nh].line = line;
	v->hv[v->nh].end = end;
	v->hv[v->nh].level = level;
	v->hv[v->nh].text = doc_strndup(d, text, len);
	v->nh++;
}

/* A setext heading's text: its paragraph's lines, trimmed, joined. */
static void
setext_heading(struct doc *d, struct scan_vec *v, const struct mdscan *m,
    unsigned line, unsigned end, int level)
{
	struct buf	 b = BUF_INIT;
	const char	*p, *e;
	int		 i;

	for (i = 0; i < m->npl; i++) {
		p = d->data + m->pl[i][0];
		e = d->data + m->pl[i][1];
		while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
			e--;
		if (i > 0)
			buf_addch(&b, ' ');
		buf_add(&b, p, (size_t)(e - p));
	}
	add_heading(d, v, line, end, level, b.buf != NULL ? b.buf : "",
	    b.len);
	buf_release(&b);
}

/* The task item that line l opens (*ml says where its box is). */
static void
add_task(struct doc *d, struct scan_vec *v, const struct bline *l,
    const struct mdline *ml, struct mdscan *m, int head,
    pcre2_match_data **md)
{
	struct task	*t;
	const char	*tp, *box = d->data + ml->box;
	size_t		 k;

	if (v->nt == v->at) {
		v->at = v->at ? v->at * 2 : 8;
		v->tv = xreallocarray(v->tv, v->at, sizeof(*v->tv));
	}
	t = &v->tv[v->nt];
	memset(t, 0, sizeof(*t));
	t->line = l->line;
	t->off = (size_t)(l->p - d->data);
	t->eol = (size_t)(l->eol - d->data);
	t->box = ml->box;
	t->marker = ml->marker;
	t->lenient = ml->task == 2;
	t->end = (size_t)(l->eol - d->data);
	t->status = *box == 'X' ? TASK_DONE : *box;
	t->due = t->done = DATE_NONE;
	t->section = head;
	if (ml->deep) {
		tp = l->eol;
		if (*tp == '\r')
			tp++;
		if (*tp == '\n')
			tp++;
		t->end = (size_t)(tp - d->data);
	} else
		md_tag(m, ml->item, (int)v->nt);
	v->nt++;
	/*
	 * The text: the rest of the line after the box and its blanks,
	 * without the blanks at its end.
	 */
	for (tp = box + 2; tp < l->eol && (*tp == ' ' || *tp == '\t' ||
	    *tp == '\v' || *tp == '\f'); tp++)
		;
	k = (size_t)(l->eol - tp);
	while (k > 0 && (tp[k - 1] == ' ' || tp[k - 1] == '\t'))
		k--;
	t->text = doc_strndup(d, tp, k);
	if (k > 0)
		scan_tokens(d, t, md, tp, k);
}

/*
 * Find the headings and task items of the body.  Vectors grow in the
 * heap and are copied into the doc's arena at the end.
 */
void
doc_scan_body(struct doc *d)
{
	struct scan_vec		 v;
	struct mdscan		 m;
	struct bline		 l;
	struct mdline		 ml;
	const char		*tp, *p, *e, *next, *end = d->data + d->len;
	size_t			 tn;
	int			 lv;
	pcre2_match_data	*md = NULL;

	memset(&v, 0, sizeof(v));
	d->nheads = d->ntasks = 0;
	md_begin(&m);
	m.closed = item_closed;
	m.arg = &v;
	l.line = d->body_line;
	for (p = d->data + d->close_end; p < end; p = next, l.line++) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		next = e < end ? e + 1 : e;
		l.p = p;
		l.eol = e > p && e[-1] == '\r' ? e - 1 : e;
		md_line(&m, p, l.eol, (size_t)(p - d->data),
		    (size_t)(next - d->data), &ml);
		if (ml.kind == ML_PARA || ml.kind == ML_BLANK) {
			if (ml.task != 0)
				add_task(d, &v, &l, &ml, &m, (int)v.nh - 1,
				    &md);
		} else if (ml.kind == ML_HEADING && !ml.quote &&
		    heading(d->data + ml.content, l.eol, &lv, &tp, &tn))
			add_heading(d, &v, l.line, l.line, lv, tp, tn);
		else if (ml.kind == ML_SETEXT && !ml.quote)
			setext_heading(d, &v, &m, d->body_line +
			    ml.para_line, l.line, ml.level);
	}
	md_end(&m);
	pcre2_match_data_free(md);
	if (v.nh > 0) {
		d->heads = doc_alloc(d, v.nh * sizeof(*v.hv));
		memcpy(d->heads, v.hv, v.nh * sizeof(*v.hv));
	}
	if (v.nt > 0) {
		d->tasks = doc_alloc(d, v.nt * sizeof(*v.tv));
		memcpy(d->tasks, v.tv, v.nt * sizeof(*v.tv));
	}
	d->nheads = v.nh;
	d->ntasks = v.nt;
	free(v.hv);
	free(v.tv);
}

/*
 * Does the line at offset at of the text [data, data + len), whose body
 * starts at body, open a task item?  If not, *leaf is the leaf it would
 * be in (LF_*) and *opened the line of the body (from 0) that leaf
 * started on.  *ntasks counts the body's task items.
 */
int
body_task_at(const char *data, size_t len, size_t body, size_t at,
    int *leaf, unsigned *opened, size_t *ntasks)
{
	struct mdscan	 s;
	struct mdline	 ml;
	const char	*p = data + body, *e, *end = data + len, *eol;
	int		 hit = 0;

	md_begin(&s);
	*leaf = LF_NONE;
	*opened = 0;
	*ntasks = 0;
	while (p < end) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		eol = e > p && e[-1] == '\r' ? e - 1 : e;
		if ((size_t)(p - data) == at) {
			*leaf = s.leaf;
			*opened = s.leaf_line;
		}
		md_line(&s, p, eol, (size_t)(p - data), (size_t)(e + 1 -
		    data), &ml);
		if ((size_t)(p - data) == at)
			hit = ml.task != 0;
		*ntasks += ml.task != 0;
		p = e < end ? e + 1 : e;
	}
	return hit;
}

/* The index of the first heading named name (any case, any level), or -1. */
int
body_heading(const struct doc *d, const char *name)
{
	size_t	 i;

	for (i = 0; i < d->nheads; i++)
		if (strcasecmp(d->heads[i].text, name) == 0)
			return (int)i;
	return -1;
}

/*
 * The text of the section under the first heading called name, up to the
 * next heading of its level or above, without blank lines at either end;
 * appended to out.  0, or -1 when there is no such heading.
 */
int
body_section(const struct doc *d, const char *name, struct buf *out)
{
	struct bscan	 s;
	struct bline	 l;
	size_t		 from = out->len, i;
	int		 h, in = 0;

	if ((h = body_heading(d, name)) < 0)
		return -1;
	body_begin(&s, d);
	while (body_next(&s, &l)) {
		if (l.kind == BL_HEADING) {
			if (l.head == h)
				in = 1;
			else if (in && l.level <= d->heads[h].level)
				break;
			else if (in)
				goto line;
			continue;
		}
		if (!in)
			continue;
line:
		buf_add(out, l.p, (size_t)(l.eol - l.p));
		buf_addch(out, '\n');
	}
	while (out->len > from && (out->buf[out->len - 1] == '\n' ||
	    out->buf[out->len - 1] == '\r' || out->buf[out->len - 1] == ' '))
		buf_setlen(out, out->len - 1);
	for (i = from; i < out->len && out->buf[i] == '\n'; i++)
		;
	if (i > from) {
		memmove(out->buf + from, out->buf + i, out->len - i);
		buf_setlen(out, out->len - (i - from));
	}
	return 0;
}

/* The trimmed text of [p, e) as a new string in the doc. */
static char *
trimmed(struct doc *d, const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	return doc_strndup(d, p, (size_t)(e - p));
}

/* A new encouragement note, or (join) more words for the last one. */
static void
note_add(struct doc *d, struct bnotes *n, const char *p, const char *e,
    int join)
{
	char	*s = trimmed(d, p, e), *t;
	size_t	 a, b;

	if (*s == '\0')
		return;
	if (join && n->nenc > 0) {
		a = strlen(n->enc[n->nenc - 1]);
		b = strlen(s);
		t = doc_alloc(d, a + b + 2);
		memcpy(t, n->enc[n->nenc - 1], a);
		t[a] = ' ';
		memcpy(t + a + 1, s, b + 1);
		n->enc[n->nenc - 1] = t;
		return;
	}
	if (n->nenc % 8 == 0) {
		const char **v = doc_alloc(d, (n->nenc + 8) * sizeof(*v));

		if (n->nenc > 0)
			memcpy(v, n->enc, n->nenc * sizeof(*v));
		n->enc = v;
	}
	n->enc[n->nenc++] = s;
}

/*
 * Can the body hold a note?  Every note is under a heading Feedback or
 * Encouragement, or on a line holding "Encouragement:": without either
 * there is nothing to read for.
 */
static int
may_hold_notes(const struct doc *d)
{
	const char	*b = d->data + d->close_end, *e = d->data + d->len;
	const char	*p;
	size_t		 i;

	for (i = 0; i < d->nheads; i++)
		if (strcasecmp(d->heads[i].text, "Feedback") == 0 ||
		    strcasecmp(d->heads[i].text, "Encouragement") == 0)
			return 1;
	for (p = b; (p = memchr(p, ':', (size_t)(e - p))) != NULL; p++)
		if (p - b >= 13 && strncasecmp(p - 13, "Encouragement", 13) ==
		    0)
			return 1;
	return 0;
}

/*
 * The feedback of an entry and its encouragement notes (strings in the
 * doc): the Feedback section's lines, and every paragraph or list item
 * under a heading "Encouragement" (a block quote is a note of its own,
 * an action item none), and each line that starts "Encouragement:" after
 * a list bullet, if any, outside a block quote, that word left out.  Code
 * is never a note.
 */
void
body_notes(struct doc *d, struct bnotes *n)
{
	struct bscan	 s;
	struct bline	 l;
	struct buf	 fb = BUF_INIT;
	int		 sect = 0;	/* 1 feedback, 2 encouragement */
	int		 cont = 0, blank = 0, inquote = 0;

	memset(n, 0, sizeof(*n));
	if (!may_hold_notes(d))
		return;
	body_begin(&s, d);
	while (body_next(&s, &l)) {
		if (l.kind == BL_HEADING) {
			sect = strncasecmp(l.text, "Feedback", l.len) == 0 &&
			    l.len == 8 ? 1 : l.len == 13 && strncasecmp(l.text,
			    "Encouragement", 13) == 0 ? 2 : 0;
			cont = blank = 0;
			continue;
		}
		/* A blank line, in code too, ends a paragraph. */
		if (l.q == l.eol) {
			cont = 0;
			blank = fb.len > 0;
			continue;
		}
		if (sect == 1) {
			if (blank)
				buf_addch(&fb, '\n');
			buf_add(&fb, l.p, (size_t)(l.eol - l.p));
			buf_addch(&fb, '\n');
			blank = 0;
		}
		if (l.kind == BL_CODE) {
			cont = 0;
			continue;
		}
		if (sect == 2) {
			/* An action item is not a note. */
			if (l.bullet && l.eol - l.content >= 3 &&
			    l.content[0] == '[' && l.content[2] == ']') {
				cont = 0;
				continue;
			}
			note_add(d, n, l.content, l.eol, cont && !l.bullet &&
			    l.quote == inquote);
			cont = 1;
			inquote = l.quote;
			continue;
		}
		if (!l.quote && l.eol - l.content >= 14 &&
		    strncasecmp(l.content, "Encouragement:", 14) == 0)
			note_add(d, n, l.content + 14, l.eol, 0);
	}
	while (fb.len > 0 && fb.buf[fb.len - 1] == '\n')
		buf_setlen(&fb, fb.len - 1);
	if (fb.len > 0)
		n->feedback = doc_strndup(d, fb.buf, fb.len);
	buf_release(&fb);
}

/*
 * A record's title: the title key, else the first heading, else the first
 * non-blank line of the body (up to 80 bytes), else "".  The result lives
 * in the doc.
 */
const char *
doc_title(struct doc *d)
{
	const char	*v = fm_str(d, "title");
	struct bscan	 s;
	struct bline	 l;
	size_t		 n;

	if (v != NULL)
		return v;
	if (d->nheads > 0)
		return d->heads[0].text;
	body_begin(&s, d);
	while (body_next(&s, &l)) {
		if (l.kind == BL_BLANK)
			continue;
		n = (size_t)(l.eol - l.q);
		while (n > 0 && (l.q[n - 1] == ' ' || l.q[n - 1] == '\t'))
			n--;
		if (n > 80) {
			n = 80;
			/* Do not cut a UTF-8 character in two. */
			while (n > 0 && ((unsigned char)l.q[n] & 0xC0) == 0x80)
				n--;
		}
		return doc_strndup(d, l.q, n);
	}
	return "";
}

/* Split "REC:LINE" or "REC#N" (see mentor.h). */
char *
task_addr_split(const char *arg, unsigned long *line, unsigned long *idx)
{
	const char	*p;
	size_t		 n = strlen(arg);
	char		*end;
	unsigned long	 v;

	*line = *idx = 0;
	for (p = arg + n; p > arg && isdigit((unsigned char)p[-1]); p--)
		;
	if (p < arg + n && p > arg + 1 && (p[-1] == ':' || p[-1] == '#')) {
		errno = 0;
		v = strtoul(p, &end, 10);
		if (*end == '\0' && v > 0 && errno != ERANGE) {
			if (p[-1] == ':')
				*line = v;
			else
				*idx = v;
			return xstrndup(arg, (size_t)(p - 1 - arg));
		}
	}
	return xstrdup(arg);
}

/* Does text contain needle, ignoring case (Unicode-aware, via PCRE2)? */
static int
match_ci(pcre2_code *code, pcre2_match_data *md, const char *text)
{
	return pcre2_match(code, (PCRE2_SPTR)text, PCRE2_ZERO_TERMINATED, 0,
	    PCRE2_NO_UTF_CHECK, md, NULL) > 0;
}

/* Pick one task item by line, index or match text (see mentor.h). */
int
task_find(const struct doc *d, unsigned long line, unsigned long idx,
    const char *match, const struct task **out)
{
	pcre2_code		*code;
	pcre2_match_data	*md;
	const struct task	*hit = NULL;
	size_t			 i, nhit = 0;
	int			 ec;
	PCRE2_SIZE		 eo;

	*out = NULL;
	if (line > 0) {
		for (i = 0; i < d->ntasks; i++)
			if (d->tasks[i].line == line) {
				*out = &d->tasks[i];
				return 0;
			}
		diag(d->path, line, 0, "not a task item");
		return EX_PROBLEM;
	}
	if (idx > 0) {
		if (idx > d->ntasks) {
			diag(d->path, 0, 0, "no task item #%lu (it has %zu)",
			    idx, d->ntasks);
			return EX_PROBLEM;
		}
		*out = &d->tasks[idx - 1];
		return 0;
	}
	if (match == NULL) {
		warnx("'%s': which task item? (use REC:LINE, REC#N or "
		    "--match TEXT)", d->path);
		return EX_USAGE;
	}
	/*
	 * PCRE2_LITERAL refuses PCRE2_UCP; in UTF mode caseless matching
	 * folds every Unicode letter anyway ("ÉTÉ" finds "été").
	 */
	code = pcre2_compile((PCRE2_SPTR)match, PCRE2_ZERO_TERMINATED,
	    PCRE2_LITERAL | PCRE2_CASELESS | PCRE2_UTF, &ec, &eo, NULL);
	if (code == NULL) {
		warnx("bad --match text '%s'", match);
		return EX_USAGE;
	}
	md = pcre2_match_data_create_from_pattern(code, NULL);
	for (i = 0; i < d->ntasks; i++)
		if (match_ci(code, md, d->tasks[i].text)) {
			if (nhit++ == 0)
				hit = &d->tasks[i];
		}
	if (nhit == 1)
		*out = hit;
	else if (nhit == 0)
		diag(d->path, 0, 0, "no task item matches '%s'", match);
	else {
		diag(d->path, 0, 0, "'%s' matches %zu task items:", match,
		    nhit);
		for (i = 0; i < d->ntasks; i++)
			if (match_ci(code, md, d->tasks[i].text))
				fprintf(stderr, "  %s:%u: [%c] %s\n", d->path,
				    d->tasks[i].line, d->tasks[i].status,
				    d->tasks[i].text);
	}
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return nhit == 1 ? 0 : EX_PROBLEM;
}
