#include "config.h"

#include <ctype.h>
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "mentor.h"

/*
 * Surgical edits (DESIGN.md §3 "Writing").  Every function here copies
 * the file into the output buffer with one region replaced, inserted or
 * removed; the region is found from the byte offsets the parser keeps for
 * each node, task and heading, so comments, spacing, quoting, blank lines,
 * line endings and the BOM outside it are copied as they were.
 */

/*
 * The length of a character at p that libyaml reads as a line break (NEL,
 * LS, PS) or refuses to read unescaped (C1 controls, a BOM inside the
 * text, U+FFFE, U+FFFF), or 0.  p is NUL-terminated.
 */
static size_t
yaml_special_char(const unsigned char *p)
{
	if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
		return 2;
	if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
		return 3;
	if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
		return 3;
	if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
		return 3;
	return 0;
}

/*
 * Must this scalar be quoted to read back, as a plain YAML scalar, as the
 * same string?  Conservative: anything YAML could take for another type
 * (null, booleans, numbers are left plain: readers take them as strings)
 * or for syntax is quoted.
 */
int
yaml_needs_quote(const char *s)
{
	static const char *const special[] = { "~", "null", "Null", "NULL",
	    "true", "True", "TRUE", "false", "False", "FALSE", "yes", "Yes",
	    "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF",
	    NULL };
	size_t		 n = strlen(s), i;
	const char	*p;

	if (n == 0)
		return 1;
	for (i = 0; special[i] != NULL; i++)
		if (strcmp(s, special[i]) == 0)
			return 1;
	if (strchr("-?:,[]{}#&*!|>'\"%@` \t", s[0]) != NULL &&
	    !(s[0] == '-' && n > 1 && s[1] != ' ' && s[1] != '-') )
		return 1;
	if (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == ':')
		return 1;
	for (p = s; *p != '\0'; p++) {
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return 1;
		if (yaml_special_char((const unsigned char *)p) != 0)
			return 1;
		if (*p == ':' && (p[1] == ' ' || p[1] == '\t'))
			return 1;
		if (*p == '#' && p > s && (p[-1] == ' ' || p[-1] == '\t'))
			return 1;
		if (strchr(",[]{}", *p) != NULL)
			return 1;
	}
	if (strcmp(s, "---") == 0 || strcmp(s, "...") == 0)
		return 1;
	return 0;
}

/* Append s as a double-quoted YAML scalar. */
void
yaml_quote(const char *s, struct buf *out)
{
	const unsigned char *p;
	size_t		 k;

	buf_addch(out, '"');
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if ((k = yaml_special_char(p)) == 2) {
			buf_addf(out, "\\x%02x", p[1]);
			p++;
			continue;
		} else if (k == 3) {
			/* U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF. */
			buf_addf(out, "\\u%04x", (unsigned)((p[0] & 0x0F) << 12 |
			    (p[1] & 0x3F) << 6 | (p[2] & 0x3F)));
			p += 2;
			continue;
		}
		switch (*p) {
		case '"':
			buf_addstr(out, "\\\"");
			break;
		case '\\':
			buf_addstr(out, "\\\\");
			break;
		case '\n':
			buf_addstr(out, "\\n");
			break;
		case '\t':
			buf_addstr(out, "\\t");
			break;
		case '\r':
			buf_addstr(out, "\\r");
			break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_addf(out, "\\x%02x", *p);
			else
				buf_addch(out, *p);
		}
	}
	buf_addch(out, '"');
}

static int
blank(int c)
{
	return c == ' ' || c == '\t';
}

/*
 * The offset of the end of the line holding off, before its \r\n or \n
 * (or a CR that ends the file: the body's lines end there too).
 */
static size_t
line_end(const struct doc *d, size_t off, size_t limit)
{
	while (off < limit && d->data[off] != '\n' &&
	    !(d->data[off] == '\r' && (off + 1 == d->len ||
	    d->data[off + 1] == '\n')))
		off++;
	return off;
}

/* The offset just after the line ending at off (\r\n, \n, \r or none). */
static size_t
line_next(const struct doc *d, size_t off)
{
	if (off + 1 < d->len && d->data[off] == '\r' &&
	    d->data[off + 1] == '\n')
		return off + 2;
	if (off < d->len && (d->data[off] == '\n' ||
	    (d->data[off] == '\r' && off + 1 == d->len)))
		return off + 1;
	return off;
}

