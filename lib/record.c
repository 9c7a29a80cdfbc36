#include "config.h"

#include <err.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "mentor.h"

void *
doc_alloc(struct doc *d, size_t n)
{
	return arena_alloc(&d->mem, n);
}

/* A copy of n bytes of s in the record's arena. */
char *
doc_strndup(struct doc *d, const char *s, size_t n)
{
	return arena_strndup(&d->mem, s, n);
}

/* Release everything a doc owns and zero it. */
void
doc_free(struct doc *d)
{
	arena_free(&d->mem);
	free(d->data);
	memset(d, 0, sizeof(*d));
}

int
doc_fail(struct doc_error *e, unsigned line, unsigned col, const char *fmt,
    ...)
{
	va_list	 ap;

	if (e != NULL) {
		e->line = line;
		e->col = col;
		va_start(ap, fmt);
		vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
		va_end(ap);
	}
	return EX_DATAERR;
}

/* The 1-based line of the byte at off. */
unsigned
doc_line_at(const struct doc *d, size_t off)
{
	const char	*p = d->data, *end = d->data + off;
	unsigned	 line = 1;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		line++;
		p++;
	}
	return line;
}

/* The 1-based line and character column of the byte at off. */
static void
doc_pos(const struct doc *d, size_t off, unsigned *line, unsigned *col)
{
	size_t	 start = off;
	unsigned c = 1;

	while (start > 0 && d->data[start - 1] != '\n')
		start--;
	if (start == 0 && d->bom)
		start = 3;
	for (; start < off; start++)
		if (((unsigned char)d->data[start] & 0xC0) != 0x80)
			c++;
	*line = doc_line_at(d, off);
	*col = c;
}

/* Does the line at p (up to end) hold exactly s, then blanks, then EOL? */
static int
line_is(const char *p, const char *end, const char *s, const char **next)
{
	size_t	 n = strlen(s);

	if ((size_t)(end - p) < n || memcmp(p, s, n) != 0)
		return 0;
	p += n;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p < end && *p == '\r' && p + 1 < end && p[1] == '\n')
		p++;
	if (p < end && *p != '\n')
		return 0;
	*next = p < end ? p + 1 : p;
	return 1;
}

/*
 * Building the tree from libyaml's events.  A mark's index counts
 * characters (a CRLF is two), and its line counts the line breaks of YAML
 * 1.1: LF, CRLF, a lone CR, U+0085, U+2028 and U+2029.  In ASCII text
 * with no lone CR, the index is the byte offset and the line is the
 * file's (counted at LF).  In other text a table of the lines libyaml
 * counts, made only then, gives byte offsets, and the file's lines too
 * when a break other than LF and CRLF is there.
 */
struct yline {
	size_t		 off;		/* where libyaml's line starts */
	size_t		 rstart;	/* where the file's line holding it starts */
	unsigned	 rline;		/* that line, from 0 */
};
#define KIDS_INLINE	16
struct builder {
	struct doc	 *d;
	const char	 *yaml;		/* start of the YAML text */
	size_t		  len;		/* its bytes */
	struct yline	 *lines;	/* libyaml's lines, when !simple */
	size_t		  nlines;
	struct ynode	 *stack[YAML_DEPTH_MAX + 2];
	struct ynode	**kids[YAML_DEPTH_MAX + 2];
	size_t		  nk[YAML_DEPTH_MAX + 2], ak[YAML_DEPTH_MAX + 2];
	/* The kids of a level start here: most mappings are small. */
	struct ynode	 *kin[YAML_DEPTH_MAX + 2][KIDS_INLINE];
	/*
	 * A big mapping's keys by hash (keys_find): each slot holds the index
	 * of a key among the level's kids plus one, 0 when free; keycap is
	 * the slots in use (a power of two), 0 while the level is scanned.
	 */
	size_t		 *keyh[YAML_DEPTH_MAX + 2];
	size_t		  keycap[YAML_DEPTH_MAX + 2], keyalloc[YAML_DEPTH_MAX + 2];
	int		  depth;
	int		  lf;		/* breaks are LF or CRLF, no other */
	int		  simple;	/* that, and ASCII */
	struct doc_error *err;
};

