#include "config.h"

#include <ctype.h>
#include <pthread.h>
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "mentor.h"

/*
 * Task items and headings in a record's body (DESIGN.md §2).  The patterns
 * are compiled once, JIT-compiled where the platform allows, and kept for
 * the life of the program.
 */
static const char task_re[] =
    "^[ \\t]*[-*+][ \\t]+\\[([ xX/-])\\](?:[ \\t]|$)";
static const char token_re[] =
    "(?<!\\S)(?:(due|done):(\\S*)|@([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)"
    "|#([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*))";

/*
 * A compiled pattern is shared by every thread (compiled once); match
 * data is per thread, so records can be parsed on several threads.
 */
struct re {
	const char		*pat;
	uint32_t		 flags;
	pthread_once_t		 once;
	pcre2_code		*code;
	int			 jit;	/* JIT-compiled: match through the JIT */
};
static struct re re_task = { task_re, PCRE2_UTF, PTHREAD_ONCE_INIT, NULL, 0 };
static struct re re_token = { token_re, PCRE2_UTF | PCRE2_UCP | PCRE2_ANCHORED,
    PTHREAD_ONCE_INIT, NULL, 0 };
static __thread pcre2_match_data *md_task, *md_token;

/*
 * JIT compiling costs more than a few records' matching: programs that
 * parse a record or two (the writers) match without it; task_many() turns
 * it on before a walk over many records.
 */
static int	 many;

/* Compile a built-in pattern; failure is a bug, reported as exit 70. */
static void
re_compile(struct re *r)
{
	int		 ec;
	PCRE2_SIZE	 eo;
	PCRE2_UCHAR	 msg[256];

	r->code = pcre2_compile((PCRE2_SPTR)r->pat, PCRE2_ZERO_TERMINATED,
	    r->flags, &ec, &eo, NULL);
	if (r->code == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		errx(EX_SOFTWARE, "internal pattern: %s at %zu", msg,
		    (size_t)eo);
	}
	if (many)
		r->jit = pcre2_jit_compile(r->code, PCRE2_JIT_COMPLETE) == 0;
}

static void
re_task_compile(void)
{
	re_compile(&re_task);
}

static void
re_token_compile(void)
{
	re_compile(&re_token);
}

/*
 * Many records are about to be parsed: JIT-compile the patterns, now or
 * when first used.  Call it with no other thread matching.
 */
void
task_many(void)
{
	many = 1;
	pthread_once(&re_task.once, re_task_compile);
	pthread_once(&re_token.once, re_token_compile);
	if (!re_task.jit)
		re_task.jit = pcre2_jit_compile(re_task.code,
		    PCRE2_JIT_COMPLETE) == 0;
	if (!re_token.jit)
		re_token.jit = pcre2_jit_compile(re_token.code,
		    PCRE2_JIT_COMPLETE) == 0;
}

/* This thread's match data for a pattern, made on first use. */
static pcre2_match_data *
re_md(struct re *r, void (*compile)(void), pcre2_match_data **md)
{
	pthread_once(&r->once, compile);
	if (*md == NULL &&
	    (*md = pcre2_match_data_create_from_pattern(r->code, NULL)) ==
	    NULL)
		errx(EX_OSERR, "out of memory");
	return *md;
}

/* Match a built-in pattern; every UTF-8 check was done when reading. */
static int
re_match(struct re *r, pcre2_match_data *md, const char *s, size_t n,
    size_t start)
{
	if (r->jit)
		return pcre2_jit_match(r->code, (PCRE2_SPTR)s, n, start,
		    PCRE2_NO_UTF_CHECK, md, NULL) > 0;
	return pcre2_match(r->code, (PCRE2_SPTR)s, n, start,
	    PCRE2_NO_UTF_CHECK, md, NULL) > 0;
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
	if (i + 1 >= len)
		return 0;
	c = (unsigned char)text[i + 1];
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z') || c == '_';
}