/*
 * New lines go at the end of a file whose last line has no line ending:
 * give it one first (an LF after a final CR).
 */
static void
end_last_line(const struct doc *d, size_t at, const char *eol,
    struct buf *b)
{
	if (at == d->len && at > 0 && d->data[at - 1] != '\n')
		buf_addstr(b, d->data[at - 1] == '\r' ? "\n" : eol);
}

/* Bytes of the YAML line break at off (0: none); see record.c. */
static size_t
yaml_break_at(const struct doc *d, size_t off)
{
	return off < d->len ? yaml_break(d->data + off, d->data + d->len) : 0;
}

/*
 * line_end and line_next for the front matter: libyaml breaks its lines
 * at a lone CR, U+0085, U+2028 and U+2029 too, and so do a key's lines.
 */
static size_t
yaml_line_end(const struct doc *d, size_t off, size_t limit)
{
	while (off < limit && yaml_break_at(d, off) == 0)
		off++;
	return off;
}

static size_t
yaml_line_next(const struct doc *d, size_t off)
{
	return off + yaml_break_at(d, off);
}

/* The start of the YAML line holding off, in the front matter. */
static size_t
yaml_line_start(const struct doc *d, size_t off)
{
	size_t	 p = d->fm_off, start = d->fm_off, k;

	while (p < off)
		if ((k = yaml_break_at(d, p)) != 0 && p + k <= off)
			start = p += k;
		else
			p++;
	return start;
}

static const char *
doc_eol(const struct doc *d)
{
	return d->crlf ? "\r\n" : "\n";
}

/* Copy the file with [from, to) replaced by the n bytes at s. */
static void
splice(const struct doc *d, size_t from, size_t to, const char *s, size_t n,
    struct buf *out)
{
	buf_add(out, d->data, from);
	buf_add(out, s, n);
	buf_add(out, d->data + to, d->len - to);
}

static int
key_valid(const char *key)
{
	const char	*p;

	if (*key == '\0')
		return 0;
	for (p = key; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '_' || *p == '-'))
			return 0;
	return 1;
}

static int
text_valid(const char *what, const char *s)
{
	if (!utf8_valid(s, strlen(s), NULL)) {
		warnx("%s is not valid UTF-8", what);
		return 0;
	}
	return 1;
}

/*
 * Where a top-level key and its value sit: the start of the key's line,
 * its ':', the end of the value's last line (before the line ending) and
 * the start of the line after it.
 */
struct keyloc {
	const struct ynode *k, *v;
	size_t		 line;
	size_t		 colon;
	size_t		 last;
	size_t		 next;
};

/*
 * Find key in the front matter.  Returns 0 with kl->k NULL when absent,
 * or EX_DATAERR when the front matter cannot be edited line by line.
 */
static int
key_find(const struct doc *d, const char *key, struct keyloc *kl)
{
	const struct ynode	*fm = d->fm;
	size_t			 i, e;

	memset(kl, 0, sizeof(*kl));
	if (fm == NULL || fm->type != Y_MAP)
		return 0;
	if (fm->style == YS_FLOW) {
		warnx("%s: the front matter is a flow mapping: edit it by hand",
		    d->path);
		return EX_DATAERR;
	}
	for (i = 0; i + 1 < fm->nkids; i += 2)
		if (strcmp(fm->kids[i]->str, key) == 0)
			break;
	if (i + 1 >= fm->nkids)
		return 0;
	kl->k = fm->kids[i];
	kl->v = fm->kids[i + 1];
	kl->line = yaml_line_start(d, kl->k->off);
	for (kl->colon = kl->k->end; kl->colon < d->fm_end &&
	    blank(d->data[kl->colon]); kl->colon++)
		;
	if (kl->colon >= d->fm_end || d->data[kl->colon] != ':') {
		warnx("%s:%u: cannot edit key '%s' (not a simple key)",
		    d->path, kl->k->line, key);
		return EX_DATAERR;
	}
	/* Block scalars and collections may end after their line ending. */
	e = kl->v->end;
	while (e > kl->v->off && strchr(" \t\r\n", d->data[e - 1]) != NULL)
		e--;
	if (e < kl->colon + 1)
		e = kl->colon + 1;
	kl->last = yaml_line_end(d, e, d->fm_end);
	kl->next = yaml_line_next(d, kl->last);
	return 0;
}

