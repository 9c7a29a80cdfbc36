#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <dirent.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

#include "mentor.h"

/*
 * cache.c: the parse cache.  A record the cache holds must give exactly
 * the doc that parsing its bytes gives, and anything wrong with the cache
 * (a changed file, a damaged or foreign cache file, no place to keep one)
 * must only cost a parse.
 *
 * Every test makes its own journal, BASE/j.XXXXXX, with a log/2026
 * folder: the cache keys its folder on the journal's device and inode, so
 * no two tests share a cache file.  MENTOR_CACHE_DIR points at CACHE,
 * made in main(); both go at the end.
 */
static char	 base[] = "/tmp/check_cache.XXXXXX";
static char	 cachedir[] = "/tmp/check_cache_dir.XXXXXX";

#define FOLDER		"log/2026"
#define WHY		512

/* The file layout (cache.c): header fields and index entries. */
#define HDR_SIZE	64
#define HDR_FORMAT	8
#define HDR_ENDIAN	12
#define HDR_NENT	16
#define HDR_STAMP	24
#define HDR_IDX		32
#define HDR_NAMES	40
#define HDR_NAMESLEN	48
#define HDR_SUM		56
#define ENT_SIZE	56
#define ENT_BLOB_OFF	24
#define ENT_BLOB_SUM	32
#define ENT_BLOB_LEN	40

/*
 * Small files.
 */
static void
put_bytes(const char *path, const char *data, size_t len)
{
	FILE	*f;

	if ((f = fopen(path, "wb")) == NULL)
		err(1, "%s", path);
	if (len > 0 && fwrite(data, 1, len, f) != len)
		err(1, "%s", path);
	if (fclose(f) != 0)
		err(1, "%s", path);
}

static char *
get_bytes(const char *path, size_t *len)
{
	struct doc_error e;
	char		*data;

	ck_assert_msg(doc_readat(AT_FDCWD, path, &data, len, &e) == 0,
	    "%s: %s", path, e.msg);
	return data;
}

static void
mkdir_p(const char *path)
{
	if (mkdir(path, 0755) == -1 && errno != EEXIST)
		err(1, "%s", path);
}

/* What identifies a version of a file: a rewrite renames a new one in. */
struct ident {
	ino_t		 ino;
	off_t		 size;
	struct timespec	 mtime;
};

static void
ident(const char *path, struct ident *id)
{
	struct stat	 st;

	ck_assert_msg(stat(path, &st) == 0, "%s: %s", path, strerror(errno));
	id->ino = st.st_ino;
	id->size = st.st_size;
	id->mtime = st.st_mtim;
}

static int
same_ident(const struct ident *a, const struct ident *b)
{
	return a->ino == b->ino && a->size == b->size &&
	    a->mtime.tv_sec == b->mtime.tv_sec &&
	    a->mtime.tv_nsec == b->mtime.tv_nsec;
}

/* Names in a folder, "." and ".." aside; -1 when it cannot be read. */
static int
count_names(const char *path, int *ntmp)
{
	DIR		*dp;
	struct dirent	*de;
	size_t		 n;
	int		 k = 0;

	if (ntmp != NULL)
		*ntmp = 0;
	if ((dp = opendir(path)) == NULL)
		return -1;
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		k++;
		n = strlen(de->d_name);
		if (ntmp != NULL && n > 4 &&
		    strcmp(de->d_name + n - 4, ".tmp") == 0)
			(*ntmp)++;
	}
	closedir(dp);
	return k;
}

/*
 * A test journal: its folder, the journal, and where its cache lives.
 */
struct tj {
	char		*dir;
	struct journal	 j;
	char		*cfolder;	/* CACHE/<dev>-<ino> */
	char		*cfile;		/* its file for log/2026 */
};

static void
tj_new(struct tj *t)
{
	struct stat	 st;
	char		*p;

	xasprintf(&t->dir, "%s/j.XXXXXX", base);
	if (mkdtemp(t->dir) == NULL)
		err(1, "mkdtemp");
	xasprintf(&p, "%s/mentor.yaml", t->dir);
	put_bytes(p, "owner: Alex Doe\n", 16);
	free(p);
	xasprintf(&p, "%s/log", t->dir);
	mkdir_p(p);
	free(p);
	xasprintf(&p, "%s/%s", t->dir, FOLDER);
	mkdir_p(p);
	free(p);
	ck_assert_int_eq(journal_find(&t->j, t->dir, JF_QUIET), 0);
	ck_assert_int_eq(fstat(t->j.dirfd, &st), 0);
	xasprintf(&t->cfolder, "%s/%jx-%jx", cachedir, (uintmax_t)st.st_dev,
	    (uintmax_t)st.st_ino);
	xasprintf(&t->cfile, "%s/log%%2026", t->cfolder);
}

static void
tj_free(struct tj *t)
{
	journal_close(&t->j);
	free(t->dir);
	free(t->cfolder);
	free(t->cfile);
}

/* Write a record into the journal (rel "log/2026/x.md" and the like). */
static void
tj_put(struct tj *t, const char *rel, const char *data, size_t len)
{
	char	*p;

	xasprintf(&p, "%s/%s", t->dir, rel);
	put_bytes(p, data, len);
	free(p);
}

static void
tj_put_rec(struct tj *t, const char *name, const char *text)
{
	char	*rel;

	xasprintf(&rel, "%s/%s", FOLDER, name);
	tj_put(t, rel, text, strlen(text));
	free(rel);
}

static void
tj_remove(struct tj *t, const char *name)
{
	char	*p;

	xasprintf(&p, "%s/%s/%s", t->dir, FOLDER, name);
	ck_assert_int_eq(unlink(p), 0);
	free(p);
}

static void
stats_reset(void)
{
	memset(&cache_stats, 0, sizeof(cache_stats));
}

#define STATS(h, m, w) do {						\
	ck_assert_uint_eq(cache_stats.hits, (h));			\
	ck_assert_uint_eq(cache_stats.misses, (m));			\
	ck_assert_uint_eq(cache_stats.writes, (w));			\
} while (0)

/*
 * Deep comparison of two docs.  doc_differ() returns 0 when they are the
 * same, field by field and node by node, else 1 with why naming the first
 * field that differs and both values ("tasks[2].due_col: 14, not 15").
 * It asserts nothing, so that walk threads can use it too.
 */
static int
num_differ(char *why, const char *at, const char *field, long long x,
    long long y)
{
	if (x == y)
		return 0;
	snprintf(why, WHY, "%s%s: %lld, not %lld", at, field, x, y);
	return 1;
}

static int
str_differ(char *why, const char *at, const char *field, const char *x,
    const char *y)
{
	if (x == NULL && y == NULL)
		return 0;
	if (x != NULL && y != NULL && strcmp(x, y) == 0)
		return 0;
	snprintf(why, WHY, "%s%s: \"%s\", not \"%s\"", at, field,
	    x != NULL ? x : "(null)", y != NULL ? y : "(null)");
	return 1;
}

#define NUM(f, x, y) do {						\
	if (num_differ(why, at, (f), (long long)(x), (long long)(y)))	\
		return 1;						\
} while (0)
#define STR(f, x, y) do {						\
	if (str_differ(why, at, (f), (x), (y)))				\
		return 1;						\
} while (0)

static int
node_differ(char *why, const char *at, const struct ynode *x,
    const struct ynode *y)
{
	char	 kid[WHY];
	size_t	 i;

	if ((x == NULL) != (y == NULL)) {
		snprintf(why, WHY, "%s: %s, not %s", at, x ? "a node" : "none",
		    y ? "a node" : "none");
		return 1;
	}
	if (x == NULL)
		return 0;
	NUM(".type", x->type, y->type);
	NUM(".style", x->style, y->style);
	NUM(".line", x->line, y->line);
	NUM(".col", x->col, y->col);
	NUM(".off", x->off, y->off);
	NUM(".end", x->end, y->end);
	NUM(".len", x->len, y->len);
	NUM(".str set", x->str != NULL, y->str != NULL);
	if (x->str != NULL && (memcmp(x->str, y->str, x->len) != 0 ||
	    x->str[x->len] != '\0')) {
		snprintf(why, WHY, "%s.str: \"%.*s\", not \"%.*s\"", at,
		    (int)x->len, x->str, (int)y->len, y->str);
		return 1;
	}
	NUM(".nkids", x->nkids, y->nkids);
	for (i = 0; i < x->nkids; i++) {
		snprintf(kid, sizeof(kid), "%s.kids[%zu]", at, i);
		if (node_differ(why, kid, x->kids[i], y->kids[i]))
			return 1;
	}
	return 0;
}

static int
task_differ(char *why, const char *at, const struct task *x,
    const struct task *y)
{
	char	 f[64];
	size_t	 k;

	NUM(".line", x->line, y->line);
	NUM(".off", x->off, y->off);
	NUM(".eol", x->eol, y->eol);
	NUM(".box", x->box, y->box);
	NUM(".status", x->status, y->status);
	STR(".text", x->text, y->text);
	NUM(".due", x->due, y->due);
	NUM(".done", x->done, y->done);
	NUM(".due_col", x->due_col, y->due_col);
	NUM(".done_col", x->done_col, y->done_col);
	NUM(".npeople", x->npeople, y->npeople);
	for (k = 0; k < x->npeople; k++) {
		snprintf(f, sizeof(f), ".people[%zu]", k);
		STR(f, x->people[k], y->people[k]);
		snprintf(f, sizeof(f), ".people_col[%zu]", k);
		NUM(f, x->people_col[k], y->people_col[k]);
	}
	NUM(".ntags", x->ntags, y->ntags);
	for (k = 0; k < x->ntags; k++) {
		snprintf(f, sizeof(f), ".tags[%zu]", k);
		STR(f, x->tags[k], y->tags[k]);
	}
	NUM(".section", x->section, y->section);
	NUM(".badtok_col", x->badtok_col, y->badtok_col);
	STR(".badtok", x->badtok, y->badtok);
	return 0;
}

static int
doc_differ(char *why, const struct doc *a, const struct doc *b)
{
	const char	*at = "";
	char		 sub[64];
	size_t		 i;

	STR("path", a->path, b->path);
	NUM("len", a->len, b->len);
	if (memcmp(a->data, b->data, a->len) != 0 || a->data[a->len] != '\0') {
		snprintf(why, WHY, "data: the bytes differ");
		return 1;
	}
	NUM("bom", a->bom, b->bom);
	NUM("crlf", a->crlf, b->crlf);
	NUM("fm_off", a->fm_off, b->fm_off);
	NUM("fm_end", a->fm_end, b->fm_end);
	NUM("close_end", a->close_end, b->close_end);
	NUM("fm_line", a->fm_line, b->fm_line);
	NUM("close_line", a->close_line, b->close_line);
	NUM("body_line", a->body_line, b->body_line);
	if (node_differ(why, "fm", a->fm, b->fm))
		return 1;
	NUM("nheads", a->nheads, b->nheads);
	for (i = 0; i < a->nheads; i++) {
		snprintf(sub, sizeof(sub), "heads[%zu]", i);
		at = sub;
		NUM(".line", a->heads[i].line, b->heads[i].line);
		NUM(".level", a->heads[i].level, b->heads[i].level);
		STR(".text", a->heads[i].text, b->heads[i].text);
	}
	at = "";
	NUM("ntasks", a->ntasks, b->ntasks);
	for (i = 0; i < a->ntasks; i++) {
		snprintf(sub, sizeof(sub), "tasks[%zu]", i);
		if (task_differ(why, sub, &a->tasks[i], &b->tasks[i]))
			return 1;
	}
	return 0;
}

