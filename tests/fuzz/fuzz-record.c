#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"

/*
 * A libFuzzer target for the record parser and the surgical editor
 * (tests/fuzz/README).  Each input is parsed as a record and as a plain
 * YAML file; a failure must say where and what, a success must give a
 * tree whose offsets, lines and columns point at the file's bytes.  Then
 * each parsed doc is edited, and every edit the library accepts must
 * read back as intended, keep every other key's value and change no byte
 * outside the key's lines or the task's status character.  A property
 * that does not hold ends the run with abort(), which libFuzzer records
 * as a crash.
 */

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

/* The journal validate_record checks against (set by tests/fuzz/run). */
#ifndef FUZZ_JOURNAL
#define FUZZ_JOURNAL	NULL
#endif

static FILE		*report;	/* stderr, kept from -close_fd_mask */
static struct journal	 J;
static int		 have_journal;
static int		 checks_on[C_NCHECKS];
static const char	*what_input;	/* "record" or "yaml", for messages */

/* Values set with edit_set: quoting, YAML syntax, line breaks, UTF-8. */
static const char *const values[] = {
	"x", "a: b", "#x", "\xc3\xbc" "n\xc3\xaf", "", "- x", "null", "~",
	"it's", "say \"hi\"", "two\nlines", "cr\rlf\r\n", " lead", "trail ",
	"[a, b]", "{a: 1}", "x # y", "\xc2\x85nel", "ls\xe2\x80\xa8", "\t",
	"back\\slash", "---", "...", "*alias", "&anchor", "!tag", "%x", "@x",
	"`x", "|", ">", "?", "-", "--x", "a:b", "100", "2026-01-01", "true",
	"\xef\xbb\xbf" "bom", "del\x7f", "ctl\x01", "tab\there", ":x", "x:",
	"'", "\"", "a,b", "\xe3\x81\x82\xe3\x81\x84", "\xf0\x9f\x98\x80",
	"-1", "a  #b", "#", "x\n---\ny: z"
};
#define NVALUES	(sizeof(values) / sizeof(values[0]))

static const char *const rels[] = {
	"people/jane-smith.md", "goals/public-speaking.md",
	"log/2026/2026-11-21-four-months-in.md", "log/2026/note.md"
};

static void MENTOR_NORETURN MENTOR_PRINTF(1, 2)
fail(const char *fmt, ...)
{
	va_list	 ap;

	fprintf(report, "fuzz-record: %s: ", what_input);
	va_start(ap, fmt);
	vfprintf(report, fmt, ap);
	va_end(ap);
	fputc('\n', report);
	fflush(report);
	abort();
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char	*dir;
	int		 fd, i;

	(void)argc;
	(void)argv;
	/* libFuzzer may close stderr later (-close_fd_mask=2): keep it. */
	if ((fd = dup(STDERR_FILENO)) == -1 ||
	    (report = fdopen(fd, "w")) == NULL)
		report = stderr;
	setenv("MENTOR_TODAY", "2026-11-21", 1);
	unsetenv("MENTOR_JOURNAL");
	if ((dir = getenv("MENTOR_FUZZ_JOURNAL")) == NULL)
		dir = FUZZ_JOURNAL;
	if (dir != NULL && *dir != '\0' && access(dir, R_OK) == 0 &&
	    journal_find(&J, dir, JF_QUIET) == 0) {
		validate_prepare(&J);
		for (i = 0; i < C_NCHECKS; i++)
			checks_on[i] = 1;
		have_journal = 1;
	}
	return 0;
}