/*
 * The bytes of the YAML line break at p (before end), or 0: YAML 1.1, as
 * libyaml reads it, breaks lines at LF, CRLF, a lone CR, U+0085, U+2028
 * and U+2029.
 */
size_t
yaml_break(const char *p, const char *end)
{
	const unsigned char	*u = (const unsigned char *)p;

	switch (u[0]) {
	case '\n':
		return 1;
	case '\r':
		return end - p > 1 && u[1] == '\n' ? 2 : 1;
	case 0xC2:
		return end - p > 1 && u[1] == 0x85 ? 2 : 0;
	case 0xE2:
		return end - p > 2 && u[1] == 0x80 &&
		    (u[2] == 0xA8 || u[2] == 0xA9) ? 3 : 0;
	}
	return 0;
}

/* Is every CR in the text before an LF? */
static int
cr_lf(const char *p, const char *end)
{
	for (; (p = memchr(p, '\r', (size_t)(end - p))) != NULL; p++)
		if (p + 1 == end || p[1] != '\n')
			return 0;
	return 1;
}

/* Is every line break in the text an LF or a CRLF? */
static int
lf_only(const char *p, const char *end)
{
	const char	*q;

	for (q = p; (q = memchr(q, 0xC2, (size_t)(end - q))) != NULL; q++)
		if (yaml_break(q, end))
			return 0;
	for (q = p; (q = memchr(q, 0xE2, (size_t)(end - q))) != NULL; q++)
		if (yaml_break(q, end))
			return 0;
	return cr_lf(p, end);
}

/* Make the table of libyaml's lines; returns the table's new size. */
static size_t
yaml_lines(struct builder *b, size_t alloc)
{
	const char	*p = b->yaml, *end = b->yaml + b->len;
	size_t		 k, rstart = 0;
	unsigned	 rline = 0;

	b->lines[0].off = b->lines[0].rstart = 0;
	b->lines[0].rline = 0;
	b->nlines = 1;
	while (p < end) {
		if (b->lf) {
			if ((p = memchr(p, '\n', (size_t)(end - p))) == NULL)
				break;
			k = 1;
		} else if ((k = yaml_break(p, end)) == 0) {
			p++;
			continue;
		}
		p += k;
		if (p[-1] == '\n') {
			rline++;
			rstart = (size_t)(p - b->yaml);
		}
		if (b->nlines == alloc) {
			alloc *= 2;
			b->lines = xreallocarray(b->lines, alloc,
			    sizeof(*b->lines));
		}
		b->lines[b->nlines].off = (size_t)(p - b->yaml);
		b->lines[b->nlines].rstart = rstart;
		b->lines[b->nlines].rline = rline;
		b->nlines++;
	}
	return alloc;
}

static size_t
mark_off(struct builder *b, yaml_mark_t m)
{
	size_t		 off, end;
	size_t		 col;

	if (b->simple)
		return m.index < b->len ? m.index : b->len;
	if (m.line >= b->nlines)
		return b->len;
	off = b->lines[m.line].off;
	end = m.line + 1 < b->nlines ? b->lines[m.line + 1].off : b->len;
	for (col = 0; col < m.column && off < end; off++)
		if (off + 1 >= end ||
		    ((unsigned char)b->yaml[off + 1] & 0xC0) != 0x80)
			col++;
	return off;
}

/* mark_pos for text that is not simple: through the table. */
static void
mark_pos_table(struct builder *b, yaml_mark_t m, unsigned *line,
    unsigned *col)
{
	const struct yline *l;
	size_t		 off, i, rstart;
	unsigned	 rline, c = 1;

	off = mark_off(b, m);
	l = &b->lines[m.line < b->nlines ? m.line : b->nlines - 1];
	rline = l->rline;
	rstart = l->rstart;
	for (i = l->off; i < off; i++)
		if (b->yaml[i] == '\n') {
			rline++;
			rstart = i + 1;
		}
	for (i = rstart; i < off; i++)
		if (((unsigned char)b->yaml[i] & 0xC0) != 0x80)
			c++;
	*line = b->d->fm_line + rline;
	*col = c;
}