/* Append a scalar, quoted only when YAML needs it. */
static void
add_scalar(struct buf *b, const char *s)
{
	if (yaml_needs_quote(s))
		yaml_quote(s, b);
	else
		buf_addstr(b, s);
}

/*
 * The comment on a key's line when the value starts on a later line (or
 * is a block scalar, whose header may carry one): its offset, with the
 * blanks before it, or 0 for none.
 */
static size_t
key_comment(const struct doc *d, const struct keyloc *kl)
{
	size_t	 p = kl->colon + 1, start;

	while (p < kl->last && blank(d->data[p]))
		p++;
	if (p == kl->v->off && (kl->v->style == YS_LITERAL ||
	    kl->v->style == YS_FOLDED)) {
		p++;
		while (p < kl->last && strchr("0123456789+-", d->data[p]) !=
		    NULL)
			p++;
		while (p < kl->last && blank(d->data[p]))
			p++;
	}
	if (p >= kl->last || d->data[p] != '#' || !blank(d->data[p - 1]))
		return 0;
	for (start = p; blank(d->data[start - 1]); start--)
		;
	return start;
}

/* Do two trees read the same (values, not places)? */
static int
ynode_same(const struct ynode *a, const struct ynode *b)
{
	size_t	 i;

	if (a->type != b->type || a->nkids != b->nkids ||
	    (a->type == Y_SCALAR && (a->len != b->len ||
	    memcmp(a->str, b->str, a->len) != 0)))
		return 0;
	for (i = 0; i < a->nkids; i++)
		if (!ynode_same(a->kids[i], b->kids[i]))
			return 0;
	return 1;
}

/*
 * Do the front matters of a and b hold the same keys and values, in the
 * same order, but key?  An edit leaves the other keys where they are:
 * walked side by side, many keys are checked in linear time.
 */
static int
others_same(const struct doc *a, const struct doc *b, const char *key)
{
	const struct ynode	*fa = a->fm, *fb = b->fm;
	size_t			 i = 0, j = 0;

	if (fa == NULL || fa->type != Y_MAP)
		return 1;
	if (fb == NULL || fb->type != Y_MAP)
		return 0;
	for (;; i += 2, j += 2) {
		while (i + 1 < fa->nkids && strcmp(fa->kids[i]->str, key) == 0)
			i += 2;
		while (j + 1 < fb->nkids && strcmp(fb->kids[j]->str, key) == 0)
			j += 2;
		if (i + 1 >= fa->nkids || j + 1 >= fb->nkids)
			return i + 1 >= fa->nkids && j + 1 >= fb->nkids;
		if (!ynode_same(fa->kids[i], fb->kids[j]) ||
		    !ynode_same(fa->kids[i + 1], fb->kids[j + 1]))
			return 0;
	}
}

/*
 * Parse the new file (from start in out) as d was parsed and check that
 * key reads back as vals (nvals < 0: that it is gone), and that every
 * other key reads as before.  A file the parser reads differently is
 * never handed out: out is put back, and the edit refused.
 */
static int
verify(const struct doc *d, const char *key, const char *const *vals,
    long nvals, int aslist, struct buf *out, size_t start)
{
	struct doc		 nd;
	struct doc_error	 e;
	const struct ynode	*v;
	size_t			 n = out->len - start, i;
	char			*data = xmalloc(n + 1);
	int			 ok;

	memcpy(data, out->buf + start, n);
	data[n] = '\0';
	ok = (d->close_line == 0 ? doc_parse_yaml(&nd, d->path, data, n, &e) :
	    doc_parse(&nd, d->path, data, n, &e)) == 0;
	if (ok) {
		v = fm_get(&nd, key);
		if (nvals < 0)
			ok = v == NULL;
		else if (aslist)
			ok = v != NULL && v->type == Y_SEQ &&
			    v->nkids == (size_t)nvals;
		else
			ok = v != NULL && v->type == Y_SCALAR && !ynode_null(v);
		for (i = 0; ok && nvals > 0 && i < (size_t)nvals; i++)
			ok = (aslist ? v->kids[i] : v)->type == Y_SCALAR &&
			    strcmp((aslist ? v->kids[i] : v)->str,
			    vals[i]) == 0;
		ok = ok && others_same(d, &nd, key);
	}
	doc_free(&nd);
	if (ok)
		return 0;
	buf_setlen(out, start);
	warnx("%s: cannot edit key '%s' here: the file would not read back "
	    "as intended", d->path, key);
	return EX_DATAERR;
}