/* The input as the programs read a file: malloc'd, NUL after the end. */
static char *
copy(const char *p, size_t n)
{
	char	*s = xmalloc(n + 1);

	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

/* Lines in the text: line breaks, plus an unfinished last line. */
static unsigned long
count_lines(const char *p, size_t n)
{
	unsigned long	 lines = 0;
	size_t		 i;

	for (i = 0; i < n; i++)
		if (p[i] == '\n')
			lines++;
	if (n > 0 && p[n - 1] != '\n')
		lines++;
	return lines;
}

static int
key_ok(const char *k)
{
	if (*k == '\0')
		return 0;
	for (; *k != '\0'; k++)
		if (!((*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') ||
		    (*k >= '0' && *k <= '9') || *k == '_' || *k == '-'))
			return 0;
	return 1;
}

/* Is the key node's value exactly the string key (no NUL inside)? */
static int
key_is(const struct ynode *k, const char *key)
{
	return k->len == strlen(key) && memcmp(k->str, key, k->len) == 0;
}

/* The index of key's node in the top-level mapping, or -1. */
static long
key_index(const struct doc *d, const char *key)
{
	size_t	 i;

	for (i = 0; i + 1 < d->fm->nkids; i += 2)
		if (key_is(d->fm->kids[i], key))
			return (long)i;
	return -1;
}

/*
 * Lines and columns of the doc being checked, in constant time: for each
 * byte offset, the line breaks and the characters before it, and where
 * each line starts (made once a doc by pos_index).  Looking them up from
 * the start of the file for every node would make a big input (1 MiB of
 * keys) quadratic in the harness itself.
 */
static uint32_t	*pos_nl, *pos_cs, *pos_ls;
static size_t	 pos_alloc;

static void
pos_index(const struct doc *d)
{
	size_t	 i, nl = 0;

	if (d->len + 1 > pos_alloc) {
		pos_alloc = d->len + 1;
		pos_nl = xreallocarray(pos_nl, pos_alloc, sizeof(*pos_nl));
		pos_cs = xreallocarray(pos_cs, pos_alloc, sizeof(*pos_cs));
		pos_ls = xreallocarray(pos_ls, pos_alloc + 1, sizeof(*pos_ls));
	}
	pos_ls[0] = 0;
	pos_nl[0] = pos_cs[0] = 0;
	for (i = 0; i < d->len; i++) {
		pos_nl[i + 1] = pos_nl[i] + (d->data[i] == '\n');
		pos_cs[i + 1] = pos_cs[i] +
		    (((unsigned char)d->data[i] & 0xC0) != 0x80);
		if (d->data[i] == '\n')
			pos_ls[++nl] = (uint32_t)(i + 1);
	}
}

/* The 1-based line of off (pos_index first). */
static unsigned
line_at(size_t off)
{
	return pos_nl[off] + 1;
}

/* The 1-based column of off: characters after its line's start, + 1. */
static unsigned
col_at(const struct doc *d, size_t off)
{
	size_t	 p = pos_ls[pos_nl[off]];

	if (p == 0 && d->bom)
		p = 3;
	return p >= off ? 1 : pos_cs[off] - pos_cs[p] + 1;
}

/* Does [p, p + n) hold a character libyaml takes for a line break? */
static int
has_break(const char *p, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\n' || p[i] == '\r')
			return 1;
		if (i + 1 < n && (unsigned char)p[i] == 0xC2 &&
		    (unsigned char)p[i + 1] == 0x85)
			return 1;
		if (i + 2 < n && (unsigned char)p[i] == 0xE2 &&
		    (unsigned char)p[i + 1] == 0x80 &&
		    ((unsigned char)p[i + 2] == 0xA8 ||
		    (unsigned char)p[i + 2] == 0xA9))
			return 1;
	}
	return 0;
}

/*
 * A node's bytes: inside the YAML text, at the line and column it says;
 * a plain scalar on one line is exactly its bytes, quoted scalars and
 * flow collections start and end with their brackets.
 */
static void
check_node(const struct doc *d, const struct ynode *n, int depth)
{
	size_t		 i;
	unsigned	 line, col;
	char		 open = 0, close = 0;
	int		 tagged;

	if (depth > YAML_DEPTH_MAX + 1)
		fail("node nested %d deep", depth);
	if (n->off > n->end || n->off < d->fm_off || n->end > d->fm_end)
		fail("node at %u:%u: bytes [%zu, %zu) outside the YAML text "
		    "[%zu, %zu)", n->line, n->col, n->off, n->end, d->fm_off,
		    d->fm_end);
	line = line_at(n->off);
	col = col_at(d, n->off);
	/*
	 * At the end of the text libyaml starts a new line first: an empty
	 * node there ("?" with no newline) is on the line after.
	 */
	if (n->off == d->fm_end && n->col == 1 && n->line == line + 1)
		line = n->line, col = 1;
	if (n->line != line || n->col != col)
		fail("node at byte %zu says %u:%u, the file has it at %u:%u",
		    n->off, n->line, n->col, line, col);
	/* A tagged node starts at its tag ("!x"), which the tree ignores. */
	tagged = d->data[n->off] == '!';
	switch (n->type) {
	case Y_SCALAR:
		if (n->str == NULL || n->str[n->len] != '\0' || n->nkids != 0)
			fail("scalar at %u:%u: bad string", n->line, n->col);
		if (n->style == YS_PLAIN && n->len > 0 && !tagged &&
		    !has_break(d->data + n->off, n->end - n->off) &&
		    (n->end - n->off != n->len ||
		    memcmp(d->data + n->off, n->str, n->len) != 0))
			fail("plain scalar at %u:%u is '%s', its bytes '%.*s'",
			    n->line, n->col, n->str, (int)(n->end - n->off),
			    d->data + n->off);
		if (n->style == YS_SINGLE)
			open = close = '\'';
		else if (n->style == YS_DOUBLE)
			open = close = '"';
		break;
	case Y_SEQ:
	case Y_MAP:
		if (n->type == Y_MAP && n->nkids % 2 != 0)
			fail("mapping at %u:%u has %zu nodes", n->line, n->col,
			    n->nkids);
		if (n->nkids > 0 && n->kids == NULL)
			fail("collection at %u:%u: no kids", n->line, n->col);
		/* "[a: b]" holds a flow mapping with no braces. */
		if (n->style == YS_FLOW && (n->type == Y_SEQ ||
		    d->data[n->off] == '{' || tagged)) {
			open = n->type == Y_SEQ ? '[' : '{';
			close = n->type == Y_SEQ ? ']' : '}';
		}
		for (i = 0; i < n->nkids; i++) {
			if (n->kids[i]->off < n->off)
				fail("node at %u:%u starts before its parent "
				    "at %u:%u", n->kids[i]->line,
				    n->kids[i]->col, n->line, n->col);
			check_node(d, n->kids[i], depth + 1);
		}
		break;
	default:
		fail("node at %u:%u has type %d", n->line, n->col, n->type);
	}
	if (open != 0 && !tagged && (n->end - n->off < 2 ||
	    d->data[n->off] != open || d->data[n->end - 1] != close))
		fail("node at %u:%u (style %d): bytes '%.*s' not in %c%c",
		    n->line, n->col, n->style, (int)(n->end - n->off),
		    d->data + n->off, open, close);
}

static int
key_cmp(const void *a, const void *b)
{
	const struct ynode	*x = *(const struct ynode *const *)a;
	const struct ynode	*y = *(const struct ynode *const *)b;

	if (x->len != y->len)
		return x->len < y->len ? -1 : 1;
	return memcmp(x->str, y->str, x->len);
}

/*
 * No mapping that parsed holds a key twice (the parser refuses them,
 * through a hash table once a mapping is big: a key it missed shows
 * here), at any depth.
 */
static void
check_keys(const struct ynode *n)
{
	const struct ynode	**k;
	size_t			 i, m = 0;

	for (i = 0; i < n->nkids; i++)
		if (n->kids[i]->type != Y_SCALAR)
			check_keys(n->kids[i]);
	if (n->type != Y_MAP || n->nkids < 4)
		return;
	k = xreallocarray(NULL, n->nkids / 2, sizeof(*k));
	for (i = 0; i + 1 < n->nkids; i += 2)
		k[m++] = n->kids[i];
	qsort(k, m, sizeof(*k), key_cmp);
	for (i = 1; i < m; i++)
		if (key_cmp(&k[i - 1], &k[i]) == 0)
			fail("mapping at %u:%u has key '%s' twice (lines %u "
			    "and %u)", n->line, n->col, k[i]->str,
			    k[i - 1]->line, k[i]->line);
	free(k);
}

/* What a successful parse promises about the doc. */
static void
check_doc(const struct doc *d)
{
	const struct task	*t;
	size_t			 i;

	if (d->data == NULL || d->data[d->len] != '\0')
		fail("data not NUL-terminated");
	if (d->fm == NULL || d->fm->type != Y_MAP)
		fail("no front matter mapping");
	if (!(d->fm_off <= d->fm_end && d->fm_end <= d->close_end &&
	    d->close_end <= d->len))
		fail("bad layout: fm [%zu, %zu), close_end %zu, len %zu",
		    d->fm_off, d->fm_end, d->close_end, d->len);
	pos_index(d);
	if (d->close_line != 0 && (d->close_line != line_at(d->fm_end) ||
	    d->body_line != d->close_line + 1))
		fail("closing line %u, body line %u; the file has %u",
		    d->close_line, d->body_line, line_at(d->fm_end));
	check_node(d, d->fm, 0);
	check_keys(d->fm);
	for (i = 0; i + 1 < d->fm->nkids; i += 2)
		if (d->fm->kids[i]->type != Y_SCALAR)
			fail("key %zu is not a scalar", i / 2);
	for (i = 0; i < d->nheads; i++)
		if (d->heads[i].text == NULL || d->heads[i].level < 1 ||
		    d->heads[i].level > 6 || d->heads[i].line < d->body_line)
			fail("bad heading %zu (line %u)", i, d->heads[i].line);
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (!(d->close_end <= t->off && t->off < t->box &&
		    t->box + 1 < t->eol && t->eol <= d->len))
			fail("task %zu (line %u): off %zu box %zu eol %zu",
			    i, t->line, t->off, t->box, t->eol);
		if (d->data[t->box - 1] != '[' || d->data[t->box + 1] != ']' ||
		    strchr(" xX/-", d->data[t->box]) == NULL ||
		    t->status != (d->data[t->box] == 'X' ? 'x' :
		    d->data[t->box]))
			fail("task %zu (line %u): no box at %zu", i, t->line,
			    t->box);
		if (t->line != line_at(t->off))
			fail("task %zu says line %u, the file has %u", i,
			    t->line, line_at(t->off));
		if (t->text == NULL || t->section >= (int)d->nheads ||
		    t->section < -1)
			fail("task %zu (line %u): bad text or section", i,
			    t->line);
	}
}