/* Assert that got is what parsing gave (want), naming the first field. */
static void
same_doc(const struct doc *got, const struct doc *want, const char *name)
{
	char	 why[WHY];

	why[0] = '\0';
	ck_assert_msg(doc_differ(why, got, want) == 0, "%s: %s", name, why);
}

/*
 * Records.  Each of these parses, and between them they hold every part
 * of a doc: CRLF, a BOM, comments, Unicode, flow and block collections,
 * nested mappings, every scalar style, task items with every token, bad
 * dates, headings at each level, fenced code.
 */
static const char *const rich[] = {
	/* CRLF line ends. */
	"---\r\ntitle: Windows line ends\r\ndate: 2026-03-01\r\n"
	"tags: [a, b]\r\nwith:\r\n  - ann\r\n  - bob\r\n---\r\n"
	"# Notes\r\n\r\n- [ ] call @ann due:2026-03-05 #prep\r\n"
	"- [x] sent it done:2026-03-02\r\n## Later\r\n- [/] draft\r\n",
	/* A BOM, then a record. */
	"\xEF\xBB\xBF---\ntitle: With a BOM\nkind: note\n---\nBody.\n"
	"- [/] started @bob due:2026-06-01\n",
	/* A BOM and CRLF together. */
	"\xEF\xBB\xBF---\r\ntitle: Both\r\n---\r\n# H\r\n- [ ] x @y\r\n",
	/* Comments everywhere YAML allows them. */
	"---\n# a comment first\ntitle: Commented   # after a value\n"
	"kind: note # another\n# between keys\ntags: [x, # inside a flow\n"
	"  y]\n---\nText # not a heading\n",
	/* Unicode in keys, values, headings and tokens. */
	"---\ntitle: Café — 日本語 ✓\nwith: [zoë, 李]\n"
	"note: \"ünïcödé \\u00e9\"\n---\n## Überblick 🚀\n"
	"- [ ] réviser @zoë #thème due:2026-04-01 ünd\n"
	"- [ ] 日本語 @李 #标签 done:2026-04-02\n",
	/* Flow and block collections, nested mappings, nulls, empties. */
	"---\ntitle: Nested\nratings:\n  clarity: 4\n"
	"  depth: {a: 1, b: [x, y], c: {d: e}}\nlist:\n  - one\n"
	"  - two: 2\n    three: [3, {four: 4}]\n  -\n    - deep\n"
	"    - [deeper, [deepest]]\nempty: []\nemptymap: {}\nnull1:\n"
	"null2: ~\nflowmap: { k1: v1, k2: [ 1, 2 ], k3: }\n---\n",
	/* Every scalar style; strings unlike their bytes. */
	"---\ntitle: 'It''s single'\nsub: \"double \\t tab \\\"q\\\" \\x41\"\n"
	"folded: >\n  one\n  two\n\n  three\nliteral: |\n  line 1\n"
	"    indented\n  line 3\nkeep: |+\n  kept\n\nstrip: >-\n  stripped\n"
	"plain: several\n  words over\n  lines\n'quoted key': v\n"
	"esc: \"a\\u00e9\\x41b\"\nempty: ''\n---\n",
	/* Task items: every status, bullet and token; bad dates. */
	"---\ntitle: Tasks\n---\nIntro.\n- [ ] before any heading\n# Plan\n\n"
	"- [ ] open one due:2026-05-01 @ann @bob-c #t1 #t-2\n"
	"* [x] done one done:2026-04-30.\n+ [-] dropped\n"
	"- [X] capital X done:2026-04-29\n"
	"  - [/] nested started @carl due:tomorrow\n"
	"- [ ] bad due:2026-02-30 and due:never and done:2026-13-01\n"
	"- [ ]\n- [ ]   \n- [ ] trailing blanks   \t\n"
	"- [ ] x - [ ] x repeated\n- [ ] due:2026-01-01 done:2026-01-02 both\n"
	"- [ ] a@b #c#d e#f @g, (@h) #-no @-no due: done:\n"
	"## Sub ##\n- [ ] under sub #tag@x @x#y\n### Third\n#### Four\n"
	"##### Five\n###### Six\n####### not a heading\n#not a heading\n"
	"   # indented heading\n    # code, not a heading\n",
	/* Fenced code hides headings and task items. */
	"---\ntitle: Fences\n---\n```\n- [ ] in a fence\n# not a heading\n"
	"```\n- [ ] between fences\n~~~~\n- [ ] tilde fence\n~~~\n"
	"- [ ] still fenced\n~~~~\n```c\n# inside\n````\n- [ ] after @z\n"
	"# Last\n",
	/* Closed by "...". */
	"---\ntitle: Dots\n...\nBody after dots\n- [ ] t\n",
	/* Empty front matter, no body. */
	"---\n---\n",
	/* No newline at the end. */
	"---\ntitle: x\n---",
	/* A task line at the very end, without a newline. */
	"---\ntitle: y\n---\n- [ ] last @q due:2026-07-07",
	/* Headings only. */
	"---\ntitle: Heads\n---\n# One\n## Two\n# Three #\n#\n",
	/* Values as long as their source text, yet other bytes. */
	"---\ntitle: \"\\L\\L\"\nflow: [a\nb, c]\n---\n",
};

/* Nested 31 levels below the front matter's mapping: the deepest kept. */
static char *
deep_record(void)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	buf_addstr(&b, "---\ntitle: Deep\nd: ");
	for (i = 0; i < YAML_DEPTH_MAX - 1; i++)
		buf_addch(&b, '[');
	buf_addstr(&b, "leaf");
	for (i = 0; i < YAML_DEPTH_MAX - 1; i++)
		buf_addch(&b, ']');
	buf_addstr(&b, "\n---\n");
	return buf_detach(&b, NULL);
}

/* A long record (the vth): many task items, headings and people. */
static char *
long_record(int v)
{
	struct buf	 b = BUF_INIT;
	int		 i;

	buf_addf(&b, "---\ntitle: Long %d\nlist:\n", v);
	for (i = 0; i < 200; i++)
		buf_addf(&b, "  - item %d\n", i);
	buf_addstr(&b, "---\n");
	for (i = 0; i < 400; i++) {
		if (i % 25 == 0)
			buf_addf(&b, "## Part %d\n", i / 25);
		buf_addf(&b, "- [%c] step %d @p%d #t%d due:2026-%02d-%02d\n",
		    " x/-"[(i + v) % 4], i, i % 7, i % 3, (i + v) % 12 + 1,
		    i % 28 + 1);
	}
	/* More people than a task keeps (64). */
	buf_addstr(&b, "- [ ] crowd");
	for (i = 0; i < 70; i++)
		buf_addf(&b, " @m%d #g%d", i, i);
	buf_addch(&b, '\n');
	return buf_detach(&b, NULL);
}

/* Records that never parse: the cache must not keep them. */
struct bad {
	const char	*data;
	size_t		 len;
};
#define BAD(s)	{ s, sizeof(s) - 1 }
static const struct bad bad_recs[] = {
	BAD("no front matter\n- [ ] x\n"),
	BAD("---\ntitle: never closed\n"),
	BAD("---\ntitle: \"unclosed\n---\n"),
	BAD("---\ntitle: a\ntitle: b\n---\n"),
	BAD("---\na: &x 1\nb: *x\n---\n"),
	BAD("---\n\ttitle: tab\n---\n"),
	BAD("---\n- a list\n---\n"),
	BAD("---\ntitle: nul \0 byte\n---\n"),
	BAD("---\ntitle: bad \xff utf-8\n---\n"),
	BAD(""),
};

/*
 * Sources gathered from the example journal and the test data.
 */
struct src {
	char	*path;
	char	*data;
	size_t	 len;
};
static struct src	*srcs;
static size_t		 nsrcs;

static int
src_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	size_t	 n = strlen(p);

	(void)st;
	(void)ftw;
	if (flag != FTW_F || n < 3 || strcmp(p + n - 3, ".md") != 0)
		return 0;
	srcs = xreallocarray(srcs, nsrcs + 1, sizeof(*srcs));
	srcs[nsrcs].path = xstrdup(p);
	srcs[nsrcs].data = get_bytes(p, &srcs[nsrcs].len);
	nsrcs++;
	return 0;
}

static int
src_cmp(const void *a, const void *b)
{
	return strcmp(((const struct src *)a)->path,
	    ((const struct src *)b)->path);
}

static void
srcs_add(const char *path, const char *data, size_t len)
{
	srcs = xreallocarray(srcs, nsrcs + 1, sizeof(*srcs));
	srcs[nsrcs].path = xstrdup(path);
	srcs[nsrcs].data = xmalloc(len + 1);
	memcpy(srcs[nsrcs].data, data, len);
	srcs[nsrcs].data[len] = '\0';
	srcs[nsrcs].len = len;
	nsrcs++;
}

/* Every record file of the examples and the test data, and ours. */
static void
srcs_load(void)
{
	char	*p;
	size_t	 i;

	nsrcs = 0;
	srcs = NULL;
	ck_assert_int_eq(nftw(TESTDATA "/../../examples/journal", src_one, 16,
	    FTW_PHYS), 0);
	ck_assert_int_eq(nftw(TESTDATA, src_one, 16, FTW_PHYS), 0);
	qsort(srcs, nsrcs, sizeof(*srcs), src_cmp);
	for (i = 0; i < sizeof(rich) / sizeof(rich[0]); i++) {
		xasprintf(&p, "rich[%zu]", i);
		srcs_add(p, rich[i], strlen(rich[i]));
		free(p);
	}
	p = deep_record();
	srcs_add("deep", p, strlen(p));
	free(p);
	p = long_record(0);
	srcs_add("long", p, strlen(p));
	free(p);
	for (i = 0; i < sizeof(bad_recs) / sizeof(bad_recs[0]); i++) {
		xasprintf(&p, "bad[%zu]", i);
		srcs_add(p, bad_recs[i].data, bad_recs[i].len);
		free(p);
	}
}

static void
srcs_free(void)
{
	size_t	 i;

	for (i = 0; i < nsrcs; i++) {
		free(srcs[i].path);
		free(srcs[i].data);
	}
	free(srcs);
	srcs = NULL;
	nsrcs = 0;
}

/* Does doc_parse take these bytes? */
static int
parses(const char *data, size_t len)
{
	struct doc	 d;
	struct doc_error e;
	char		*copy = xmalloc(len + 1);
	int		 rc;

	memcpy(copy, data, len);
	copy[len] = '\0';
	rc = doc_parse(&d, "x", copy, len, &e);
	doc_free(&d);
	return rc == 0;
}

/*
 * A list of record names for fcache_open, made and freed here.
 */
struct names {
	char	**v;
	size_t	  n;
};

static void
names_add(struct names *nm, const char *name)
{
	nm->v = xreallocarray(nm->v, nm->n + 1, sizeof(*nm->v));
	nm->v[nm->n++] = xstrdup(name);
}

static void
names_free(struct names *nm)
{
	size_t	 i;

	for (i = 0; i < nm->n; i++)
		free(nm->v[i]);
	free(nm->v);
	nm->v = NULL;
	nm->n = 0;
}

/*
 * One pass over records of log/2026, as a reader makes it: read, get,
 * else parse and put.  Each doc, from the cache or parsed, must be what a
 * fresh parse of the same bytes gives; a record that does not parse must
 * fail as parsing it fails.  With look, record i is read only when
 * look[i] is set (a filter dropped the others).  st[i], when st is not
 * NULL, says what happened to each.  Returns the number of hits.
 */
enum { P_SKIP, P_HIT, P_MISS, P_BAD };

/* The order pass() tells the cache the records are read in (NULL: theirs). */
static const uint32_t *pass_order;