/* The file's 1-based line and character column of a mark. */
static inline void
mark_pos(struct builder *b, yaml_mark_t m, unsigned *line, unsigned *col)
{
	if (!b->lf) {
		mark_pos_table(b, m, line, col);
		return;
	}
	*line = b->d->fm_line + (unsigned)m.line;
	*col = (unsigned)m.column + 1;
}

static struct ynode *
node_new(struct builder *b, enum ytype type, yaml_mark_t start)
{
	struct ynode	*n = doc_alloc(b->d, sizeof(*n));

	memset(n, 0, sizeof(*n));
	n->type = type;
	mark_pos(b, start, &n->line, &n->col);
	n->off = b->d->fm_off + mark_off(b, start);
	n->end = n->off;
	return n;
}

static void
kid_add(struct builder *b, struct ynode *n)
{
	int	 i = b->depth;

	if (b->nk[i] == b->ak[i]) {
		b->ak[i] *= 2;
		if (b->kids[i] == b->kin[i]) {
			b->kids[i] = xreallocarray(NULL, b->ak[i],
			    sizeof(*b->kids[i]));
			memcpy(b->kids[i], b->kin[i], sizeof(b->kin[i]));
		} else
			b->kids[i] = xreallocarray(b->kids[i], b->ak[i],
			    sizeof(*b->kids[i]));
	}
	b->kids[i][b->nk[i]++] = n;
}

#define KEYS_SCAN	8	/* keys a mapping looks through one by one */

static uint32_t
key_hash(const char *s, size_t n)
{
	uint32_t	 h = 2166136261U;

	while (n-- > 0)
		h = (h ^ (unsigned char)*s++) * 16777619U;
	return h;
}

/* Put the key that is kid k of level i in its table. */
static void
keys_put(struct builder *b, int i, size_t k)
{
	struct ynode	*n = b->kids[i][k];
	size_t		 mask = b->keycap[i] - 1, s;

	for (s = key_hash(n->str, n->len) & mask; b->keyh[i][s] != 0;
	    s = (s + 1) & mask)
		;
	b->keyh[i][s] = k + 1;
}

/* Make level i's table cap slots big, holding the keys it has. */
static void
keys_grow(struct builder *b, int i, size_t cap)
{
	size_t	 k;

	if (cap > b->keyalloc[i]) {
		b->keyh[i] = xreallocarray(b->keyh[i], cap,
		    sizeof(*b->keyh[i]));
		b->keyalloc[i] = cap;
	}
	memset(b->keyh[i], 0, cap * sizeof(*b->keyh[i]));
	b->keycap[i] = cap;
	for (k = 0; k < b->nk[i]; k += 2)
		keys_put(b, i, k);
}

/*
 * The key already in the mapping being built at level i that equals n,
 * or NULL.  A small mapping is looked through; a big one keeps a hash
 * table of its keys (at most half full), so that a record of many keys
 * is read in time linear in its size.
 */
static struct ynode *
keys_find(struct builder *b, int i, const struct ynode *n)
{
	struct ynode	*k;
	size_t		 j, pairs = b->nk[i] / 2, mask, s;

	if (b->keycap[i] == 0 && pairs < KEYS_SCAN) {
		for (j = 0; j < b->nk[i]; j += 2) {
			k = b->kids[i][j];
			if (k->len == n->len && memcmp(k->str, n->str,
			    n->len) == 0)
				return k;
		}
		return NULL;
	}
	if (b->keycap[i] < 4 * (pairs + 1))
		keys_grow(b, i, b->keycap[i] ? 2 * b->keycap[i] : 64);
	mask = b->keycap[i] - 1;
	for (s = key_hash(n->str, n->len) & mask; b->keyh[i][s] != 0;
	    s = (s + 1) & mask) {
		k = b->kids[i][b->keyh[i][s] - 1];
		if (k->len == n->len && memcmp(k->str, n->str, n->len) == 0)
			return k;
	}
	return NULL;
}