/* A parse failure says where (a line of the file) and what. */
static void
check_error(int rc, const struct doc_error *e, unsigned long lines)
{
	if (rc != EX_DATAERR)
		fail("parse failed with %d, not %d", rc, EX_DATAERR);
	if (e->line < 1 || e->line > lines + 1 || e->col < 1)
		fail("error at %u:%u in a file of %lu lines: %s", e->line,
		    e->col, lines, e->msg);
	if (e->msg[0] == '\0' || memchr(e->msg, '\0', sizeof(e->msg)) ==
	    NULL)
		fail("error at %u:%u has no message", e->line, e->col);
}

static int
parse(struct doc *d, int yaml, const char *p, size_t n,
    struct doc_error *e)
{
	char	*data = copy(p, n);

	return yaml ? doc_parse_yaml(d, "fuzz.md", data, n, e) :
	    doc_parse(d, "fuzz.md", data, n, e);
}

/* Parse an edit's output the way the doc was parsed; it must parse. */
static void
reparse(const struct doc *d, const struct buf *out, struct doc *nd,
    const char *op)
{
	struct doc_error	 e;

	if (parse(nd, d->close_line == 0, out->buf, out->len, &e) != 0)
		fail("%s: the output does not parse: %u:%u: %s", op, e.line,
		    e.col, e.msg);
	check_doc(nd);
}