static size_t
pass(struct tj *t, const struct names *nm, const int *look, int *st)
{
	struct fcache	*c;
	struct doc	 d, f;
	struct doc_error e, fe;
	char		*rel, *path, *data, *copy;
	size_t		 i, len, hits = 0;
	int		 rc, frc, s;

	c = fcache_open(&t->j, FOLDER, (const char *const *)nm->v, nm->n);
	ck_assert_ptr_nonnull(c);
	fcache_order(c, pass_order);
	for (i = 0; i < nm->n; i++) {
		if (look != NULL && !look[i]) {
			if (st != NULL)
				st[i] = P_SKIP;
			continue;
		}
		xasprintf(&rel, "%s/%s", FOLDER, nm->v[i]);
		path = journal_path(&t->j, rel);
		ck_assert_int_eq(doc_readat(t->j.dirfd, rel, &data, &len,
		    &e), 0);
		copy = xmalloc(len + 1);
		memcpy(copy, data, len + 1);
		memset(&d, 0, sizeof(d));
		memset(&e, 0, sizeof(e));
		if (fcache_get(c, i, path, data, len, &d, 0)) {
			/* The doc took the bytes it was given. */
			ck_assert_ptr_eq(d.data, data);
			ck_assert_ptr_eq(d.path, path);
			ck_assert_uint_eq(d.len, len);
			rc = 0;
			s = P_HIT;
			hits++;
		} else {
			rc = doc_parse(&d, path, data, len, &e);
			if (rc == 0)
				fcache_put(c, i, &d);
			s = rc == 0 ? P_MISS : P_BAD;
		}
		frc = doc_parse(&f, path, copy, len, &fe);
		ck_assert_msg(rc == frc, "%s: status %d, not %d", nm->v[i],
		    rc, frc);
		if (rc == 0)
			same_doc(&d, &f, nm->v[i]);
		else {
			ck_assert_uint_eq(e.line, fe.line);
			ck_assert_uint_eq(e.col, fe.col);
			ck_assert_str_eq(e.msg, fe.msg);
		}
		if (st != NULL)
			st[i] = s;
		doc_free(&d);
		doc_free(&f);
		free(path);
		free(rel);
	}
	fcache_close(c);
	return hits;
}

/* A pass over every record, reading all: its hits. */
static size_t
pass_all(struct tj *t, const struct names *nm)
{
	return pass(t, nm, NULL, NULL);
}

/* Records a..e with some task items, put into the journal. */
static void
five_records(struct tj *t, struct names *nm)
{
	char	 name[16], *text;
	int	 i;

	for (i = 0; i < 5; i++) {
		snprintf(name, sizeof(name), "%c.md", 'a' + i);
		xasprintf(&text, "---\ntitle: Record %c\ndate: 2026-01-0%d\n"
		    "---\n# Notes\n- [ ] item %d @ann due:2026-02-0%d #x\n",
		    'A' + i, i + 1, i, i + 1);
		tj_put_rec(t, name, text);
		free(text);
		names_add(nm, name);
	}
}

static void
test_setup(void)
{
	unsetenv("MENTOR_CACHE");
	unsetenv("MENTOR_THREADS");
	ck_assert_int_eq(setenv("MENTOR_CACHE_DIR", cachedir, 1), 0);
	stats_reset();
}

static void
test_teardown(void)
{
	unsetenv("MENTOR_CACHE");
	unsetenv("MENTOR_THREADS");
	setenv("MENTOR_CACHE_DIR", cachedir, 1);
}

/* The comparison sees a change in any field it is told about. */
START_TEST(test_compare_sees_changes)
{
	struct doc	 a, b;
	struct doc_error e;
	char		 why[WHY], *p, *q;
	const char	*keep;
	size_t		 len = strlen(rich[0]);

	p = xstrdup(rich[0]);
	q = xstrdup(rich[0]);
	ck_assert_int_eq(doc_parse(&a, "r", p, len, &e), 0);
	ck_assert_int_eq(doc_parse(&b, "r", q, len, &e), 0);
	ck_assert_int_eq(doc_differ(why, &a, &b), 0);
	ck_assert_uint_ge(b.ntasks, 2);
	ck_assert_uint_ge(b.nheads, 1);
	ck_assert_uint_ge(b.tasks[0].npeople, 1);
	ck_assert_uint_ge(b.tasks[0].ntags, 1);
#define SEES(lv, name) do {						\
	(lv)++;								\
	ck_assert_int_eq(doc_differ(why, &a, &b), 1);			\
	ck_assert_msg(strncmp(why, name ":", strlen(name) + 1) == 0,	\
	    "%s, not %s", why, name);					\
	(lv)--;								\
	ck_assert_int_eq(doc_differ(why, &a, &b), 0);			\
} while (0)
#define SEES_LESS(lv, name) do {					\
	(lv)--;								\
	ck_assert_int_eq(doc_differ(why, &a, &b), 1);			\
	ck_assert_msg(strncmp(why, name ":", strlen(name) + 1) == 0,	\
	    "%s, not %s", why, name);					\
	(lv)++;								\
} while (0)
#define SEES_STR(lv, name) do {						\
	keep = (lv);							\
	(lv) = "changed";						\
	ck_assert_int_eq(doc_differ(why, &a, &b), 1);			\
	ck_assert_msg(strncmp(why, name ":", strlen(name) + 1) == 0,	\
	    "%s, not %s", why, name);					\
	(lv) = keep;							\
} while (0)
	SEES(b.bom, "bom");
	SEES(b.crlf, "crlf");
	SEES(b.fm_off, "fm_off");
	SEES(b.fm_end, "fm_end");
	SEES(b.close_end, "close_end");
	SEES(b.fm_line, "fm_line");
	SEES(b.close_line, "close_line");
	SEES(b.body_line, "body_line");
	SEES(b.fm->type, "fm.type");
	SEES(b.fm->style, "fm.style");
	SEES(b.fm->line, "fm.line");
	SEES(b.fm->col, "fm.col");
	SEES(b.fm->off, "fm.off");
	SEES(b.fm->end, "fm.end");
	SEES_LESS(b.fm->nkids, "fm.nkids");
	SEES(b.fm->kids[1]->len, "fm.kids[1].len");
	SEES(b.fm->kids[7]->kids[1]->col, "fm.kids[7].kids[1].col");
	{
		struct ynode	*v = b.fm->kids[1];
		char		*alt = xstrdup(v->str);

		/* Same length, one byte off. */
		alt[0] ^= 1;
		keep = v->str;
		v->str = alt;
		ck_assert_int_eq(doc_differ(why, &a, &b), 1);
		ck_assert_msg(strncmp(why, "fm.kids[1].str:", 15) == 0, "%s",
		    why);
		v->str = keep;
		free(alt);
	}
	SEES_LESS(b.nheads, "nheads");
	SEES(b.heads[0].line, "heads[0].line");
	SEES(b.heads[0].level, "heads[0].level");
	SEES_STR(b.heads[0].text, "heads[0].text");
	SEES_LESS(b.ntasks, "ntasks");
	SEES(b.tasks[0].line, "tasks[0].line");
	SEES(b.tasks[0].off, "tasks[0].off");
	SEES(b.tasks[0].eol, "tasks[0].eol");
	SEES(b.tasks[0].box, "tasks[0].box");
	SEES(b.tasks[0].status, "tasks[0].status");
	SEES_STR(b.tasks[0].text, "tasks[0].text");
	SEES(b.tasks[0].due, "tasks[0].due");
	SEES(b.tasks[1].done, "tasks[1].done");
	SEES(b.tasks[0].due_col, "tasks[0].due_col");
	SEES(b.tasks[1].done_col, "tasks[1].done_col");
	SEES_LESS(b.tasks[0].npeople, "tasks[0].npeople");
	SEES_STR(b.tasks[0].people[0], "tasks[0].people[0]");
	SEES(b.tasks[0].people_col[0], "tasks[0].people_col[0]");
	SEES_LESS(b.tasks[0].ntags, "tasks[0].ntags");
	SEES_STR(b.tasks[0].tags[0], "tasks[0].tags[0]");
	SEES(b.tasks[0].section, "tasks[0].section");
	SEES(b.tasks[0].badtok_col, "tasks[0].badtok_col");
	SEES_STR(b.tasks[0].badtok, "tasks[0].badtok");
	b.path = "other";
	ck_assert_int_eq(doc_differ(why, &a, &b), 1);
	ck_assert_str_eq(why, "path: \"r\", not \"other\"");
	b.path = "r";
	q[len - 2] ^= 1;
	ck_assert_int_eq(doc_differ(why, &a, &b), 1);
	ck_assert_str_eq(why, "data: the bytes differ");
	doc_free(&a);
	doc_free(&b);
#undef SEES
#undef SEES_LESS
#undef SEES_STR
}
END_TEST

/*
 * Every record that parses, from the examples, the test data and ours:
 * put, then read back from the cache, it is the doc parsing gives.
 */
START_TEST(test_round_trip)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	char		 name[32];
	int		*st;
	size_t		 i, n, nexamples = 0, nexfiles = 0, nrich = 0;

	tj_new(&t);
	srcs_load();
	for (i = 0; i < nsrcs; i++) {
		if (strstr(srcs[i].path, "/examples/journal/") != NULL)
			nexfiles++;
		if (!parses(srcs[i].data, srcs[i].len))
			continue;
		if (strstr(srcs[i].path, "/examples/journal/") != NULL)
			nexamples++;
		if (strncmp(srcs[i].path, "rich[", 5) == 0 ||
		    strcmp(srcs[i].path, "deep") == 0 ||
		    strcmp(srcs[i].path, "long") == 0)
			nrich++;
		snprintf(name, sizeof(name), "r%03zu.md", nm.n);
		tj_put_rec(&t, name, srcs[i].data);
		names_add(&nm, name);
	}
	/* Every example record parses, and every record of ours. */
	ck_assert_uint_ge(nexfiles, 26);
	ck_assert_uint_eq(nexamples, nexfiles);
	ck_assert_uint_eq(nrich, sizeof(rich) / sizeof(rich[0]) + 2);
	ck_assert_uint_ge(nm.n, 100);
	n = nm.n;
	st = xcalloc(n, sizeof(*st));

	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 0);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(st[i], P_MISS);
	STATS(0, n, 1);

	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), n);
	for (i = 0; i < n; i++)
		ck_assert_msg(st[i] == P_HIT, "%s missed", nm.v[i]);
	STATS(n, 0, 0);

	free(st);
	names_free(&nm);
	srcs_free();
	tj_free(&t);
}
END_TEST

/* Cold, warm, warm: misses and a write, then hits and nothing written. */
START_TEST(test_counters)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct ident	 a, b;
	int		 ntmp;

	tj_new(&t);
	five_records(&t, &nm);
	ck_assert_int_eq(count_names(t.cfolder, NULL), -1);

	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, 5, 1);
	/* One file for the folder, named after it, and nothing else. */
	ck_assert_int_eq(count_names(t.cfolder, &ntmp), 1);
	ck_assert_int_eq(ntmp, 0);
	ident(t.cfile, &a);

	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);
	ident(t.cfile, &b);
	ck_assert(same_ident(&a, &b));

	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);
	ident(t.cfile, &b);
	ck_assert(same_ident(&a, &b));
	ck_assert_int_eq(count_names(t.cfolder, &ntmp), 1);
	ck_assert_int_eq(ntmp, 0);

	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * Names in any order, with bytes above ASCII, blanks, and names that
 * begin other names: each finds its own entry.
 */