/* Free the calling thread's match data (threads call it before ending). */
void
task_thread_done(void)
{
	pcre2_match_data_free(md_task);
	pcre2_match_data_free(md_token);
	md_task = md_token = NULL;
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

/* Pick the tokens out of a task's text (DESIGN.md §2 "Task items"). */
static void
scan_tokens(struct doc *d, struct task *t, const char *line,
    const char *text, size_t len)
{
	PCRE2_SIZE	*ov;
	const char	*people[64], *tags[64], *counted = line;
	unsigned	 pcol[64], ncounted = 0;
	size_t		 start = 0, np = 0, ntg = 0, vlen;
	const char	*v;
	mdate		 date;
	unsigned	 col;

	pcre2_match_data *md = re_md(&re_token, re_token_compile, &md_token);

	for (start = 0; start < len; start++) {
		/*
		 * A token starts with d, @ or # after white space: only
		 * there is the pattern tried, anchored.
		 */
		if ((text[start] != 'd' && text[start] != '@' &&
		    text[start] != '#') || (start > 0 &&
		    !isspace((unsigned char)text[start - 1]) &&
		    (unsigned char)text[start - 1] < 0x80) ||
		    !token_start(text, start, len))
			continue;
		if (!re_match(&re_token, md, text, len, start))
			continue;
		ov = pcre2_get_ovector_pointer(md);
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

/* A bullet, blanks, then "[c]": the only lines the task pattern can match. */
static int
looks_like_task(const char *q, const char *eol)
{
	q++;
	if (q >= eol || (*q != ' ' && *q != '\t'))
		return 0;
	while (q < eol && (*q == ' ' || *q == '\t'))
		q++;
	return eol - q >= 3 && q[0] == '[' && q[2] == ']';
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

/*
 * Find the headings and task items of the body, skipping fenced code.
 * Vectors grow in the heap and are copied into the arena at the end.
 */
void
doc_scan_body(struct doc *d)
{
	struct heading	*hv = NULL;
	struct task	*tv = NULL, *t;
	size_t		 nh = 0, ah = 0, nt = 0, at = 0, tn, k;
	const char	*p = d->data + d->close_end, *end = d->data + d->len;
	const char	*e, *eol, *q, *tp;
	unsigned	 line = d->body_line;
	struct fencer	 f = { 0, 0, 0 };
	int		 level;
	PCRE2_SIZE	*ov;

	pcre2_match_data *md = re_md(&re_task, re_task_compile, &md_task);

	for (; p < end; p = e + 1, line++) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		eol = e > p && e[-1] == '\r' ? e - 1 : e;
		if (fence_line(&f, p, eol))
			continue;
		for (q = p; q < eol && (*q == ' ' || *q == '\t'); q++)
			;
		if (q == eol)
			continue;
		if (*q == '#' && heading(p, eol, &level, &tp, &tn)) {
			if (nh == ah) {
				ah = ah ? ah * 2 : 8;
				hv = xreallocarray(hv, ah, sizeof(*hv));
			}
			hv[nh].line = line;
			hv[nh].level = level;
			hv[nh].text = doc_strndup(d, tp, tn);
			nh++;
			continue;
		}
		/* Most bullets are not task items: look for "[?]" first. */
		if ((*q != '-' && *q != '*' && *q != '+') || !looks_like_task(q,
		    eol) || !re_match(&re_task, md, p, (size_t)(eol - p), 0))
			continue;
		ov = pcre2_get_ovector_pointer(md);
		if (nt == at) {
			at = at ? at * 2 : 8;
			tv = xreallocarray(tv, at, sizeof(*tv));
		}
		t = &tv[nt++];
		memset(t, 0, sizeof(*t));
		t->line = line;
		t->off = (size_t)(p - d->data);
		t->eol = (size_t)(eol - d->data);
		t->box = (size_t)(p - d->data) + ov[2];
		t->status = p[ov[2]] == 'X' ? TASK_DONE : p[ov[2]];
		t->due = t->done = DATE_NONE;
		t->section = (int)nh - 1;
		/*
		 * The text: the rest of the line after the box and its
		 * blanks, without the blanks at its end.
		 */
		tp = p + ov[3] + 1;
		while (tp < eol && (*tp == ' ' || *tp == '\t'))
			tp++;
		k = (size_t)(eol - tp);
		while (k > 0 && (tp[k - 1] == ' ' || tp[k - 1] == '\t'))
			k--;
		t->text = doc_strndup(d, tp, k);
		if (k > 0)
			scan_tokens(d, t, p, tp, k);
	}
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

/*
 * Does "[c]" occur anywhere in the n bytes at s, c one of the characters
 * of boxes?  A quick test on a file's bytes (a pre-filter): it finds
 * every task item with such a status, and more.
 */
int
raw_has_box(const char *s, size_t n, const char *boxes)
{
	const char	*p = s, *end = s + n;

	while (end - p >= 3 && (p = memchr(p, '[', (size_t)(end - p - 2))) !=
	    NULL) {
		if (p[2] == ']' && p[1] != '\0' && strchr(boxes, p[1]) != NULL)
			return 1;
		p++;
	}
	return 0;
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