static int
same_node(const struct ynode *a, const struct ynode *b)
{
	size_t	 i;

	if (a->type != b->type || a->style != b->style ||
	    a->nkids != b->nkids)
		return 0;
	if (a->type == Y_SCALAR)
		return a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
	for (i = 0; i < a->nkids; i++)
		if (!same_node(a->kids[i], b->kids[i]))
			return 0;
	return 1;
}

/*
 * Every top-level pair of d but key's is in nd, in the same order with
 * the same value; key is where it was (or last, when added), or gone.
 */
static void
check_others(const struct doc *d, const struct doc *nd, const char *key,
    int gone, const char *op)
{
	const struct ynode	*a = d->fm, *b = nd->fm;
	long			 ka = key_index(d, key);
	long			 kb = key_index(nd, key);
	size_t			 i = 0, j = 0;

	if (gone && kb != -1)
		fail("%s: key '%s' is still there", op, key);
	if (!gone && ka != -1 && kb != ka)
		fail("%s: key '%s' moved from pair %ld to %ld", op, key,
		    ka / 2, kb / 2);
	if (!gone && ka == -1 && kb != (long)b->nkids - 2)
		fail("%s: new key '%s' is pair %ld of %zu", op, key, kb / 2,
		    b->nkids / 2);
	for (;;) {
		if (i < a->nkids && (long)i == ka)
			i += 2;
		if (j < b->nkids && (long)j == kb)
			j += 2;
		if (i >= a->nkids || j >= b->nkids)
			break;
		if (!same_node(a->kids[i], b->kids[j]))
			fail("%s of '%s': key %zu '%s' became '%s'", op, key,
			    i / 2, a->kids[i]->str, b->kids[j]->str);
		if (!same_node(a->kids[i + 1], b->kids[j + 1]))
			fail("%s of '%s': the value of '%s' changed", op, key,
			    a->kids[i]->str);
		i += 2;
		j += 2;
	}
	if (i < a->nkids || j < b->nkids)
		fail("%s of '%s': %zu pairs became %zu", op, key, a->nkids / 2,
		    b->nkids / 2);
}