START_TEST(test_names)
{
	static const char *const v[] = { "zz.md", "a.md.md", "é.md",
	    "a.md", "b c.md", "A.md", "a-b.md", "日本.md", "ab.md", "a.m.md" };
	struct tj	 t;
	struct names	 nm = { NULL, 0 }, rev = { NULL, 0 };
	struct fcache	*c;
	struct doc	 d;
	struct doc_error e;
	char		*text, *rel, *data;
	size_t		 i, k, n = sizeof(v) / sizeof(v[0]), len;

	tj_new(&t);
	for (i = 0; i < n; i++) {
		xasprintf(&text, "---\ntitle: '%s'\n---\n", v[i]);
		tj_put_rec(&t, v[i], text);
		free(text);
		names_add(&nm, v[i]);
		names_add(&rev, v[n - 1 - i]);
	}
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, n, 1);
	stats_reset();
	/* Read in another order, the blobs are laid out again for it. */
	ck_assert_uint_eq(pass_all(&t, &rev), n);
	STATS(n, 0, 1);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &rev), n);
	STATS(n, 0, 0);

	/* Each record's entry is its own: the title names the file. */
	c = fcache_open(&t.j, FOLDER, (const char *const *)nm.v, nm.n);
	ck_assert_ptr_nonnull(c);
	for (k = 0; k < n; k++) {
		xasprintf(&rel, "%s/%s", FOLDER, v[k]);
		ck_assert_int_eq(doc_readat(t.j.dirfd, rel, &data, &len, &e),
		    0);
		ck_assert_int_eq(fcache_get(c, k, rel, data, len, &d, 0), 1);
		ck_assert_str_eq(fm_str(&d, "title"), v[k]);
		doc_free(&d);
		free(rel);
	}
	fcache_close(c);

	/* The bytes of one record under another's name: not a hit. */
	c = fcache_open(&t.j, FOLDER, (const char *const *)nm.v, nm.n);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(doc_readat(t.j.dirfd, FOLDER "/a.md", &data, &len,
	    &e), 0);
	ck_assert_int_eq(fcache_get(c, 1, "a.md.md", data, len, &d, 0), 0);
	free(data);
	fcache_close(c);

	names_free(&nm);
	names_free(&rev);
	tj_free(&t);
}
END_TEST

/*
 * The blobs go in the order fcache_order gives: read in that order again,
 * the file stays; read in another, it is written again in that one.
 */
START_TEST(test_order)
{
	static const uint32_t order[] = { 4, 2, 0, 3, 1 };
	/*
	 * Passes in turn: the order read in, then hits, misses, writes, and
	 * entries found by a search, not at the place read (all those read
	 * in another order than the file's; none when the order is the
	 * file's, or there is no file).
	 */
	static const struct {
		const uint32_t	*order;
		unsigned	 hits, misses, writes, searches;
	} steps[] = {
		{ order, 0, 5, 1, 0 }, { order, 5, 0, 0, 0 },
		{ NULL, 5, 0, 1, 4 }, { NULL, 5, 0, 0, 0 },
		{ order, 5, 0, 1, 4 }
	};
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	size_t		 k;

	tj_new(&t);
	five_records(&t, &nm);
	for (k = 0; k < sizeof(steps) / sizeof(steps[0]); k++) {
		stats_reset();
		pass_order = steps[k].order;
		ck_assert_uint_eq(pass_all(&t, &nm), steps[k].hits);
		STATS(steps[k].hits, steps[k].misses, steps[k].writes);
		ck_assert_uint_eq(cache_stats.searches, steps[k].searches);
	}
	pass_order = NULL;
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * FCACHE_HEADS: the front matter and the headings as parsing gives them,
 * no task items; the next full get of the same cache still has them.
 */
START_TEST(test_heads_level)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct fcache	*c;
	struct doc	 d, f;
	struct doc_error e;
	char		*rel, *path, *data, *copy;
	size_t		 i, len;
	int		 level;

	tj_new(&t);
	five_records(&t, &nm);
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	for (level = FCACHE_HEADS; level >= FCACHE_ALL; level -= 2) {
		c = fcache_open(&t.j, FOLDER, (const char *const *)nm.v,
		    nm.n);
		ck_assert_ptr_nonnull(c);
		for (i = 0; i < nm.n; i++) {
			xasprintf(&rel, "%s/%s", FOLDER, nm.v[i]);
			path = journal_path(&t.j, rel);
			ck_assert_int_eq(doc_readat(t.j.dirfd, rel, &data, &len,
			    &e), 0);
			copy = xmalloc(len + 1);
			memcpy(copy, data, len + 1);
			ck_assert_int_eq(fcache_get(c, i, path, data, len, &d,
			    level), 1);
			ck_assert_int_eq(doc_parse(&f, path, copy, len, &e), 0);
			ck_assert_uint_eq(d.nheads, 1);
			ck_assert_uint_eq(f.ntasks, 1);
			if (level == FCACHE_HEADS) {
				ck_assert_uint_eq(d.ntasks, 0);
				ck_assert_ptr_null(d.tasks);
				/* The rest is the parse's (its arena keeps
				 * the items). */
				f.ntasks = 0;
				f.tasks = NULL;
			}
			same_doc(&d, &f, nm.v[i]);
			doc_free(&d);
			doc_free(&f);
			free(path);
			free(rel);
		}
		fcache_close(c);
	}
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/* Another content of the same size is another record. */
START_TEST(test_same_size_change)
{
	static const char before[] = "---\ntitle: Alpha\n---\n"
	    "- [ ] first @ann due:2026-03-01\n";
	static const char after[] = "---\ntitle: Bravo\n---\n"
	    "- [x] fist @bob done:2026-03-02\n";
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct doc	 d;
	struct doc_error e;
	struct fcache	*c;
	char		*data;
	size_t		 len;
	int		 st[6];

	ck_assert_uint_eq(strlen(before), strlen(after));
	tj_new(&t);
	five_records(&t, &nm);
	tj_put_rec(&t, "f.md", before);
	names_add(&nm, "f.md");
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, 6, 1);

	tj_put_rec(&t, "f.md", after);
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 5);
	ck_assert_int_eq(st[5], P_MISS);
	STATS(5, 1, 1);

	/* What the cache gives now is the new content's doc. */
	stats_reset();
	c = fcache_open(&t.j, FOLDER, (const char *const *)nm.v, nm.n);
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(doc_readat(t.j.dirfd, FOLDER "/f.md", &data, &len,
	    &e), 0);
	ck_assert_int_eq(fcache_get(c, 5, "f.md", data, len, &d, 0), 1);
	ck_assert_str_eq(fm_str(&d, "title"), "Bravo");
	ck_assert_uint_eq(d.ntasks, 1);
	ck_assert_int_eq(d.tasks[0].status, TASK_DONE);
	ck_assert_str_eq(d.tasks[0].people[0], "bob");
	ck_assert_int_eq(d.tasks[0].due, DATE_NONE);
	ck_assert_int_eq(d.tasks[0].done, date_from_ymd(2026, 3, 2));
	doc_free(&d);
	fcache_close(c);
	STATS(1, 0, 0);

	/* Back to the old bytes: parsed again, not the old entry. */
	tj_put_rec(&t, "f.md", before);
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 5);
	ck_assert_int_eq(st[5], P_MISS);
	STATS(5, 1, 1);

	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 6);
	STATS(6, 0, 0);

	/* A change of size too. */
	tj_put_rec(&t, "c.md", "---\ntitle: Shorter\n---\n");
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 5);
	ck_assert_int_eq(st[2], P_MISS);
	STATS(5, 1, 1);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 6);
	STATS(6, 0, 0);

	names_free(&nm);
	tj_free(&t);
}
END_TEST

/* A record gone from the folder leaves the cache file. */
START_TEST(test_removed)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 }, rest = { NULL, 0 };
	struct ident	 a, b;
	char		*old, *path;
	size_t		 len;
	int		 st[5];

	tj_new(&t);
	five_records(&t, &nm);
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, 5, 1);

	xasprintf(&path, "%s/%s/c.md", t.dir, FOLDER);
	old = get_bytes(path, &len);
	tj_remove(&t, "c.md");
	names_add(&rest, "a.md");
	names_add(&rest, "b.md");
	names_add(&rest, "d.md");
	names_add(&rest, "e.md");
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &rest), 4);
	STATS(4, 0, 1);

	/* Rewritten without it: the next pass has nothing to write. */
	ident(t.cfile, &a);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &rest), 4);
	STATS(4, 0, 0);
	ident(t.cfile, &b);
	ck_assert(same_ident(&a, &b));

	/* Back with the very same bytes: the entry is gone, it is parsed. */
	put_bytes(path, old, len);
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 4);
	ck_assert_int_eq(st[2], P_MISS);
	STATS(4, 1, 1);

	/* Gone again, then back with other bytes. */
	tj_remove(&t, "c.md");
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &rest), 4);
	STATS(4, 0, 1);
	tj_put_rec(&t, "c.md", "---\ntitle: Another c\n---\n- [ ] new\n");
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 4);
	ck_assert_int_eq(st[2], P_MISS);
	STATS(4, 1, 1);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);

	/* Every record gone: the file keeps none of them. */
	stats_reset();
	names_free(&rest);
	names_add(&rest, "z.md");
	tj_put_rec(&t, "z.md", "---\ntitle: Z\n---\n");
	ck_assert_uint_eq(pass_all(&t, &rest), 0);
	STATS(0, 1, 1);
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 0);
	STATS(0, 5, 1);

	free(old);
	free(path);
	names_free(&nm);
	names_free(&rest);
	tj_free(&t);
}
END_TEST

/* Records not looked at keep their entries. */
/*
 * fcache_known: held unchanged or not, without decoding; a record only
 * known (a filter then dropped it) keeps its entry.  fm_only decodes the
 * front matter as doc_parse_fm does, nothing of the body.
 */
START_TEST(test_known_fm_only)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct fcache	*c;
	struct doc	 d, f;
	struct doc_error e;
	char		*rel, *path, *data, *copy;
	size_t		 i, len;

	tj_new(&t);
	five_records(&t, &nm);
	ck_assert_uint_eq(pass_all(&t, &nm), 0);

	/* b changes at the same size: known says no; the others yes. */
	tj_put_rec(&t, "b.md", "---\ntitle: Record Z\ndate: 2026-01-02\n"
	    "---\n# Notes\n- [ ] item 1 @ann due:2026-02-02 #x\n");
	stats_reset();
	c = fcache_open(&t.j, FOLDER, (const char *const *)nm.v, nm.n);
	ck_assert_ptr_nonnull(c);
	for (i = 0; i < nm.n; i++) {
		xasprintf(&rel, "%s/%s", FOLDER, nm.v[i]);
		path = journal_path(&t.j, rel);
		ck_assert_int_eq(doc_readat(t.j.dirfd, rel, &data, &len, &e),
		    0);
		ck_assert_int_eq(fcache_known(c, i, data, len), i != 1);
		/* asking again gives the same answer */
		ck_assert_int_eq(fcache_known(c, i, data, len), i != 1);
		if (i == 2 || i == 3) {
			/* as if a filter dropped it: known, never decoded */
			free(data);
			free(path);
			free(rel);
			continue;
		}
		copy = xmalloc(len + 1);
		memcpy(copy, data, len + 1);
		if (i == 1) {
			ck_assert_int_eq(fcache_get(c, i, path, data, len, &d,
			    1), 0);
			ck_assert_int_eq(doc_parse(&d, path, data, len, &e), 0);
			fcache_put(c, i, &d);
		} else {
			ck_assert_int_eq(fcache_get(c, i, path, data, len, &d,
			    1), 1);
			/* the front matter only: no headings, no items */
			ck_assert_int_eq(doc_parse_fm(&f, path, copy, len, &e),
			    0);
			ck_assert_uint_eq(d.ntasks, 0);
			ck_assert_uint_eq(d.nheads, 0);
			ck_assert_ptr_null(d.tasks);
			same_doc(&d, &f, nm.v[i]);
			doc_free(&f);
			copy = NULL;
		}
		free(copy);
		doc_free(&d);
		free(path);
		free(rel);
	}
	fcache_close(c);
	STATS(2, 1, 1);
	/* c and d, only known, kept their entries; b's new one is there */
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