/*
 * Set a top-level front matter key to a scalar or a flow list, replacing
 * only its value's bytes, or adding a line before the closing '---'.
 * aslist EDIT_PLAIN writes one scalar as it is (true, false), unquoted.
 */
int
edit_set(const struct doc *d, const char *key, const char *const *vals,
    size_t nvals, int aslist, struct buf *out)
{
	struct keyloc	 kl;
	struct buf	 val = BUF_INIT, line = BUF_INIT;
	size_t		 i, at, cm, eol, ind, start;
	const struct ynode *first;
	int		 rc, plain = aslist == EDIT_PLAIN;

	if (plain)
		aslist = 0;
	if (!key_valid(key)) {
		warnx("bad key '%s': use letters, digits, '-' and '_'", key);
		return EX_USAGE;
	}
	if (!aslist && nvals != 1) {
		warnx("key '%s': one value expected, got %zu", key, nvals);
		return EX_USAGE;
	}
	for (i = 0; i < nvals; i++)
		if (!text_valid("value", vals[i]))
			return EX_USAGE;
	if ((rc = key_find(d, key, &kl)) != 0)
		return rc;
	start = out->len;

	if (aslist) {
		buf_addch(&val, '[');
		for (i = 0; i < nvals; i++) {
			if (i > 0)
				buf_addstr(&val, ", ");
			add_scalar(&val, vals[i]);
		}
		buf_addch(&val, ']');
	} else if (plain)
		buf_addstr(&val, vals[0]);
	else
		add_scalar(&val, vals[0]);

	if (kl.k == NULL) {
		/* A new line, indented like the first key. */
		at = d->close_line == 0 ? d->len : d->fm_end;
		if (at > d->fm_off && d->data[at - 1] != '\n')
			buf_addstr(&line, doc_eol(d));
		if (d->fm != NULL && d->fm->nkids > 0) {
			first = d->fm->kids[0];
			for (ind = first->off; ind > d->fm_off &&
			    blank(d->data[ind - 1]); ind--)
				;
			if (ind == d->fm_off || d->data[ind - 1] == '\n')
				buf_add(&line, d->data + ind, first->off - ind);
		}
		buf_addf(&line, "%s: %s%s", key, val.buf, doc_eol(d));
		splice(d, at, at, line.buf, line.len, out);
	} else if (kl.v->type == Y_SCALAR && kl.v->style == YS_PLAIN &&
	    kl.v->off == kl.v->end) {
		/* "key:", "key: ", "key:   # comment". */
		at = kl.colon + 1;
		eol = yaml_line_end(d, at, d->fm_end);
		if (at < eol && blank(d->data[at]) &&
		    (at + 1 == eol || blank(d->data[at + 1])))
			splice(d, at + 1, at + 1, val.buf, val.len, out);
		else {
			buf_addch(&line, ' ');
			buf_add(&line, val.buf, val.len);
			splice(d, at, at, line.buf, line.len, out);
		}
	} else if (kl.v->off > kl.colon &&
	    yaml_line_end(d, kl.colon, kl.v->off) == kl.v->off &&
	    kl.v->style != YS_LITERAL && kl.v->style != YS_FOLDED) {
		/* The value starts on the key's line: replace just it. */
		splice(d, kl.v->off, kl.v->end, val.buf, val.len, out);
	} else {
		/* Block values: the rest of the key line and their lines. */
		buf_addch(&line, ' ');
		buf_add(&line, val.buf, val.len);
		if ((cm = key_comment(d, &kl)) != 0)
			buf_add(&line, d->data + cm,
			    yaml_line_end(d, cm, d->fm_end) - cm);
		splice(d, kl.colon + 1, kl.last, line.buf, line.len, out);
	}
	buf_release(&val);
	buf_release(&line);
	return verify(d, key, vals, aslist ? (long)nvals : 1, aslist, out,
	    start);
}