/*
 * The bytes of d before lo and from hi on are those at the start and
 * the end of out.
 */
static void
check_kept(const struct doc *d, const struct buf *out, size_t lo,
    size_t hi, const char *op, const char *key)
{
	size_t	 tail = d->len - hi;

	if (out->len < lo + tail || memcmp(d->data, out->buf, lo) != 0 ||
	    memcmp(d->data + hi, out->buf + out->len - tail, tail) != 0)
		fail("%s of '%s': bytes outside [%zu, %zu) changed", op, key,
		    lo, hi);
}

/*
 * Where the line holding off starts for libyaml, which also breaks lines
 * at a lone CR, NEL, LS and PS (not before lo).
 */
static size_t
yaml_line_start(const struct doc *d, size_t off, size_t lo)
{
	const unsigned char	*u = (const unsigned char *)d->data;

	for (; off > lo; off--) {
		if (u[off - 1] == '\n' || u[off - 1] == '\r')
			break;
		if (off - lo >= 2 && u[off - 2] == 0xC2 && u[off - 1] == 0x85)
			break;
		if (off - lo >= 3 && u[off - 3] == 0xE2 && u[off - 2] == 0x80 &&
		    (u[off - 1] == 0xA8 || u[off - 1] == 0xA9))
			break;
	}
	return off;
}

/* The bytes an edit of the pair at index i may touch: its lines. */
static void
pair_lines(const struct doc *d, long i, size_t *lo, size_t *hi)
{
	const struct ynode	*fm = d->fm;

	*lo = yaml_line_start(d, fm->kids[i]->off, d->fm_off);
	*hi = (size_t)i + 2 < fm->nkids ?
	    yaml_line_start(d, fm->kids[i + 2]->off, d->fm_off) : d->fm_end;
}

/* Set key to one value (nvals 1) or a flow list, and check the result. */
static void
try_set(const struct doc *d, const char *key, const char *const *vals,
    size_t nvals, int aslist)
{
	struct buf		 out = BUF_INIT;
	struct doc		 nd;
	const struct ynode	*v, *item;
	const char		*op = aslist ? "edit_set (list)" : "edit_set";
	size_t			 lo, hi, i;
	long			 k;
	int			 rc;

	rc = edit_set(d, key, vals, nvals, aslist, &out);
	if (rc != 0) {
		/* Refused, by design: see verify() in lib/edit.c. */
		if (rc != EX_DATAERR && rc != EX_USAGE)
			fail("%s of '%s' returned %d", op, key, rc);
		if (out.len != 0)
			fail("%s of '%s' failed but wrote %zu bytes", op, key,
			    out.len);
		buf_release(&out);
		return;
	}
	if (!key_ok(key))
		fail("%s took the bad key '%s'", op, key);
	reparse(d, &out, &nd, op);
	if ((k = key_index(&nd, key)) == -1)
		fail("%s: key '%s' is not there", op, key);
	v = nd.fm->kids[k + 1];
	if (aslist && (v->type != Y_SEQ || v->nkids != nvals))
		fail("%s: '%s' is not a list of %zu", op, key, nvals);
	for (i = 0; i < nvals; i++) {
		item = aslist ? v->kids[i] : v;
		if (item->type != Y_SCALAR || ynode_null(item) ||
		    item->len != strlen(vals[i]) ||
		    memcmp(item->str, vals[i], item->len) != 0)
			fail("%s: '%s' reads back as '%s', not '%s'", op, key,
			    item->type == Y_SCALAR ? item->str : "(no scalar)",
			    vals[i]);
	}
	check_others(d, &nd, key, 0, op);
	if ((k = key_index(d, key)) == -1)
		check_kept(d, &out, d->fm_end, d->fm_end, op, key);
	else {
		pair_lines(d, k, &lo, &hi);
		check_kept(d, &out, lo, hi, op, key);
	}
	doc_free(&nd);
	buf_release(&out);
}