START_TEST(test_not_looked_at)
{
	static const int some[5] = { 1, 0, 1, 0, 0 };
	static const int first[5] = { 1, 0, 0, 0, 0 };
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct ident	 a, b;
	int		 st[5];

	tj_new(&t);
	five_records(&t, &nm);
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	ident(t.cfile, &a);

	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, some, st), 2);
	ck_assert_int_eq(st[1], P_SKIP);
	STATS(2, 0, 0);
	ident(t.cfile, &b);
	ck_assert(same_ident(&a, &b));

	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);

	/* A write while most are not looked at still carries them. */
	tj_put_rec(&t, "a.md", "---\ntitle: A changed\n---\n- [ ] z\n");
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, first, st), 0);
	ck_assert_int_eq(st[0], P_MISS);
	STATS(0, 1, 1);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);

	/* And none looked at: nothing to write, nothing lost. */
	{
		static const int none[5] = { 0, 0, 0, 0, 0 };

		ident(t.cfile, &a);
		stats_reset();
		ck_assert_uint_eq(pass(&t, &nm, none, st), 0);
		STATS(0, 0, 0);
		ident(t.cfile, &b);
		ck_assert(same_ident(&a, &b));
		ck_assert_uint_eq(pass_all(&t, &nm), 5);
	}

	names_free(&nm);
	tj_free(&t);
}
END_TEST

/* A record that does not parse is never kept: it fails every time. */
START_TEST(test_parse_failures)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct ident	 a, b;
	char		 name[32], *rel;
	int		*st;
	size_t		 i, n, ngood = 0, nbad = 0, round;

	tj_new(&t);
	srcs_load();
	/* Every record that fails, with a few that do not between them. */
	for (i = 0; i < nsrcs; i++) {
		int ok = parses(srcs[i].data, srcs[i].len);

		if (ok && i % 10 != 0)
			continue;
		snprintf(name, sizeof(name), "r%03zu.md", nm.n);
		xasprintf(&rel, "%s/%s", FOLDER, name);
		tj_put(&t, rel, srcs[i].data, srcs[i].len);
		free(rel);
		names_add(&nm, name);
		if (ok)
			ngood++;
		else
			nbad++;
	}
	n = nm.n;
	ck_assert_uint_ge(nbad, sizeof(bad_recs) / sizeof(bad_recs[0]) + 10);
	ck_assert_uint_ge(ngood, 5);
	st = xcalloc(n, sizeof(*st));

	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 0);
	STATS(0, n, 1);
	ident(t.cfile, &a);
	for (round = 0; round < 3; round++) {
		stats_reset();
		ck_assert_uint_eq(pass(&t, &nm, NULL, st), ngood);
		STATS(ngood, nbad, 0);
		for (i = 0; i < n; i++)
			ck_assert_int_ne(st[i], P_MISS);
		ident(t.cfile, &b);
		ck_assert(same_ident(&a, &b));
	}

	/* A cached record that stops parsing loses its entry. */
	{
		static const char good[] = "---\ntitle: Fine\n---\n";
		struct names one = { NULL, 0 };

		names_add(&one, "fine.md");
		tj_put_rec(&t, "fine.md", good);
		stats_reset();
		ck_assert_uint_eq(pass(&t, &one, NULL, st), 0);
		STATS(0, 1, 1);
		tj_put_rec(&t, "fine.md", "---\ntitle: [broken\n---\n");
		stats_reset();
		ck_assert_uint_eq(pass(&t, &one, NULL, st), 0);
		ck_assert_int_eq(st[0], P_BAD);
		STATS(0, 1, 1);
		stats_reset();
		ck_assert_uint_eq(pass(&t, &one, NULL, st), 0);
		ck_assert_int_eq(st[0], P_BAD);
		STATS(0, 1, 0);
		tj_put_rec(&t, "fine.md", good);
		stats_reset();
		ck_assert_uint_eq(pass(&t, &one, NULL, st), 0);
		ck_assert_int_eq(st[0], P_MISS);
		STATS(0, 1, 1);
		names_free(&one);
	}

	free(st);
	names_free(&nm);
	srcs_free();
	tj_free(&t);
}
END_TEST

/*
 * Damage: whatever is in the cache file, every get gives a correct
 * answer, and the next close writes a good file again.
 */
static uint64_t
rd64(const char *p, size_t off)
{
	uint64_t	 v;

	memcpy(&v, p + off, sizeof(v));
	return v;
}

static uint32_t
rd32(const char *p, size_t off)
{
	uint32_t	 v;

	memcpy(&v, p + off, sizeof(v));
	return v;
}

static void
wr64(char *p, size_t off, uint64_t v)
{
	memcpy(p + off, &v, sizeof(v));
}

static void
wr32(char *p, size_t off, uint32_t v)
{
	memcpy(p + off, &v, sizeof(v));
}

/* Damage the file at path with kind k; 0 when there is no kind k. */
enum { D_FLIP_FIRST, D_FLIP_LAST, D_FLIP_INDEX, D_FLIP_NAMES, D_HALF,
	D_HEADER_ONLY, D_SHORT_HEADER, D_GARBAGE, D_EMPTY, D_FORMAT,
	D_MAGIC, D_ENDIAN, D_STAMP, D_NENT, D_IDX_OFF, D_NKINDS };

static const char *const dnames[D_NKINDS] = { "flip in the first blob",
	"flip in the last blob", "flip in the index", "flip in the names",
	"half", "header only", "short header", "garbage", "empty",
	"format", "magic", "endian", "stamp", "entry count", "index offset" };

/* Does the damage spare every record but one (a blob's)? */
static int
damage_one(int k)
{
	return k == D_FLIP_FIRST || k == D_FLIP_LAST;
}

/* Flip bits in byte at of p. */
static void
flip(char *p, size_t at, unsigned bits)
{
	p[at] = (char)((unsigned char)p[at] ^ bits);
}

static void
damage(const char *path, int k)
{
	char	*p;
	size_t	 len, i;

	p = get_bytes(path, &len);
	ck_assert_uint_gt(len, HDR_SIZE);
	switch (k) {
	case D_FLIP_FIRST:
		flip(p, HDR_SIZE, 0x01);
		break;
	case D_FLIP_LAST:
		flip(p, rd64(p, HDR_IDX) - 1, 0x80);
		break;
	case D_FLIP_INDEX:
		flip(p, rd64(p, HDR_IDX) + 3, 0x10);
		break;
	case D_FLIP_NAMES:
		flip(p, rd64(p, HDR_NAMES), 0x02);
		break;
	case D_HALF:
		len /= 2;
		break;
	case D_HEADER_ONLY:
		len = HDR_SIZE;
		break;
	case D_SHORT_HEADER:
		len = HDR_SIZE - 1;
		break;
	case D_GARBAGE:
		for (i = 0; i < len; i++)
			p[i] = (char)(i * 7 + 3);
		break;
	case D_EMPTY:
		len = 0;
		break;
	case D_FORMAT:
		wr32(p, HDR_FORMAT, rd32(p, HDR_FORMAT) + 1);
		break;
	case D_MAGIC:
		flip(p, 0, 0x20);
		break;
	case D_ENDIAN:
		wr32(p, HDR_ENDIAN, 0x04030201U);
		break;
	case D_STAMP:
		wr64(p, HDR_STAMP, rd64(p, HDR_STAMP) ^ 1);
		break;
	case D_NENT:
		wr32(p, HDR_NENT, rd32(p, HDR_NENT) - 1);
		break;
	case D_IDX_OFF:
		wr64(p, HDR_IDX, rd64(p, HDR_IDX) - ENT_SIZE);
		break;
	}
	put_bytes(path, p, len);
	free(p);
}

START_TEST(test_damage)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	int		 k, st[5];
	size_t		 i, nmiss;

	tj_new(&t);
	five_records(&t, &nm);
	for (k = 0; k < D_NKINDS; k++) {
		stats_reset();
		pass_all(&t, &nm);
		stats_reset();
		ck_assert_uint_eq(pass_all(&t, &nm), 5);

		damage(t.cfile, k);
		stats_reset();
		pass(&t, &nm, NULL, st);
		for (i = nmiss = 0; i < 5; i++)
			nmiss += st[i] == P_MISS;
		ck_assert_msg(nmiss == (damage_one(k) ? 1 : 5),
		    "%s: %zu misses", dnames[k], nmiss);
		ck_assert_msg(cache_stats.writes == 1, "%s: not repaired",
		    dnames[k]);

		/* Repaired. */
		stats_reset();
		ck_assert_msg(pass_all(&t, &nm) == 5, "%s: still missing",
		    dnames[k]);
		STATS(5, 0, 0);
	}
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/* Every byte of the blobs, flipped in turn: that record, and no other,
 * is parsed again. */
START_TEST(test_damage_every_blob_byte)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	char		*good, *p;
	size_t		 len, at, end, i, nmiss;
	int		 st[5];

	tj_new(&t);
	five_records(&t, &nm);
	pass_all(&t, &nm);
	good = get_bytes(t.cfile, &len);
	end = rd64(good, HDR_IDX);
	ck_assert_uint_gt(end, HDR_SIZE + 5 * 60);
	p = xmalloc(len);
	for (at = HDR_SIZE; at < end; at++) {
		memcpy(p, good, len);
		p[at] ^= (char)(1 << (at % 8));
		put_bytes(t.cfile, p, len);
		stats_reset();
		pass(&t, &nm, NULL, st);
		for (i = nmiss = 0; i < 5; i++)
			nmiss += st[i] == P_MISS;
		ck_assert_msg(nmiss == 1, "byte %zu: %zu misses", at, nmiss);
		ck_assert_uint_eq(cache_stats.writes, 1);
		/* Put the good file back for the next byte. */
		put_bytes(t.cfile, good, len);
	}
	free(p);
	free(good);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * Blobs damaged behind their checksums (recomputed, as a bad writer
 * would): decoding must refuse or give a doc, never read or write out of
 * bounds.  A doc it gives keeps every offset inside the record.
 */
static void
doc_in_bounds(const struct doc *d)
{
	size_t	 i;

	ck_assert_uint_le(d->fm_off, d->len);
	ck_assert_uint_le(d->fm_end, d->len);
	ck_assert_uint_le(d->close_end, d->len);
	ck_assert_ptr_nonnull(d->fm);
	ck_assert_uint_le(d->fm->off, d->len);
	ck_assert_uint_le(d->fm->end, d->len);
	for (i = 0; i < d->nheads; i++)
		ck_assert_ptr_nonnull(d->heads[i].text);
	for (i = 0; i < d->ntasks; i++) {
		ck_assert_uint_le(d->tasks[i].off, d->len);
		ck_assert_uint_le(d->tasks[i].eol, d->len);
		ck_assert_uint_le(d->tasks[i].box, d->len);
		ck_assert_ptr_nonnull(d->tasks[i].text);
		ck_assert_int_ge(d->tasks[i].section, -1);
		ck_assert_int_lt(d->tasks[i].section, (int)d->nheads);
	}
}

/*
 * The by-name list damaged behind the checksum (recomputed): two entries
 * swapped, one out of range, one twice.  Each makes the file unusable:
 * every record is parsed and the file written again.
 */
