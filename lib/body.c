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

/* The opening or closing line of a fenced code block. */
static int
fence(const char *p, const char *e, char *ch, size_t *n)
{
	int	 sp = 0;
	size_t	 k = 0;

	while (p < e && *p == ' ' && sp < 3) {
		p++;
		sp++;
	}
	if (p == e || (*p != '`' && *p != '~'))
		return 0;
	while (p + k < e && p[k] == *p)
		k++;
	if (k < 3)
		return 0;
	*ch = *p;
	*n = k;
	return 1;
}

/*
 * Is the line [p, eol) fenced code: a fence's opening or closing line,
 * or one inside it?  f carries the state from line to line (zeroed at
 * the start of a body).
 */
int
fence_line(struct fencer *f, const char *p, const char *eol)
{
	const char	*r;
	size_t		 k;
	char		 ch;

	if (!fence(p, eol, &ch, &k))
		return f->in;
	if (!f->in) {
		f->in = 1;
		f->ch = ch;
		f->len = k;
	} else if (ch == f->ch && k >= f->len) {
		for (r = p; *r == ' '; r++)
			;
		for (r += k; r < eol && (*r == ' ' || *r == '\t'); r++)
			;
		if (r == eol)
			f->in = 0;
	}
	return 1;
}

/* Past a list bullet ("-", "*" or "+", then blanks), if q is at one. */
static const char *
past_bullet(const char *q, const char *e, int *bullet)
{
	*bullet = 0;
	if (q + 1 < e && (*q == '-' || *q == '*' || *q == '+') &&
	    (q[1] == ' ' || q[1] == '\t')) {
		*bullet = 1;
		for (q += 2; q < e && (*q == ' ' || *q == '\t'); q++)
			;
	}
	return q;
}

/*
 * A task item's box: after the bullet, "[c]" with c one of " xX/-",
 * then a blank or the end of the line.  The offset of c, or NULL.
 */
static const char *
task_box(const char *content, const char *eol, int bullet)
{
	if (!bullet || eol - content < 3 || content[0] != '[' ||
	    content[2] != ']' || strchr(" xX/-", content[1]) == NULL ||
	    content[1] == '\0')
		return NULL;
	if (eol - content > 3 && content[3] != ' ' && content[3] != '\t')
		return NULL;
	return content + 1;
}

/* Start walking the body of a parsed doc. */
void
body_begin(struct bscan *s, const struct doc *d)
{
	memset(s, 0, sizeof(*s));
	s->d = d;
	s->p = d->data + d->close_end;
	s->end = d->data + d->len;
	s->line = d->body_line;
	s->head = -1;
}

/*
 * The next line of the body, told apart; 0 at the end.  A heading line
 * is under itself (l->head is its own index, in the order headings come).
 */
int
body_next(struct bscan *s, struct bline *l)
{
	const char	*e;
	int		 bullet;

	if (s->p >= s->end)
		return 0;
	memset(l, 0, sizeof(*l));
	if ((e = memchr(s->p, '\n', (size_t)(s->end - s->p))) == NULL)
		e = s->end;
	l->p = s->p;
	l->eol = e > s->p && e[-1] == '\r' ? e - 1 : e;
	l->line = s->line++;
	s->p = e < s->end ? e + 1 : e;
	for (l->q = l->p; l->q < l->eol && (*l->q == ' ' || *l->q == '\t');
	    l->q++)
		;
	l->head = s->head;
	if (fence_line(&s->f, l->p, l->eol)) {
		l->kind = BL_CODE;
		return 1;
	}
	if (l->q == l->eol) {
		l->kind = BL_BLANK;
		return 1;
	}
	if (*l->q == '#' && heading(l->p, l->eol, &l->level, &l->text,
	    &l->len)) {
		l->kind = BL_HEADING;
		l->head = ++s->head;
		return 1;
	}
	l->kind = BL_TEXT;
	l->content = l->q;
	if (*l->q == '>') {
		l->quote = 1;
		for (l->content++; l->content < l->eol &&
		    (*l->content == ' ' || *l->content == '\t'); l->content++)
			;
	}
	l->content = past_bullet(l->content, l->eol, &bullet);
	l->bullet = bullet;
	/* Task items are bullets of their own, not quoted. */
	if (!l->quote && (l->box = task_box(l->content, l->eol, bullet)) !=
	    NULL)
		l->kind = BL_TASK;
	return 1;
}

/*
 * Find the headings and task items of the body.  Vectors grow in the
 * heap and are copied into the doc's arena at the end.
 */
void
doc_scan_body(struct doc *d)
{
	struct heading		*hv = NULL;
	struct task		*tv = NULL, *t;
	size_t			 nh = 0, ah = 0, nt = 0, at = 0, k;
	struct bscan		 s;
	struct bline		 l;
	const char		*tp;
	pcre2_match_data	*md = NULL;

	body_begin(&s, d);
	while (body_next(&s, &l)) {
		if (l.kind == BL_HEADING) {
			if (nh == ah) {
				ah = ah ? ah * 2 : 8;
				hv = xreallocarray(hv, ah, sizeof(*hv));
			}
			hv[nh].line = l.line;
			hv[nh].level = l.level;
			hv[nh].text = doc_strndup(d, l.text, l.len);
			nh++;
			continue;
		}
		if (l.kind != BL_TASK)
			continue;
		if (nt == at) {
			at = at ? at * 2 : 8;
			tv = xreallocarray(tv, at, sizeof(*tv));
		}
		t = &tv[nt++];
		memset(t, 0, sizeof(*t));
		t->line = l.line;
		t->off = (size_t)(l.p - d->data);
		t->eol = (size_t)(l.eol - d->data);
		t->box = (size_t)(l.box - d->data);
		t->status = *l.box == 'X' ? TASK_DONE : *l.box;
		t->due = t->done = DATE_NONE;
		t->section = l.head;
		/*
		 * The text: the rest of the line after the box and its
		 * blanks, without the blanks at its end.
		 */
		for (tp = l.box + 2; tp < l.eol && (*tp == ' ' || *tp == '\t');
		    tp++)
			;
		k = (size_t)(l.eol - tp);
		while (k > 0 && (tp[k - 1] == ' ' || tp[k - 1] == '\t'))
			k--;
		t->text = doc_strndup(d, tp, k);
		if (k > 0)
			scan_tokens(d, t, &md, tp, k);
	}
	pcre2_match_data_free(md);
	if (nh > 0) {
		d->heads = doc_alloc(d, nh * sizeof(*hv));
		memcpy(d->heads, hv, nh * sizeof(*hv));
	}
	if (nt > 0) {
		d->tasks = doc_alloc(d, nt * sizeof(*tv));
		memcpy(d->tasks, tv, nt * sizeof(*tv));
	}
	d->nheads = nh;
	d->ntasks = nt;
	free(hv);
	free(tv);
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