static void
try_unset(const struct doc *d, const char *key)
{
	struct buf	 out = BUF_INIT;
	struct doc	 nd;
	size_t		 lo, hi;
	long		 k;
	int		 rc;

	if ((rc = edit_unset(d, key, &out)) != 0) {
		if (rc != EX_DATAERR && rc != EX_USAGE)
			fail("edit_unset of '%s' returned %d", key, rc);
		if (out.len != 0)
			fail("edit_unset of '%s' failed but wrote %zu bytes",
			    key, out.len);
		buf_release(&out);
		return;
	}
	if ((k = key_index(d, key)) == -1) {
		if (out.len != d->len || memcmp(out.buf, d->data, d->len) != 0)
			fail("edit_unset of absent '%s' changed the file", key);
		buf_release(&out);
		return;
	}
	reparse(d, &out, &nd, "edit_unset");
	check_others(d, &nd, key, 1, "edit_unset");
	pair_lines(d, k, &lo, &hi);
	check_kept(d, &out, lo, hi, "edit_unset", key);
	if (out.len > d->len)
		fail("edit_unset of '%s' made the file longer", key);
	doc_free(&nd);
	buf_release(&out);
}

/* Change task i's status: only its status character changes. */
static void
try_status(const struct doc *d, size_t i, int status)
{
	struct buf		 out = BUF_INIT;
	struct doc		 nd;
	const struct task	*t = &d->tasks[i], *nt;
	size_t			 k;
	int			 rc;

	if ((rc = edit_task_status(d, t, status, &out)) != 0)
		fail("edit_task_status of task %zu (line %u) to '%c' "
		    "returned %d", i, t->line, status, rc);
	if (out.len != d->len || memcmp(out.buf, d->data, t->box) != 0 ||
	    out.buf[t->box] != status || memcmp(out.buf + t->box + 1,
	    d->data + t->box + 1, d->len - t->box - 1) != 0)
		fail("edit_task_status of task %zu (line %u) changed more "
		    "than its status", i, t->line);
	reparse(d, &out, &nd, "edit_task_status");
	if (nd.ntasks != d->ntasks || !same_node(d->fm, nd.fm))
		fail("edit_task_status: %zu tasks became %zu, or the front "
		    "matter changed", d->ntasks, nd.ntasks);
	for (k = 0; k < d->ntasks; k++) {
		nt = &nd.tasks[k];
		if (nt->off != d->tasks[k].off ||
		    nt->line != d->tasks[k].line ||
		    nt->status != (k == i ? (status == 'X' ? 'x' : status) :
		    d->tasks[k].status))
			fail("edit_task_status of task %zu: task %zu (line %u) "
			    "now [%c] at line %u", i, k, d->tasks[k].line,
			    nt->status, nt->line);
	}
	doc_free(&nd);
	buf_release(&out);
}

/* Tasks other than skip (-1: none) read as in d, and nd's front matter. */
static void
check_tasks_kept(const struct doc *d, const struct doc *nd, size_t skip,
    const char *op)
{
	const struct task	*a, *b;
	size_t			 k;

	if (!same_node(d->fm, nd->fm))
		fail("%s: the front matter changed", op);
	if (nd->ntasks != d->ntasks)
		fail("%s: %zu tasks became %zu", op, d->ntasks, nd->ntasks);
	for (k = 0; k < d->ntasks; k++) {
		a = &d->tasks[k];
		b = &nd->tasks[k];
		if (k == skip)
			continue;
		if (b->line != a->line || b->status != a->status ||
		    b->done != a->done || b->due != a->due ||
		    strcmp(b->text, a->text) != 0)
			fail("%s: task %zu (line %u) changed", op, k, a->line);
	}
}

/*
 * Stamp task i with done:/due: a date, or remove the stamp: only the
 * task's line changes, and the date reads back.
 */