START_TEST(test_byname_damage)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	char		*good, *p;
	size_t		 len, idx, nent, names, nlen, bn, kind;

	tj_new(&t);
	five_records(&t, &nm);
	pass_all(&t, &nm);
	good = get_bytes(t.cfile, &len);
	idx = rd64(good, HDR_IDX);
	nent = rd32(good, HDR_NENT);
	names = rd64(good, HDR_NAMES);
	nlen = rd64(good, HDR_NAMESLEN);
	ck_assert_uint_eq(nent, 5);
	bn = idx + nent * ENT_SIZE;
	ck_assert_uint_eq(names, bn + nent * 4);
	p = xmalloc(len);
	for (kind = 0; kind < 3; kind++) {
		memcpy(p, good, len);
		if (kind == 0) {
			wr32(p, bn, rd32(good, bn + 4));
			wr32(p, bn + 4, rd32(good, bn));
		} else if (kind == 1)
			wr32(p, bn + 8, 5);
		else
			wr32(p, bn + 12, rd32(good, bn + 8));
		wr64(p, HDR_SUM, XXH64(p + names, nlen, XXH64(p + bn,
		    nent * 4, XXH64(p + idx, nent * ENT_SIZE, 0))));
		put_bytes(t.cfile, p, len);
		stats_reset();
		ck_assert_uint_eq(pass_all(&t, &nm), 0);
		STATS(0, 5, 1);
	}
	/* The file written last is good again. */
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);
	free(p);
	free(good);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

START_TEST(test_damage_behind_checksums)
{
	static const unsigned char set[] = { 0x00, 0xff, 0x80, 0x7f, 0x20 };
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct fcache	*c;
	struct doc	 d;
	struct doc_error e;
	char		*good, *p, *data;
	size_t		 len, dlen, idx, nent, names, nlen, k, r, at;
	size_t		 boff, blen, hits = 0, tries = 0;

	tj_new(&t);
	tj_put_rec(&t, "rich.md", rich[7]);
	names_add(&nm, "rich.md");
	pass_all(&t, &nm);
	good = get_bytes(t.cfile, &len);
	idx = rd64(good, HDR_IDX);
	nent = rd32(good, HDR_NENT);
	names = rd64(good, HDR_NAMES);
	nlen = rd64(good, HDR_NAMESLEN);
	ck_assert_uint_eq(nent, 1);
	boff = rd64(good, idx + ENT_BLOB_OFF);
	blen = rd32(good, idx + ENT_BLOB_LEN);
	ck_assert_uint_gt(blen, 200);
	p = xmalloc(len);
	for (at = boff; at < boff + blen; at++) {
		for (k = 0; k < sizeof(set); k++) {
			memcpy(p, good, len);
			if ((unsigned char)p[at] == set[k])
				continue;
			p[at] = (char)set[k];
			wr64(p, idx + ENT_BLOB_SUM, XXH3_64bits(p + boff,
			    blen));
			/* The sum: the index, by name (after it), names. */
			wr64(p, HDR_SUM, XXH64(p + names, nlen,
			    XXH64(p + idx + nent * ENT_SIZE, nent * 4,
			    XXH64(p + idx, nent * ENT_SIZE, 0))));
			put_bytes(t.cfile, p, len);
			c = fcache_open(&t.j, FOLDER,
			    (const char *const *)nm.v, nm.n);
			ck_assert_ptr_nonnull(c);
			ck_assert_int_eq(doc_readat(t.j.dirfd,
			    FOLDER "/rich.md", &data, &dlen, &e), 0);
			memset(&d, 0, sizeof(d));
			if ((r = (size_t)fcache_get(c, 0, "rich.md", data,
			    dlen, &d, 0)) == 1) {
				ck_assert_ptr_eq(d.data, data);
				doc_in_bounds(&d);
				hits++;
				doc_free(&d);
			} else
				free(data);
			ck_assert_uint_le(r, 1);
			tries++;
			fcache_close(c);
		}
	}
	/*
	 * Most changes do not decode (lengths, kinds, counts, the end); some
	 * do (the bytes of strings), so decoding was tried.
	 */
	ck_assert_uint_gt(tries, blen * 3);
	ck_assert_uint_lt(hits, tries);
	ck_assert_uint_gt(hits, 0);
	free(p);
	free(good);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * A folder whose blobs are too many to read at once: each is read when
 * its record is, and damage to one still costs only that record.
 */
START_TEST(test_large_file)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct ident	 a, b;
	char		 name[32], *text, *p;
	size_t		 len, i, nmiss;
	int		 st[12];

	tj_new(&t);
	for (i = 0; i < 12; i++) {
		snprintf(name, sizeof(name), "long%02zu.md", i);
		text = long_record((int)i);
		tj_put_rec(&t, name, text);
		free(text);
		names_add(&nm, name);
	}
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, 12, 1);
	ident(t.cfile, &a);
	/* Well over what is read at once (256 KiB). */
	ck_assert_int_gt(a.size, 400 * 1024);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 12);
	STATS(12, 0, 0);
	ident(t.cfile, &b);
	ck_assert(same_ident(&a, &b));

	/* One byte of one blob, in the middle of the file. */
	p = get_bytes(t.cfile, &len);
	flip(p, rd64(p, HDR_IDX) / 2, 0x04);
	put_bytes(t.cfile, p, len);
	free(p);
	stats_reset();
	ck_assert_uint_eq(pass(&t, &nm, NULL, st), 11);
	for (i = nmiss = 0; i < 12; i++)
		nmiss += st[i] == P_MISS;
	ck_assert_uint_eq(nmiss, 1);
	STATS(11, 1, 1);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 12);
	STATS(12, 0, 0);

	/* Most records gone: the rest are carried one by one. */
	for (i = 2; i < 12; i++)
		tj_remove(&t, nm.v[i]);
	for (i = 2; i < 12; i++)
		free(nm.v[i]);
	nm.n = 2;
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 2);
	STATS(2, 0, 1);
	ident(t.cfile, &b);
	ck_assert_int_lt(b.size, a.size / 3);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 2);
	STATS(2, 0, 0);

	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * Temporary files a killed run left behind go when a new file is
 * written, once they are an hour old; younger ones may be a run still
 * writing, and stay.
 */
static void
leftovers(struct tj *t, char **old, char **young, char **olddir)
{
	struct timespec	 ts[2];

	xasprintf(old, "%s/log%%2026.1.0.tmp", t->cfolder);
	xasprintf(young, "%s/log%%2026.2.0.tmp", t->cfolder);
	xasprintf(olddir, "%s/folder.tmp", t->cfolder);
	put_bytes(*old, "torn", 4);
	put_bytes(*young, "busy", 4);
	mkdir_p(*olddir);
	ts[0].tv_sec = ts[1].tv_sec = time(NULL) - 2 * 3600;
	ts[0].tv_nsec = ts[1].tv_nsec = 0;
	ck_assert_int_eq(utimensat(AT_FDCWD, *old, ts, 0), 0);
	ck_assert_int_eq(utimensat(AT_FDCWD, *olddir, ts, 0), 0);
	ts[0].tv_sec = ts[1].tv_sec = time(NULL) - 600;
	ck_assert_int_eq(utimensat(AT_FDCWD, *young, ts, 0), 0);
}

static void
swept(struct tj *t, const char *old, const char *young, const char *olddir)
{
	int	 ntmp;

	ck_assert_int_eq(access(old, F_OK), -1);
	ck_assert_int_eq(access(young, F_OK), 0);
	ck_assert_int_eq(access(olddir, F_OK), 0);
	ck_assert_int_eq(count_names(t->cfolder, &ntmp), 3);
	ck_assert_int_eq(ntmp, 2);
	ck_assert_int_eq(unlink(young), 0);
	ck_assert_int_eq(rmdir(olddir), 0);
}

/* Left before the first write. */
START_TEST(test_sweep)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	char		*old, *young, *olddir;

	tj_new(&t);
	five_records(&t, &nm);
	mkdir_p(t.cfolder);
	leftovers(&t, &old, &young, &olddir);
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, 5, 1);
	swept(&t, old, young, olddir);

	free(old);
	free(young);
	free(olddir);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/* Left between two writes of one run. */
START_TEST(test_sweep_again)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	char		*old, *young, *olddir;

	tj_new(&t);
	five_records(&t, &nm);
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	leftovers(&t, &old, &young, &olddir);

	/* Nothing written: nothing swept. */
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);
	ck_assert_int_eq(access(old, F_OK), 0);

	tj_put_rec(&t, "b.md", "---\ntitle: B again\n---\n");
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 4);
	STATS(4, 1, 1);
	swept(&t, old, young, olddir);

	free(old);
	free(young);
	free(olddir);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * People and goals through fcache_list and fcache_load: the docs are
 * doc_loadat's, a record that fails fails the same way.
 */
static void
load_all(struct tj *t, enum rtype type, int want_cache, size_t *nok)
{
	const struct reclist *l = journal_list(&t->j, type);
	const char	**names;
	struct fcache	*c;
	struct doc	 d, f;
	struct doc_error e, fe;
	char		*path;
	size_t		 i;
	int		 rc, frc;

	c = fcache_list(&t->j, type, &names);
	ck_assert_int_eq(c != NULL, want_cache);
	ck_assert_int_eq(names != NULL, want_cache);
	*nok = 0;
	for (i = 0; i < l->n; i++) {
		path = journal_path(&t->j, l->v[i].rel);
		memset(&e, 0, sizeof(e));
		rc = fcache_load(c, i, &t->j, l->v[i].rel, path, &d, &e);
		frc = doc_loadat(&f, t->j.dirfd, l->v[i].rel, path, &fe);
		ck_assert_msg(rc == frc, "%s: status %d, not %d", path, rc,
		    frc);
		if (rc == 0) {
			same_doc(&d, &f, path);
			(*nok)++;
		} else {
			ck_assert_uint_eq(e.line, fe.line);
			ck_assert_uint_eq(e.col, fe.col);
			ck_assert_str_eq(e.msg, fe.msg);
		}
		doc_free(&d);
		doc_free(&f);
		free(path);
	}
	fcache_close(c);
	free(names);
}

static void
copy_examples(struct tj *t, const char *sub)
{
	DIR		*dp;
	struct dirent	*de;
	char		*from, *rel, *data;
	size_t		 len;

	xasprintf(&from, "%s/../../examples/journal/%s", TESTDATA, sub);
	if ((dp = opendir(from)) == NULL)
		err(1, "%s", from);
	free(from);
	xasprintf(&rel, "%s/%s", t->dir, sub);
	mkdir_p(rel);
	free(rel);
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		xasprintf(&from, "%s/../../examples/journal/%s/%s", TESTDATA,
		    sub, de->d_name);
		data = get_bytes(from, &len);
		xasprintf(&rel, "%s/%s", sub, de->d_name);
		tj_put(t, rel, data, len);
		free(rel);
		free(data);
		free(from);
	}
	closedir(dp);
}