/* Add a finished node to its parent, refusing duplicate keys. */
static int
attach(struct builder *b, struct ynode *n)
{
	struct ynode	*p, *first;
	int		 i = b->depth, key;

	if (i == 0) {
		if (n->type != Y_MAP)
			return doc_fail(b->err, n->line, n->col,
			    "front matter is not a mapping of keys to values");
		b->d->fm = n;
		return 0;
	}
	p = b->stack[i];
	key = p->type == Y_MAP && b->nk[i] % 2 == 0;
	if (key) {
		if (n->type != Y_SCALAR)
			return doc_fail(b->err, n->line, n->col,
			    "a key must be a plain string");
		if ((first = keys_find(b, i, n)) != NULL)
			return doc_fail(b->err, n->line, n->col,
			    "duplicate key '%s' (first on line %u)",
			    n->str, first->line);
	}
	kid_add(b, n);
	if (key && b->keycap[i] != 0)
		keys_put(b, i, b->nk[i] - 1);
	return 0;
}

static int
open_node(struct builder *b, struct ynode *n)
{
	if (b->depth >= YAML_DEPTH_MAX)
		return doc_fail(b->err, n->line, n->col,
		    "front matter is nested deeper than %d levels",
		    YAML_DEPTH_MAX);
	b->depth++;
	b->stack[b->depth] = n;
	b->nk[b->depth] = 0;
	b->keycap[b->depth] = 0;
	return 0;
}

static int
close_node(struct builder *b, yaml_mark_t end)
{
	struct ynode	*n = b->stack[b->depth];
	size_t		 i = (size_t)b->depth;

	n->nkids = b->nk[i];
	if (n->nkids > 0) {
		n->kids = doc_alloc(b->d, n->nkids * sizeof(*n->kids));
		memcpy(n->kids, b->kids[i], n->nkids * sizeof(*n->kids));
	}
	if (n->style == YS_FLOW)
		n->end = b->d->fm_off + mark_off(b, end);
	else if (n->nkids > 0)
		n->end = n->kids[n->nkids - 1]->end;
	b->depth--;
	return attach(b, n);
}

/*
 * Turn libyaml's complaint into a message at the most useful place: an
 * unclosed quote or flow collection is reported where it opened, and a
 * tab used for indentation is named as such.
 */
static int
yaml_error(struct builder *b, yaml_parser_t *p)
{
	unsigned	 line, col;
	const char	*what = p->problem ? p->problem : "malformed YAML";
	size_t		 off;

	mark_pos(b, p->problem_mark, &line, &col);
	off = mark_off(b, p->problem_mark);
	if (p->problem != NULL && strstr(p->problem, "cannot start any token")
	    != NULL && off < (size_t)(b->d->fm_end - b->d->fm_off) &&
	    b->yaml[off] == '\t')
		return doc_fail(b->err, line, col, "bad YAML: a tab cannot "
		    "indent YAML (use spaces)");
	if (p->context != NULL && (strstr(p->context, "quoted scalar") ||
	    strstr(p->context, "flow sequence") ||
	    strstr(p->context, "flow mapping"))) {
		mark_pos(b, p->context_mark, &line, &col);
		return doc_fail(b->err, line, col, "bad YAML: %s %s", what,
		    p->context);
	}
	if (p->context != NULL)
		return doc_fail(b->err, line, col, "bad YAML: %s %s", what,
		    p->context);
	return doc_fail(b->err, line, col, "bad YAML: %s", what);
}

/* Anchors and tags are refused: why, or NULL for neither. */
static const char *
refused(const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor != NULL)
		return "YAML anchors are not allowed";
	if (tag != NULL)
		return "YAML tags are not allowed";
	return NULL;
}