/* Remove a top-level front matter key: its whole lines, value included. */
int
edit_unset(const struct doc *d, const char *key, struct buf *out)
{
	struct keyloc	 kl;
	size_t		 start;
	int		 rc;

	if (!key_valid(key)) {
		warnx("bad key '%s': use letters, digits, '-' and '_'", key);
		return EX_USAGE;
	}
	if ((rc = key_find(d, key, &kl)) != 0)
		return rc;
	if (kl.k == NULL) {
		splice(d, d->len, d->len, NULL, 0, out);
		return 0;
	}
	start = out->len;
	splice(d, kl.line, kl.next, NULL, 0, out);
	return verify(d, key, NULL, -1, 0, out, start);
}

/* Replace the status character of one task item. */
int
edit_task_status(const struct doc *d, const struct task *t, int status,
    struct buf *out)
{
	char	 c = (char)status;

	if (status == 0 || strchr(" /xX-", status) == NULL) {
		warnx("bad task status '%c'", status);
		return EX_USAGE;
	}
	if (t->box >= d->len || t->box < t->off || t->box >= t->eol) {
		warnx("%s:%u: not a task item", d->path, t->line);
		return EX_SOFTWARE;
	}
	splice(d, t->box, t->box + 1, &c, 1, out);
	return 0;
}

/* The byte offset of a 1-based character column on the line at off. */
static size_t
col_off(const struct doc *d, size_t off, size_t eol, unsigned col)
{
	unsigned	 n = 1;

	for (; off < eol; off++) {
		if (((unsigned char)d->data[off] & 0xC0) == 0x80)
			continue;
		if (n == col)
			return off;
		n++;
	}
	return eol;
}

/*
 * The offset of the name: token the parser read for the task (the one
 * its column names), else of the last one written (a bad date), or
 * (size_t)-1.  Tokens follow a blank, in the text after "]".
 */
static size_t
stamp_find(const struct doc *d, const struct task *t, const char *name)
{
	size_t		 n = strlen(name), p, hit = (size_t)-1;
	unsigned	 col = name[1] == 'o' ? t->done_col : t->due_col;

	if (col != 0) {
		p = col_off(d, t->off, t->eol, col);
		if (p + n < t->eol && memcmp(d->data + p, name, n) == 0 &&
		    d->data[p + n] == ':')
			return p;
	}
	for (p = t->box + 2; p + n < t->eol; p++)
		if (blank(d->data[p - 1]) &&
		    memcmp(d->data + p, name, n) == 0 && d->data[p + n] == ':')
			hit = p;
	return hit;
}

/*
 * Set, replace or remove a task item's done: or due: stamp; a new stamp
 * goes at the end of the line's text.
 */
int
edit_task_stamp(const struct doc *d, const struct task *t, const char *name,
    mdate date, struct buf *out)
{
	char		 ds[DATE_STRLEN];
	struct buf	 b = BUF_INIT;
	size_t		 tok, vs, ve, end, at;

	if (strcmp(name, "done") != 0 && strcmp(name, "due") != 0) {
		warnx("bad stamp '%s': use 'done' or 'due'", name);
		return EX_USAGE;
	}
	if (t->box + 1 >= t->eol || t->box < t->off || t->eol > d->len ||
	    d->data[t->box + 1] != ']') {
		warnx("%s:%u: not a task item", d->path, t->line);
		return EX_SOFTWARE;
	}
	if (date != DATE_NONE)
		date_format(date, ds);
	if ((tok = stamp_find(d, t, name)) != (size_t)-1) {
		vs = tok + strlen(name) + 1;
		for (end = vs; end < t->eol && !blank(d->data[end]); end++)
			;
		/* Punctuation after the date is the sentence's. */
		for (ve = end; ve > vs &&
		    strchr(".,;:)!?", d->data[ve - 1]) != NULL; ve--)
			;
		if (date != DATE_NONE) {
			splice(d, vs, ve, ds, strlen(ds), out);
			return 0;
		}
		/* The blanks before the stamp go with it... */
		for (at = tok; at > t->box + 2 && blank(d->data[at - 1]); at--)
			;
		if (at == t->box + 2) {
			/*
			 * ...but first in the text, its punctuation goes
			 * too, and the blank after "]" stays when text
			 * follows: "- [x] done:2026-10-09, booked" becomes
			 * "- [x] booked", "- [x] done:2026-10-09." "- [x]".
			 */
			while (end < t->eol && blank(d->data[end]))
				end++;
			ve = end;
			if (end < t->eol)
				at = tok;
		}
		splice(d, at, ve, NULL, 0, out);
		return 0;
	}
	if (date == DATE_NONE) {
		splice(d, d->len, d->len, NULL, 0, out);
		return 0;
	}
	for (at = t->eol; at > t->box + 2 && blank(d->data[at - 1]); at--)
		;
	buf_addf(&b, " %s:%s", name, ds);
	splice(d, at, at, b.buf, b.len, out);
	buf_release(&b);
	return 0;
}