static void
try_stamp(const struct doc *d, size_t i, const char *name, mdate date)
{
	struct buf		 out = BUF_INIT;
	struct doc		 nd;
	const struct task	*t = &d->tasks[i], *nt;
	mdate			 got;
	int			 rc;

	if ((rc = edit_task_stamp(d, t, name, date, &out)) != 0)
		fail("edit_task_stamp %s of task %zu (line %u) returned %d",
		    name, i, t->line, rc);
	if (memcmp(out.buf, d->data, t->off) != 0 || out.len < t->off +
	    (d->len - t->eol) || memcmp(out.buf + out.len - (d->len - t->eol),
	    d->data + t->eol, d->len - t->eol) != 0)
		fail("edit_task_stamp %s of task %zu (line %u) changed other "
		    "lines", name, i, t->line);
	reparse(d, &out, &nd, "edit_task_stamp");
	check_tasks_kept(d, &nd, i, "edit_task_stamp");
	nt = &nd.tasks[i];
	got = name[1] == 'o' ? nt->done : nt->due;
	if (nt->status != t->status || (date != DATE_NONE && got != date))
		fail("edit_task_stamp %s of task %zu (line %u): reads [%c] "
		    "%s:%d, want [%c] %d", name, i, t->line, nt->status, name,
		    (int)got, t->status, (int)date);
	doc_free(&nd);
	buf_release(&out);
}

/*
 * Append an open task under a heading: the old bytes stay, the old tasks
 * read as before, and the new one reads back.
 */
static void
try_append(const struct doc *d, const char *heading, const char *text)
{
	struct buf		 out = BUF_INIT;
	struct doc		 nd;
	const struct task	*a, *b;
	size_t			 p = 0, s = 0, k, j, tn;
	const char		*tp;
	int			 rc;

	/* The item's text reads back without its blanks at either end. */
	for (tp = text; *tp == ' ' || *tp == '\t'; tp++)
		;
	for (tn = strlen(tp); tn > 0 && (tp[tn - 1] == ' ' ||
	    tp[tn - 1] == '\t'); tn--)
		;
	if ((rc = edit_task_append(d, heading, 2, text, &out)) != 0) {
		if (rc != EX_USAGE && rc != EX_DATAERR)
			fail("edit_task_append under '%s' returned %d",
			    heading, rc);
		buf_release(&out);
		return;
	}
	while (p < d->len && d->data[p] == out.buf[p])
		p++;
	while (s < d->len - p && d->data[d->len - 1 - s] ==
	    out.buf[out.len - 1 - s])
		s++;
	if (out.len <= d->len || p + s != d->len || p < d->close_end)
		fail("edit_task_append under '%s' is not an insertion in the "
		    "body", heading);
	reparse(d, &out, &nd, "edit_task_append");
	if (!same_node(d->fm, nd.fm) || nd.ntasks != d->ntasks + 1)
		fail("edit_task_append under '%s': %zu tasks became %zu, or "
		    "the front matter changed", heading, d->ntasks,
		    nd.ntasks);
	for (k = j = 0; k < nd.ntasks; k++) {
		b = &nd.tasks[k];
		if (j < d->ntasks) {
			a = &d->tasks[j];
			if (b->status == a->status && strcmp(b->text,
			    a->text) == 0 && b->done == a->done &&
			    b->due == a->due && j == k) {
				j++;
				continue;
			}
		}
		/* The new one, then the rest one later. */
		if (b->status != TASK_OPEN || strlen(b->text) != tn ||
		    memcmp(b->text, tp, tn) != 0 ||
		    strcasecmp(doc_heading_text(&nd, b->section) ?
		    doc_heading_text(&nd, b->section) : "", heading) != 0)
			fail("edit_task_append under '%s': task %zu (line %u) "
			    "is [%c] '%s' under '%s'", heading, k, b->line,
			    b->status, b->text, doc_heading_text(&nd,
			    b->section) ? doc_heading_text(&nd, b->section) :
			    "(none)");
		for (k++; k < nd.ntasks; k++, j++) {
			a = &d->tasks[j];
			b = &nd.tasks[k];
			if (b->status != a->status || strcmp(b->text,
			    a->text) != 0 || b->done != a->done ||
			    b->due != a->due)
				fail("edit_task_append under '%s': task %zu "
				    "(line %u) changed", heading, j, a->line);
		}
	}
	doc_free(&nd);
	buf_release(&out);
}

/*
 * The checks mentor-check runs (on a record at rel, building its model,
 * or on mentor.yaml when rel is NULL): they must not crash, and must say
 * where.
 */