static int
parse_yaml(struct doc *d, struct doc_error *err)
{
	yaml_parser_t	 parser;
	yaml_event_t	 ev;
	struct builder	 b;
	struct ynode	*n;
	const char	*p, *end, *why;
	size_t		 alloc = 64, len = d->fm_end - d->fm_off;
	unsigned	 line, col;
	int		 rc = 0, done = 0, i, ndocs = 0;

	memset(&b, 0, sizeof(b));
	b.d = d;
	b.err = err;
	b.yaml = d->data + d->fm_off;
	b.len = len;
	for (i = 0; i < YAML_DEPTH_MAX + 2; i++) {
		b.kids[i] = b.kin[i];
		b.ak[i] = KIDS_INLINE;
	}
	b.simple = 1;	/* for now: the text is ASCII */
	for (p = b.yaml, end = b.yaml + len; p + 8 <= end; p += 8) {
		uint64_t	 word;

		memcpy(&word, p, 8);
		if (word & 0x8080808080808080ULL)
			break;
	}
	for (; p < end; p++)
		if ((unsigned char)*p >= 0x80) {
			b.simple = 0;
			break;
		}
	b.lf = b.simple ? cr_lf(b.yaml, end) : lf_only(b.yaml, end);
	b.simple = b.simple && b.lf;
	if (!b.simple) {
		b.lines = xreallocarray(NULL, alloc, sizeof(*b.lines));
		alloc = yaml_lines(&b, alloc);
	}
	if (!yaml_parser_initialize(&parser))
		errx(EX_OSERR, "cannot initialise the YAML parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)b.yaml,
	    len);
	yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
	while (rc == 0 && !done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			rc = yaml_error(&b, &parser);
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			/* "--- {x: 1}" in the front matter starts another. */
			if (ndocs++ > 0) {
				mark_pos(&b, ev.start_mark, &line, &col);
				rc = doc_fail(err, line, col, "a second YAML "
				    "document is not allowed (the front matter "
				    "ends at a line of its own '---')");
			}
			break;
		case YAML_ALIAS_EVENT:
			n = node_new(&b, Y_SCALAR, ev.start_mark);
			rc = doc_fail(err, n->line, n->col,
			    "YAML aliases are not allowed");
			break;
		case YAML_SCALAR_EVENT:
			n = node_new(&b, Y_SCALAR, ev.start_mark);
			if ((why = refused(ev.data.scalar.anchor,
			    ev.data.scalar.tag)) != NULL) {
				rc = doc_fail(err, n->line, n->col, "%s", why);
				break;
			}
			/* An escape ("\0", "\x00", "\u0000") makes a NUL. */
			if (memchr(ev.data.scalar.value, '\0',
			    ev.data.scalar.length) != NULL) {
				rc = doc_fail(err, n->line, n->col, "a key or "
				    "value cannot hold a NUL character");
				break;
			}
			n->end = d->fm_off + mark_off(&b, ev.end_mark);
			n->str = doc_strndup(d,
			    (const char *)ev.data.scalar.value,
			    ev.data.scalar.length);
			n->len = ev.data.scalar.length;
			switch (ev.data.scalar.style) {
			case YAML_SINGLE_QUOTED_SCALAR_STYLE:
				n->style = YS_SINGLE;
				break;
			case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
				n->style = YS_DOUBLE;
				break;
			case YAML_LITERAL_SCALAR_STYLE:
				n->style = YS_LITERAL;
				break;
			case YAML_FOLDED_SCALAR_STYLE:
				n->style = YS_FOLDED;
				break;
			default:
				n->style = YS_PLAIN;
			}
			if (b.depth == 0 && n->style == YS_PLAIN &&
			    ynode_null(n)) {
				/* "---\n~\n---" and the like: no keys at all. */
				rc = doc_fail(err, n->line, n->col,
				    "front matter is not a mapping of keys to "
				    "values");
				break;
			}
			rc = attach(&b, n);
			break;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			n = node_new(&b, ev.type == YAML_SEQUENCE_START_EVENT ?
			    Y_SEQ : Y_MAP, ev.start_mark);
			why = ev.type == YAML_SEQUENCE_START_EVENT ?
			    refused(ev.data.sequence_start.anchor,
			    ev.data.sequence_start.tag) :
			    refused(ev.data.mapping_start.anchor,
			    ev.data.mapping_start.tag);
			if (why != NULL) {
				rc = doc_fail(err, n->line, n->col, "%s", why);
				break;
			}
			if (ev.type == YAML_SEQUENCE_START_EVENT)
				n->style = ev.data.sequence_start.style ==
				    YAML_FLOW_SEQUENCE_STYLE ? YS_FLOW :
				    YS_BLOCK;
			else
				n->style = ev.data.mapping_start.style ==
				    YAML_FLOW_MAPPING_STYLE ? YS_FLOW :
				    YS_BLOCK;
			if (b.depth == 0 && n->type != Y_MAP) {
				rc = doc_fail(err, n->line, n->col,
				    "front matter is not a mapping of keys to "
				    "values");
				break;
			}
			rc = open_node(&b, n);
			break;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			rc = close_node(&b, ev.end_mark);
			break;
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	for (i = 0; i < YAML_DEPTH_MAX + 2; i++) {
		if (b.kids[i] != b.kin[i])
			free(b.kids[i]);
		free(b.keyh[i]);
	}
	free(b.lines);
	if (rc == 0 && d->fm == NULL) {
		/* An empty front matter is an empty mapping. */
		d->fm = doc_alloc(d, sizeof(*d->fm));
		memset(d->fm, 0, sizeof(*d->fm));
		d->fm->type = Y_MAP;
		d->fm->style = YS_BLOCK;
		d->fm->line = d->fm_line;
		d->fm->col = 1;
		d->fm->off = d->fm->end = d->fm_off;
	}
	return rc;
}

/* Is the node absent, or a plain null: empty, ~ or null? */
int
ynode_null(const struct ynode *n)
{
	if (n == NULL)
		return 1;
	if (n->type != Y_SCALAR || n->style != YS_PLAIN)
		return 0;
	if (n->len == 0)
		return 1;
	if (n->len == 1)
		return n->str[0] == '~';
	return n->len == 4 && (strcmp(n->str, "null") == 0 ||
	    strcmp(n->str, "Null") == 0 || strcmp(n->str, "NULL") == 0);
}

/*
 * Parse a record held in data (len bytes, data[len] == '\0'), which the
 * doc takes over.  On failure the doc still owns data and must be freed.
 */
static int
doc_start(struct doc *d, const char *path, char *data, size_t len,
    struct doc_error *err)
{
	const char	*nul;
	size_t		 bad;
	unsigned	 line, col;

	memset(d, 0, sizeof(*d));
	d->path = path;
	d->data = data;
	d->len = len;
	if (err != NULL)
		memset(err, 0, sizeof(*err));
	/* Nodes and strings take about twice the text: one chunk. */
	d->mem.first = 2 * len + 1024;
	/* Known before any error, so that the BOM is never a column. */
	d->bom = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0;
	if ((nul = memchr(data, '\0', len)) != NULL) {
		doc_pos(d, (size_t)(nul - data), &line, &col);
		return doc_fail(err, line, col, "NUL byte in a text record");
	}
	if (!utf8_valid(data, len, &bad)) {
		doc_pos(d, bad, &line, &col);
		return doc_fail(err, line, col, "invalid UTF-8 (byte 0x%02x)",
		    (unsigned char)data[bad]);
	}
	return 0;
}

/* Parse a record: BOM, front matter between --- lines, and body. */
int
doc_parse(struct doc *d, const char *path, char *data, size_t len,
    struct doc_error *err)
{
	int	 rc;

	if ((rc = doc_parse_fm(d, path, data, len, err)) == 0)
		doc_scan_body(d);
	return rc;
}

/*
 * Parse a record's front matter only: headings and task items are not
 * looked for (for readers that need neither).
 */
int
doc_parse_fm(struct doc *d, const char *path, char *data, size_t len,
    struct doc_error *err)
{
	const char	*p, *end = data + len, *next;
	unsigned	 line;

	if (doc_start(d, path, data, len, err) != 0)
		return EX_DATAERR;
	p = data + (d->bom ? 3 : 0);
	if (!line_is(p, end, "---", &next))
		return doc_fail(err, 1, 1,
		    "no front matter: the first line must be '---'");
	d->crlf = next - p >= 2 && next[-2] == '\r';
	d->fm_off = (size_t)(next - data);
	d->fm_line = 2;
	line = 2;
	for (p = next; p < end; line++) {
		if ((*p == '-' || *p == '.') && (line_is(p, end, "---", &next) ||
		    line_is(p, end, "...", &next))) {
			d->fm_end = (size_t)(p - data);
			d->close_end = (size_t)(next - data);
			d->close_line = line;
			d->body_line = line + 1;
			break;
		}
		if ((next = memchr(p, '\n', (size_t)(end - p))) == NULL)
			break;
		p = next + 1;
	}
	if (d->close_line == 0)
		return doc_fail(err, 1, 1,
		    "front matter has no closing '---' line");
	if (parse_yaml(d, err) != 0)
		return EX_DATAERR;
	return 0;
}

/*
 * Parse a plain YAML file (mentor.yaml): the whole file is the mapping,
 * there is no body.  A file that starts with "---" is read as a record.
 */
int
doc_parse_yaml(struct doc *d, const char *path, char *data, size_t len,
    struct doc_error *err)
{
	const char	*p, *nl;
	size_t		 skip;

	skip = len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	if (line_is(data + skip, data + len, "---", &p))
		return doc_parse(d, path, data, len, err);
	if (doc_start(d, path, data, len, err) != 0)
		return EX_DATAERR;
	p = data + skip;
	nl = memchr(p, '\n', len - skip);
	d->crlf = nl != NULL && nl > p && nl[-1] == '\r';
	d->fm_off = skip;
	d->fm_end = d->close_end = len;
	d->fm_line = 1;
	d->body_line = doc_line_at(d, len) + 1;
	return parse_yaml(d, err) != 0 ? EX_DATAERR : 0;
}

/* The index in the front matter mapping of a top-level key, or -1. */
static long
fm_index(const struct doc *d, const char *key)
{
	size_t	 i;

	if (d->fm == NULL)
		return -1;
	for (i = 0; i + 1 < d->fm->nkids; i += 2)
		if (d->fm->kids[i]->str[0] == key[0] &&
		    strcmp(d->fm->kids[i]->str, key) == 0)
			return (long)i;
	return -1;
}

/* The value of a top-level key, or NULL. */
struct ynode *
fm_get(const struct doc *d, const char *key)
{
	long	 i = fm_index(d, key);

	return i < 0 ? NULL : d->fm->kids[i + 1];
}

/* The key node of a top-level key, or NULL. */
struct ynode *
fm_key(const struct doc *d, const char *key)
{
	long	 i = fm_index(d, key);

	return i < 0 ? NULL : d->fm->kids[i];
}

/* The string value of a top-level scalar key; NULL when absent or null. */
const char *
fm_str(const struct doc *d, const char *key)
{
	struct ynode	*n = fm_get(d, key);

	if (n == NULL || n->type != Y_SCALAR || ynode_null(n))
		return NULL;
	return n->str;
}

/*
 * The items of a list field: a sequence's items, or a scalar as a list of
 * one (a null scalar as none).  *one is storage for that single item.
 */
size_t
ynode_items(struct ynode *n, struct ynode ***items, struct ynode **one)
{
	if (n == NULL || ynode_null(n)) {
		*items = NULL;
		return 0;
	}
	if (n->type == Y_SEQ) {
		*items = n->kids;
		return n->nkids;
	}
	*one = n;
	*items = one;
	return 1;
}

/* The body: the bytes after the closing front matter line. */
int
doc_body(const struct doc *d, const char **p, size_t *n)
{
	*p = d->data + d->close_end;
	*n = d->len - d->close_end;
	return 0;
}

/* The text of heading i, or NULL. */
const char *
doc_heading_text(const struct doc *d, int i)
{
	if (i < 0 || (size_t)i >= d->nheads)
		return NULL;
	return d->heads[i].text;
}