/* The offset of the first byte of a body line. */
static size_t
body_line_off(const struct doc *d, unsigned line)
{
	const char	*p = d->data + d->close_end, *end = d->data + d->len;
	const char	*nl;
	unsigned	 l;

	for (l = d->body_line; l < line; l++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return d->len;
		p = nl + 1;
	}
	return (size_t)(p - d->data);
}

/* The index of the first heading whose text is h, ignoring case, or -1. */
static int
heading_find(const struct doc *d, const char *h)
{
	pcre2_code		*code;
	pcre2_match_data	*md;
	int			 ec, hit = -1;
	PCRE2_SIZE		 eo;
	size_t			 i;

	code = pcre2_compile((PCRE2_SPTR)h, PCRE2_ZERO_TERMINATED,
	    PCRE2_LITERAL | PCRE2_CASELESS | PCRE2_UTF | PCRE2_ANCHORED |
	    PCRE2_ENDANCHORED, &ec, &eo, NULL);
	if (code == NULL)
		errx(EX_SOFTWARE, "cannot compile the heading '%s'", h);
	if ((md = pcre2_match_data_create_from_pattern(code, NULL)) == NULL)
		errx(EX_OSERR, "out of memory");
	for (i = 0; i < d->nheads && hit == -1; i++)
		if (pcre2_match(code, (PCRE2_SPTR)d->heads[i].text,
		    PCRE2_ZERO_TERMINATED, 0, 0, md, NULL) > 0)
			hit = (int)i;
	pcre2_match_data_free(md);
	pcre2_code_free(code);
	return hit;
}

/*
 * Where a new item goes after t: after its list item, nested lines and
 * all, but before a heading and limit.
 */
static size_t
item_end(const struct doc *d, const struct task *t, size_t limit)
{
	size_t	 i, at = t->end > t->eol ? t->end : line_next(d, t->eol);

	for (i = 0; i < d->nheads; i++)
		if (d->heads[i].line > t->line) {
			if ((i = body_line_off(d, d->heads[i].line)) < limit)
				limit = i;
			break;
		}
	return at < limit ? at : limit;
}

/*
 * The start of a new item copied from t: the block quotes' '>' before
 * its marker (outer list markers become blanks), its bullet or its
 * number plus one, and the blanks before the box.
 */
static void
item_prefix(const struct doc *d, const struct task *t, struct buf *b)
{
	size_t		 p;
	unsigned long	 n = 0;
	char		*e;

	for (p = t->off; p < t->marker; p++)
		buf_addch(b, d->data[p] == '>' || blank(d->data[p]) ?
		    d->data[p] : ' ');
	if (isdigit((unsigned char)d->data[p])) {
		n = strtoul(d->data + p, &e, 10);
		/* A marker holds nine digits at most. */
		if (n < 999999999UL)
			n++;
		buf_addf(b, "%lu", n);
		p = (size_t)(e - d->data);
	}
	buf_add(b, d->data + p, t->box - 1 - p);
}

/*
 * Put the new lines in b at at; the task item they end with, at line
 * offset task in the new text, must read back as one.  Otherwise it
 * would land in a code or HTML block never closed: refused.
 */