static void
try_validate(struct doc *d, const char *rel, unsigned long lines)
{
	struct vctx	 cx;
	struct rec	 r;
	struct settings	 set;
	size_t		 i;

	memset(&r, 0, sizeof(r));
	if (!have_journal || (rel != NULL && rec_from_rel(rel, &r) != 0))
		return;
	memset(&cx, 0, sizeof(cx));
	cx.j = &J;
	cx.enabled = checks_on;
	if (rel != NULL)
		model_check(d, &r, date_today(), &cx);
	else {
		memset(&set, 0, sizeof(set));
		model_settings(d, &set, &cx);
		settings_release(&set);
	}
	for (i = 0; i < cx.n; i++)
		if (cx.v[i].line > lines + 1 || cx.v[i].msg == NULL ||
		    cx.v[i].msg[0] == '\0' || cx.v[i].check < 0 ||
		    cx.v[i].check >= C_NCHECKS)
			fail("model_check: problem %zu at %u:%u: %s", i,
			    cx.v[i].line, cx.v[i].col,
			    cx.v[i].msg ? cx.v[i].msg : "(null)");
	vctx_release(&cx);
	if (rel != NULL)
		rec_release(&r);
}

/* The most keys a record may have for the edits to be tried on it. */
#define EDIT_KEYS	10000

/*
 * Edit a parsed doc: set and unset "title" and one key of its own, set a
 * list, change the first and last task's status.  The values come from
 * the table and from the input's last bytes (the body: free to mutate).
 */
static void
edit_all(const struct doc *d, const char *p, size_t n)
{
	const char	*keys[2], *vals[2];
	char		 tail[17];
	size_t		 nkeys = 0, k, tn;
	unsigned	 h = 0;

	for (k = 0; k < n; k += 61)
		h = h * 31 + (unsigned char)p[k];
	h += (unsigned)n;
	tn = n < 16 ? n : 16;
	memcpy(tail, p + n - tn, tn);
	tail[tn] = '\0';		/* a NUL inside cuts it shorter */
	vals[0] = values[h % NVALUES];
	vals[1] = tail;

	keys[nkeys++] = "title";
	if (d->fm->nkids > 0) {
		k = (h / NVALUES) % (d->fm->nkids / 2) * 2;
		if (strlen(d->fm->kids[k]->str) == d->fm->kids[k]->len &&
		    strcmp(d->fm->kids[k]->str, "title") != 0)
			keys[nkeys++] = d->fm->kids[k]->str;
	}
	for (k = 0; k < nkeys; k++) {
		try_set(d, keys[k], &vals[0], 1, 0);
		try_set(d, keys[k], &vals[1], 1, 0);
		try_unset(d, keys[k]);
	}
	try_set(d, keys[nkeys - 1], vals, 2, 1);
	if (d->ntasks > 0) {
		try_status(d, 0, " /x-X"[h % 5]);
		if (d->ntasks > 1)
			try_status(d, d->ntasks - 1, " /x-X"[(h / 5) % 5]);
		k = (h / 25) % d->ntasks;
		try_stamp(d, k, h & 1 ? "done" : "due",
		    date_from_ymd(2026, 11, 21));
		try_stamp(d, k, h & 2 ? "done" : "due", DATE_NONE);
	}
	if (d->close_line != 0) {
		try_append(d, d->nheads > 0 ? d->heads[(h / 7) %
		    d->nheads].text : "Milestones", "new item");
		try_append(d, "Fuzz section", tail[0] != '\0' ? tail : "x");
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char		*p = (const char *)data;
	struct doc		 d;
	struct doc_error	 e;
	unsigned long		 lines = count_lines(p, size);
	int			 rc, yaml;

	for (yaml = 0; yaml <= 1; yaml++) {
		what_input = yaml ? "yaml" : "record";
		if ((rc = parse(&d, yaml, p, size, &e)) != 0)
			check_error(rc, &e, lines);
		else {
			check_doc(&d);
			try_validate(&d, yaml ? NULL : rels[size % 4], lines);
			/*
			 * Every edit parses the record three times: past
			 * EDIT_KEYS keys the dozen edits would take the
			 * time -timeout gives to find a parse slower than
			 * linear (check_edit.c edits 100,000 keys).
			 */
			if (d.fm == NULL || d.fm->nkids / 2 <= EDIT_KEYS)
				edit_all(&d, p, size);
		}
		doc_free(&d);
	}
	return 0;
}