START_TEST(test_list_load)
{
	struct tj	 t;
	struct doc	 d;
	struct doc_error e;
	char		*p;
	size_t		 np, ng, nok;

	tj_new(&t);
	copy_examples(&t, "people");
	copy_examples(&t, "goals");
	tj_put(&t, "people/zz-broken.md", "---\nname: [x\n---\n", 17);
	np = journal_list(&t.j, R_PERSON)->n;
	ng = journal_list(&t.j, R_GOAL)->n;
	ck_assert_uint_eq(np, 5);
	ck_assert_uint_eq(ng, 3);

	load_all(&t, R_PERSON, 1, &nok);
	ck_assert_uint_eq(nok, np - 1);
	STATS(0, np, 1);
	load_all(&t, R_GOAL, 1, &nok);
	ck_assert_uint_eq(nok, ng);
	STATS(0, np + ng, 2);
	xasprintf(&p, "%s/people", t.cfolder);
	ck_assert_int_eq(access(p, F_OK), 0);
	free(p);
	xasprintf(&p, "%s/goals", t.cfolder);
	ck_assert_int_eq(access(p, F_OK), 0);
	free(p);

	stats_reset();
	load_all(&t, R_PERSON, 1, &nok);
	load_all(&t, R_GOAL, 1, &nok);
	STATS(np - 1 + ng, 1, 0);

	/* Without a cache, fcache_load is doc_loadat. */
	ck_assert_int_eq(setenv("MENTOR_CACHE", "off", 1), 0);
	stats_reset();
	load_all(&t, R_PERSON, 0, &nok);
	ck_assert_uint_eq(nok, np - 1);
	STATS(0, 0, 0);
	unsetenv("MENTOR_CACHE");

	/* A record that cannot be read is what doc_loadat says. */
	memset(&e, 0, sizeof(e));
	ck_assert_int_eq(fcache_load(NULL, 0, &t.j, "people/nobody.md",
	    "people/nobody.md", &d, &e), EX_NOINPUT);
	doc_free(&d);
	tj_free(&t);

	/* No people at all: no cache to open. */
	tj_new(&t);
	{
		const char	**names;

		ck_assert_ptr_null(fcache_list(&t.j, R_PERSON, &names));
		ck_assert_ptr_null(names);
	}
	tj_free(&t);
}
END_TEST

/* The cache's own trouble never shows: no cache, or a quiet one. */
START_TEST(test_cache_off)
{
	static const char *const offs[] = { "off", "0", "no" };
	static const char *const ons[] = { "on", "1", "yes", "", "OFF " };
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	struct fcache	*c;
	size_t		 i;

	tj_new(&t);
	five_records(&t, &nm);
	for (i = 0; i < sizeof(offs) / sizeof(offs[0]); i++) {
		ck_assert_int_eq(setenv("MENTOR_CACHE", offs[i], 1), 0);
		ck_assert_ptr_null(fcache_open(&t.j, FOLDER,
		    (const char *const *)nm.v, nm.n));
	}
	/* Nothing was made for it. */
	ck_assert_int_eq(count_names(t.cfolder, NULL), -1);
	for (i = 0; i < sizeof(ons) / sizeof(ons[0]); i++) {
		ck_assert_int_eq(setenv("MENTOR_CACHE", ons[i], 1), 0);
		c = fcache_open(&t.j, FOLDER, (const char *const *)nm.v,
		    nm.n);
		ck_assert_msg(c != NULL, "MENTOR_CACHE='%s'", ons[i]);
		fcache_close(c);
	}
	unsetenv("MENTOR_CACHE");
	ck_assert_uint_eq(pass_all(&t, &nm), 0);
	STATS(0, 5, 1);
	stats_reset();
	ck_assert_uint_eq(pass_all(&t, &nm), 5);
	STATS(5, 0, 0);
	/* fcache_close takes NULL, as walks without a cache give it. */
	fcache_close(NULL);
	names_free(&nm);
	tj_free(&t);
}
END_TEST

/*
 * Walks: the look function writes what it saw of each record, and checks
 * the doc against a fresh parse of its bytes.
 */
struct wctx {
	struct buf	 out;
	pthread_mutex_t	 mu;
	unsigned	 bad;
	char		 why[WHY];	/* the first doc unlike parsing's */
	const char	*drop;		/* pre() drops records holding it */
};

static void *
look(void *arg, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct wctx	*w = arg;
	struct buf	 b = BUF_INIT;
	const struct task *t;
	struct doc	 f;
	struct doc_error fe;
	char		*copy, why[WHY];
	size_t		 i, k;

	if (d == NULL) {
		buf_addf(&b, "%s !%d %u:%u: %s\n", r->id, rc, e->line, e->col,
		    e->msg);
		return buf_detach(&b, NULL);
	}
	buf_addf(&b, "%s %s|%s bom=%d crlf=%d body=%u\n", r->id,
	    doc_title(d), fm_str(d, "date") ? fm_str(d, "date") : "-",
	    d->bom, d->crlf, d->body_line);
	for (i = 0; i < d->nheads; i++)
		buf_addf(&b, "  h%d %u %s\n", d->heads[i].level,
		    d->heads[i].line, d->heads[i].text);
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		buf_addf(&b, "  %u [%c] %s due=%d@%u done=%d@%u s=%d bad=%s@%u",
		    t->line, t->status, t->text, (int)t->due, t->due_col,
		    (int)t->done, t->done_col, t->section,
		    t->badtok ? t->badtok : "-", t->badtok_col);
		for (k = 0; k < t->npeople; k++)
			buf_addf(&b, " @%s:%u", t->people[k], t->people_col[k]);
		for (k = 0; k < t->ntags; k++)
			buf_addf(&b, " #%s", t->tags[k]);
		buf_addch(&b, '\n');
	}
	copy = xmalloc(d->len + 1);
	memcpy(copy, d->data, d->len + 1);
	snprintf(why, sizeof(why), "does not parse");
	if (doc_parse(&f, path, copy, d->len, &fe) != 0 ||
	    doc_differ(why, d, &f)) {
		pthread_mutex_lock(&w->mu);
		if (w->bad++ == 0)
			snprintf(w->why, sizeof(w->why), "%.200s: %.300s",
			    path, why);
		pthread_mutex_unlock(&w->mu);
	}
	doc_free(&f);
	return buf_detach(&b, NULL);
}

static void
out(void *arg, const char *path, void *res)
{
	struct wctx	*w = arg;

	(void)path;
	buf_addstr(&w->out, res);
	free(res);
}

static int
pre(void *arg, const char *data, size_t len)
{
	struct wctx	*w = arg;

	(void)len;
	return strstr(data, w->drop) == NULL;
}

/* Walk the journal's entries; what out() got (the caller frees it). */
static char *
walk(struct tj *t, int nocache, const char *drop)
{
	struct wctx	 w;
	struct walk	 wk;

	memset(&w, 0, sizeof(w));
	buf_init(&w.out);
	pthread_mutex_init(&w.mu, NULL);
	w.drop = drop;
	memset(&wk, 0, sizeof(wk));
	wk.ctx = &w;
	wk.look = look;
	wk.out = out;
	wk.free_res = free;
	wk.pre = drop != NULL ? pre : NULL;
	wk.nocache = nocache;
	walk_records(&t->j, NULL, R_ENTRY, &wk);
	ck_assert_msg(w.bad == 0, "%u docs unlike parsing; first %s", w.bad,
	    w.why);
	pthread_mutex_destroy(&w.mu);
	return buf_detach(&w.out, NULL);
}

/*
 * Two walks' outputs are the same; else the first line that differs
 * (whole outputs are too long for a message).
 */
static void
same_out(const char *got, const char *want, const char *what)
{
	const char	*g = got, *w = want;
	unsigned	 line = 1;

	while (*g != '\0' && *g == *w) {
		if (*g == '\n')
			line++;
		g++;
		w++;
	}
	if (*g == *w)
		return;
	while (g > got && g[-1] != '\n') {
		g--;
		w--;
	}
	ck_abort_msg("%s: line %u: \"%.*s\", not \"%.*s\"", what, line,
	    (int)strcspn(g, "\n") > 150 ? 150 : (int)strcspn(g, "\n"), g,
	    (int)strcspn(w, "\n") > 150 ? 150 : (int)strcspn(w, "\n"), w);
}

/* The example entries in log/2026, ours in log/2025, one broken. */
static size_t
walk_journal(struct tj *t)
{
	struct names	 ex = { NULL, 0 };
	DIR		*dp;
	struct dirent	*de;
	char		*p, *q, *rel, *data;
	size_t		 i, len, n = 0;

	xasprintf(&p, "%s/log/2025", t->dir);
	mkdir_p(p);
	free(p);
	if ((dp = opendir(TESTDATA "/../../examples/journal/log/2026")) ==
	    NULL)
		err(1, "examples");
	while ((de = readdir(dp)) != NULL)
		if (strlen(de->d_name) > 3 && strcmp(de->d_name +
		    strlen(de->d_name) - 3, ".md") == 0)
			names_add(&ex, de->d_name);
	closedir(dp);
	for (i = 0; i < ex.n; i++) {
		xasprintf(&q, "%s/../../examples/journal/log/2026/%s",
		    TESTDATA, ex.v[i]);
		data = get_bytes(q, &len);
		xasprintf(&rel, "log/2026/%s", ex.v[i]);
		tj_put(t, rel, data, len);
		free(rel);
		free(data);
		free(q);
		n++;
	}
	for (i = 0; i < sizeof(rich) / sizeof(rich[0]); i++) {
		xasprintf(&rel, "log/2025/2025-01-%02zu-rich.md", i + 1);
		tj_put(t, rel, rich[i], strlen(rich[i]));
		free(rel);
		n++;
	}
	tj_put(t, "log/2026/2026-12-31-broken.md", "no front matter\n", 16);
	n++;
	names_free(&ex);
	return n;
}

START_TEST(test_walk)
{
	struct tj	 t, u;
	struct ident	 a, b;
	char		*cold, *warm, *off, *nc, *p;
	size_t		 n;
	int		 ntmp;

	tj_new(&t);
	n = walk_journal(&t);
	ck_assert_uint_ge(n, 19 + sizeof(rich) / sizeof(rich[0]) + 1);

	cold = walk(&t, 0, NULL);
	STATS(0, n, 2);
	/* One file a year folder, named after it. */
	xasprintf(&p, "%s/log%%2025", t.cfolder);
	ident(p, &b);
	free(p);
	ident(t.cfile, &a);
	ck_assert_int_eq(count_names(t.cfolder, &ntmp), 2);
	ck_assert_int_eq(ntmp, 0);

	stats_reset();
	warm = walk(&t, 0, NULL);
	STATS(n - 1, 1, 0);
	same_out(warm, cold, "warm");
	ident(t.cfile, &b);
	ck_assert(same_ident(&a, &b));

	ck_assert_int_eq(setenv("MENTOR_CACHE", "off", 1), 0);
	stats_reset();
	off = walk(&t, 0, NULL);
	STATS(0, 0, 0);
	same_out(off, cold, "off");
	unsetenv("MENTOR_CACHE");
	ck_assert_ptr_nonnull(strstr(cold, "2026-12-31-broken !65 1:1: no "
	    "front matter: the first line must be '---'\n"));
	ck_assert_ptr_nonnull(strstr(cold, "2025-01-01-rich Windows line "
	    "ends|2026-03-01 bom=0 crlf=1"));

	/* mentor-check's walks leave the cache alone. */
	tj_new(&u);
	ck_assert_uint_eq(walk_journal(&u), n);
	stats_reset();
	nc = walk(&u, 1, NULL);
	STATS(0, 0, 0);
	same_out(nc, cold, "nocache");
	ck_assert_int_eq(count_names(u.cfolder, NULL), -1);
	free(nc);
	/* Nor do they touch a cache that is there. */
	free(walk(&u, 0, NULL));
	ident(u.cfile, &a);
	stats_reset();
	nc = walk(&u, 1, NULL);
	STATS(0, 0, 0);
	same_out(nc, cold, "nocache");
	ident(u.cfile, &b);
	ck_assert(same_ident(&a, &b));
	ck_assert_int_eq(count_names(u.cfolder, NULL), 2);
	free(nc);

	free(cold);
	free(warm);
	free(off);
	tj_free(&t);
	tj_free(&u);
}
END_TEST