static int
append_at(const struct doc *d, size_t at, size_t task, struct buf *b,
    struct buf *out)
{
	unsigned	 opened = 0;
	size_t		 n;
	int		 leaf, hit;

	splice(d, at, at, b->buf, b->len, out);
	buf_release(b);
	hit = body_task_at(out->buf, out->len, d->close_end, task, &leaf,
	    &opened, &n);
	if (hit && n == d->ntasks + 1)
		return 0;
	opened += d->body_line;
	buf_release(out);
	if (hit)
		warnx("%s:%u: a new item there would change how the lines "
		    "after it read: add it in an editor", d->path,
		    doc_line_at(d, at));
	else if (leaf == LF_FENCE)
		warnx("%s:%u: this code block is never closed, and the new "
		    "item would be in it: close it with a fence line first",
		    d->path, opened);
	else if (leaf == LF_HTML)
		warnx("%s:%u: this HTML block is never closed, and the new "
		    "item would be in it: close it first", d->path, opened);
	else
		warnx("%s: the new item would not read as a task item there",
		    d->path);
	return EX_DATAERR;
}

/*
 * Append an open task item to the section under a heading (the first
 * one whose text matches, any level), after the section's last item; a
 * missing heading is added at the end of the file with the given level.
 */
int
edit_task_append(const struct doc *d, const char *heading, int level,
    const char *text, struct buf *out)
{
	struct buf		 b = BUF_INIT;
	const struct task	*t, *last = NULL;
	const char		*eol = doc_eol(d), *tend;
	size_t			 i, limit, at, w, minw = (size_t)-1, e, task;
	int			 h;

	if (*text == '\0' || strpbrk(text, "\r\n") != NULL) {
		warnx("the task text must be one line, not empty");
		return EX_USAGE;
	}
	if (*heading == '\0' || strpbrk(heading, "\r\n") != NULL) {
		warnx("the heading must be one line, not empty");
		return EX_USAGE;
	}
	if (level < 1 || level > 6) {
		warnx("bad heading level %d: 1 to 6 expected", level);
		return EX_USAGE;
	}
	if (!text_valid("task text", text) || !text_valid("heading", heading))
		return EX_USAGE;
	if (d->close_line == 0) {
		warnx("%s: not a record (no body)", d->path);
		return EX_DATAERR;
	}

	if ((h = heading_find(d, heading)) == -1) {
		at = d->len;
		end_last_line(d, at, eol, &b);
		if (at > d->close_end) {
			/* Is the last line blank? */
			e = at;
			if (d->data[e - 1] == '\n')
				e--;
			if (e > d->close_end && d->data[e - 1] == '\r')
				e--;
			while (e > d->close_end && blank(d->data[e - 1]))
				e--;
			if (e > d->close_end && d->data[e - 1] != '\n')
				buf_addstr(&b, eol);
		}
		for (i = 0; i < (size_t)level; i++)
			buf_addch(&b, '#');
		buf_addf(&b, " %s%s", heading, eol);
		task = at + b.len;
		buf_addf(&b, "- [ ] %s%s", text, eol);
		return append_at(d, at, task, &b, out);
	}

	limit = d->len;
	for (i = (size_t)h + 1; i < d->nheads; i++)
		if (d->heads[i].level <= d->heads[h].level) {
			limit = body_line_off(d, d->heads[i].line);
			break;
		}
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (t->section != h)
			continue;
		/* The outermost: the fewest bytes before its marker. */
		if ((w = t->marker - t->off) <= minw) {
			minw = w;
			last = t;
		}
	}
	if (last != NULL) {
		/* Copy the item's indent, bullet and line ending. */
		at = item_end(d, last, limit);
		tend = d->data + last->eol;
		if (*tend == '\r' || *tend == '\n')
			eol = *tend == '\r' ? "\r\n" : "\n";
		end_last_line(d, at, eol, &b);
		task = at + b.len;
		item_prefix(d, last, &b);
	} else {
		at = body_line_off(d, d->heads[h].end);
		at = line_next(d, line_end(d, at, d->len));
		end_last_line(d, at, eol, &b);
		task = at + b.len;
		buf_addstr(&b, "- ");
	}
	buf_addf(&b, "[ ] %s%s", text, eol);
	return append_at(d, at, task, &b, out);
}