/* Records a filter drops before parsing keep their entries too. */
START_TEST(test_walk_filtered)
{
	struct tj	 t;
	char		*all, *some, *got;
	size_t		 n, nlooked;

	tj_new(&t);
	n = walk_journal(&t);
	ck_assert_int_eq(setenv("MENTOR_CACHE", "off", 1), 0);
	all = walk(&t, 0, NULL);
	some = walk(&t, 0, "jane");
	unsetenv("MENTOR_CACHE");
	ck_assert(strcmp(all, some) != 0);

	/* Cold and filtered: the records that pass are learnt. */
	stats_reset();
	got = walk(&t, 0, "jane");
	same_out(got, some, "filtered");
	nlooked = cache_stats.misses;
	ck_assert_uint_gt(nlooked, 1);
	ck_assert_uint_lt(nlooked, n - 5);
	STATS(0, nlooked, 2);
	free(got);

	/* Not filtered: the others are parsed, and learnt. */
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, all, "all");
	ck_assert_uint_eq(cache_stats.hits, nlooked - 1);
	ck_assert_uint_eq(cache_stats.misses, n - nlooked + 1);
	ck_assert_uint_ge(cache_stats.writes, 1);
	free(got);

	/* Filtered again: nothing to write, and nothing lost. */
	stats_reset();
	got = walk(&t, 0, "jane");
	same_out(got, some, "filtered");
	STATS(nlooked - 1, 1, 0);
	free(got);
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, all, "all");
	STATS(n - 1, 1, 0);
	free(got);

	free(all);
	free(some);
	tj_free(&t);
}
END_TEST

/* Many records on two threads: cold, warm and off agree. */
static char *
gen_record(int i)
{
	struct buf	 b = BUF_INIT;
	const char	*nl = i % 11 == 0 ? "\r\n" : "\n";
	int		 k;

	if (i % 50 == 49) {
		buf_addf(&b, "---%stitle: never closed %d%s", nl, i, nl);
		return buf_detach(&b, NULL);
	}
	if (i % 13 == 0)
		buf_addstr(&b, "\xEF\xBB\xBF");
	buf_addf(&b, "---%s", nl);
	if (i % 3 == 0)
		buf_addf(&b, "title: \"Record %d: quoted\"%s", i, nl);
	else
		buf_addf(&b, "title: Record %d%s", i, nl);
	buf_addf(&b, "date: 2026-%02d-%02d%s", i % 12 + 1, i % 28 + 1, nl);
	buf_addf(&b, "with: [p%d, p%d]%s", i % 5, i % 7, nl);
	if (i % 4 == 0)
		buf_addf(&b, "notes: |%s  line %d%s  more%s", nl, i, nl, nl);
	buf_addf(&b, "---%s", nl);
	for (k = 0; k < i % 6; k++) {
		if (k % 2 == 0)
			buf_addf(&b, "## Part %d%s", k, nl);
		buf_addf(&b, "- [%c] task %d.%d @p%d #t%d %s%s", " x/-X"[k % 5],
		    i, k, (i + k) % 9, k, i % 7 == 0 ? "due:2026-02-31" :
		    "due:2026-03-15", nl);
	}
	if (i % 10 == 0)
		buf_addf(&b, "```%s- [ ] fenced%s```%s", nl, nl, nl);
	return buf_detach(&b, NULL);
}

START_TEST(test_many_threads)
{
	struct tj	 t;
	char		 rel[64], *text, *cold, *warm, *off, *got;
	int		 i, nbroken = 0, nchanged = 0;

	tj_new(&t);
	for (i = 0; i < 300; i++) {
		snprintf(rel, sizeof(rel), "log/2026/2026-01-01-r%03d.md", i);
		text = gen_record(i);
		tj_put(&t, rel, text, strlen(text));
		free(text);
		nbroken += i % 50 == 49;
	}
	ck_assert_int_eq(setenv("MENTOR_THREADS", "2", 1), 0);
	cold = walk(&t, 0, NULL);
	STATS(0, 300, 1);
	stats_reset();
	warm = walk(&t, 0, NULL);
	STATS(300 - nbroken, nbroken, 0);
	same_out(warm, cold, "warm");
	ck_assert_int_eq(setenv("MENTOR_CACHE", "off", 1), 0);
	stats_reset();
	off = walk(&t, 0, NULL);
	STATS(0, 0, 0);
	same_out(off, cold, "off");
	unsetenv("MENTOR_CACHE");

	/* Some change, each keeping its size. */
	for (i = 0; i < 300; i += 17) {
		if (i % 50 == 49)
			continue;
		snprintf(rel, sizeof(rel), "log/2026/2026-01-01-r%03d.md", i);
		text = gen_record(i);
		*strstr(text, "Record") = 'r';
		tj_put(&t, rel, text, strlen(text));
		free(text);
		nchanged++;
	}
	ck_assert_int_eq(setenv("MENTOR_THREADS", "4", 1), 0);
	stats_reset();
	got = walk(&t, 0, NULL);
	STATS(300 - nbroken - nchanged, nbroken + nchanged, 1);
	ck_assert(strcmp(got, cold) != 0);
	ck_assert_int_eq(setenv("MENTOR_CACHE", "no", 1), 0);
	free(off);
	off = walk(&t, 0, NULL);
	unsetenv("MENTOR_CACHE");
	same_out(got, off, "after changes");
	free(got);
	stats_reset();
	got = walk(&t, 0, NULL);
	STATS(300 - nbroken, nbroken, 0);
	same_out(got, off, "after changes");

	free(got);
	free(cold);
	free(warm);
	free(off);
	tj_free(&t);
}
END_TEST

/* No usable place for the cache: walks still give what parsing gives. */
START_TEST(test_unusable_dir)
{
	struct tj	 t;
	struct names	 nm = { NULL, 0 };
	char		*file, *dir, *want, *got;
	size_t		 n;
	int		 ntmp;

	/* The truth, from a walk without the cache. */
	tj_new(&t);
	walk_journal(&t);
	ck_assert_int_eq(setenv("MENTOR_CACHE", "off", 1), 0);
	want = walk(&t, 0, NULL);
	unsetenv("MENTOR_CACHE");
	names_add(&nm, "2026-12-31-broken.md");

	/* Under a regular file. */
	xasprintf(&file, "%s/plain-file", base);
	put_bytes(file, "x", 1);
	xasprintf(&dir, "%s/sub", file);
	ck_assert_int_eq(setenv("MENTOR_CACHE_DIR", dir, 1), 0);
	ck_assert_ptr_null(fcache_open(&t.j, FOLDER,
	    (const char *const *)nm.v, nm.n));
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "under a file");
	STATS(0, 0, 0);
	free(got);
	free(dir);

	/* A regular file itself. */
	ck_assert_int_eq(setenv("MENTOR_CACHE_DIR", file, 1), 0);
	ck_assert_ptr_null(fcache_open(&t.j, FOLDER,
	    (const char *const *)nm.v, nm.n));
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "a file");
	STATS(0, 0, 0);
	free(got);

	/* The journal's cache folder is a file. */
	ck_assert_int_eq(setenv("MENTOR_CACHE_DIR", cachedir, 1), 0);
	put_bytes(t.cfolder, "", 0);
	ck_assert_ptr_null(fcache_open(&t.j, FOLDER,
	    (const char *const *)nm.v, nm.n));
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "journal's folder a file");
	STATS(0, 0, 0);
	free(got);
	ck_assert_int_eq(unlink(t.cfolder), 0);
	tj_free(&t);

	/* The folder's cache file is a folder: nothing can be written. */
	tj_new(&t);
	n = walk_journal(&t);
	mkdir_p(t.cfolder);
	mkdir_p(t.cfile);
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "cache file a folder");
	ck_assert_uint_eq(cache_stats.hits, 0);
	ck_assert_uint_eq(cache_stats.writes, 1);	/* log%2025 only */
	free(got);
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "cache file a folder, again");
	STATS(sizeof(rich) / sizeof(rich[0]), n - sizeof(rich) /
	    sizeof(rich[0]), 0);
	free(got);
	ck_assert_int_eq(count_names(t.cfile, NULL), 0);
	ck_assert_int_eq(count_names(t.cfolder, &ntmp), 2);
	ck_assert_int_eq(ntmp, 0);
	tj_free(&t);

	/*
	 * A read-only cache folder: nothing written where writing is
	 * refused (the superuser may write anyway).
	 */
	xasprintf(&dir, "%s/ro", base);
	mkdir_p(dir);
	ck_assert_int_eq(chmod(dir, 0500), 0);
	ck_assert_int_eq(setenv("MENTOR_CACHE_DIR", dir, 1), 0);
	tj_new(&t);
	walk_journal(&t);
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "read-only cache dir");
	if (access(dir, W_OK) != 0) {
		STATS(0, 0, 0);
		ck_assert_int_eq(count_names(dir, NULL), 0);
	}
	free(got);
	ck_assert_int_eq(chmod(dir, 0700), 0);
	tj_free(&t);
	free(dir);

	/* The journal's own cache folder read-only. */
	ck_assert_int_eq(setenv("MENTOR_CACHE_DIR", cachedir, 1), 0);
	tj_new(&t);
	n = walk_journal(&t);
	mkdir_p(t.cfolder);
	ck_assert_int_eq(chmod(t.cfolder, 0500), 0);
	stats_reset();
	got = walk(&t, 0, NULL);
	same_out(got, want, "read-only journal folder");
	if (access(t.cfolder, W_OK) != 0) {
		STATS(0, n, 0);
		ck_assert_int_eq(count_names(t.cfolder, NULL), 0);
	}
	free(got);
	ck_assert_int_eq(chmod(t.cfolder, 0700), 0);
	tj_free(&t);

	free(want);
	free(file);
	names_free(&nm);
}
END_TEST

static Suite *
cache_suite(void)
{
	Suite	*s = suite_create("cache");
	TCase	*tc = tcase_create("cache");

	tcase_add_checked_fixture(tc, test_setup, test_teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, test_compare_sees_changes);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_counters);
	tcase_add_test(tc, test_names);
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_heads_level);
	tcase_add_test(tc, test_same_size_change);
	tcase_add_test(tc, test_removed);
	tcase_add_test(tc, test_not_looked_at);
	tcase_add_test(tc, test_known_fm_only);
	tcase_add_test(tc, test_parse_failures);
	tcase_add_test(tc, test_damage);
	tcase_add_test(tc, test_damage_every_blob_byte);
	tcase_add_test(tc, test_damage_behind_checksums);
	tcase_add_test(tc, test_byname_damage);
	tcase_add_test(tc, test_large_file);
	tcase_add_test(tc, test_sweep);
	tcase_add_test(tc, test_sweep_again);
	tcase_add_test(tc, test_list_load);
	tcase_add_test(tc, test_cache_off);
	tcase_add_test(tc, test_walk);
	tcase_add_test(tc, test_walk_filtered);
	tcase_add_test(tc, test_many_threads);
	tcase_add_test(tc, test_unusable_dir);
	suite_add_tcase(s, tc);
	return s;
}

static int
rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

/* Folders a test left read-only must not keep the tree from going. */
static int
open_up(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)ftw;
	if (flag == FTW_D || flag == FTW_DNR)
		(void)chmod(p, st->st_mode | 0700);
	return 0;
}

static void
tree_remove(const char *dir)
{
	nftw(dir, open_up, 16, FTW_PHYS);
	nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	if (mkdtemp(base) == NULL || mkdtemp(cachedir) == NULL)
		err(1, "mkdtemp");
	unsetenv("MENTOR_JOURNAL");
	unsetenv("MENTOR_CACHE");
	unsetenv("MENTOR_THREADS");
	if (setenv("MENTOR_CACHE_DIR", cachedir, 1) == -1)
		err(1, "setenv");
	sr = srunner_create(cache_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	cache_thread_done();
	doc_thread_done();
	task_thread_done();
	tree_remove(base);
	tree_remove(cachedir);
	return failed == 0 ? 0 : 1;
}
