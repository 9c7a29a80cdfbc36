#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <dirent.h>
#include <err.h>
#include <ftw.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * walk.c: reading many records on every core, handing the results out
 * in order.  One journal is written before the tests fork:
 *
 *   people/ann.md, bob.md, cy.md        goals/g1.md, g2.md
 *   log/2025/2025-03-0{1,2,3}-{a,b,c}.md  dated 03-05, 03-04, 03-03
 *   log/2026/2026-01-NN-n.md (NN 01..20)  dated 2026-02-(21-NN): the
 *                                         dates run against the names;
 *                                         NN a multiple of 5 says drop-me
 *   log/2026/2026-01-25-broken.md        no front matter
 *   log/2026/2026-01-26-tie.md           dated 02-01, as 2026-01-20-n
 *   log/2027/2027-01-01-z.md
 *   log/misc/2026-05-05-stray.md         not a year folder: never read
 *
 * The look function returns the id and the date (or, for a record that
 * could not be read, its status and error), out() prints one line a
 * result into a buffer the tests compare.
 */
static char	 base[] = "/tmp/check_walk.XXXXXX";

static void
put(const char *rel, const char *text)
{
	char	*p;
	FILE	*f;

	xasprintf(&p, "%s/%s", base, rel);
	if ((f = fopen(p, "w")) == NULL)
		err(1, "%s", p);
	fputs(text, f);
	if (fclose(f) != 0)
		err(1, "%s", p);
	free(p);
}

static void
mkdir_in(const char *rel)
{
	char	*p;

	xasprintf(&p, "%s/%s", base, rel);
	if (mkdir(p, 0755) == -1)
		err(1, "%s", p);
	free(p);
}

static void
entry(const char *rel, const char *date, int drop)
{
	char	*text;

	xasprintf(&text, "---\ntitle: t\ndate: %s\n%s---\nBody.\n", date,
	    drop ? "tags: [drop-me]\n" : "");
	put(rel, text);
	free(text);
}

static void
tree_setup(void)
{
	char	 rel[64], date[16];
	int	 i;

	if (mkdtemp(base) == NULL)
		err(1, "mkdtemp");
	unsetenv("MENTOR_JOURNAL");
	unsetenv("MENTOR_THREADS");
	put("mentor.yaml", "owner: Alex Doe\n");
	mkdir_in("people");
	put("people/ann.md", "---\nname: Ann\n---\n");
	put("people/bob.md", "---\nname: Bob\n---\n");
	put("people/cy.md", "---\nname: Cy\n---\n");
	mkdir_in("goals");
	put("goals/g1.md", "---\ntitle: Goal one\n---\n");
	put("goals/g2.md", "---\ntitle: Goal two\n---\n");
	mkdir_in("log");
	mkdir_in("log/2025");
	entry("log/2025/2025-03-01-a.md", "2025-03-05", 0);
	entry("log/2025/2025-03-02-b.md", "2025-03-04", 0);
	entry("log/2025/2025-03-03-c.md", "2025-03-03", 0);
	mkdir_in("log/2026");
	for (i = 1; i <= 20; i++) {
		snprintf(rel, sizeof(rel), "log/2026/2026-01-%02d-n.md", i);
		snprintf(date, sizeof(date), "2026-02-%02d", 21 - i);
		entry(rel, date, i % 5 == 0);
	}
	put("log/2026/2026-01-25-broken.md", "not a record\n");
	entry("log/2026/2026-01-26-tie.md", "2026-02-01", 0);
	put("log/2026/readme.txt", "not a record either\n");
	mkdir_in("log/2027");
	entry("log/2027/2027-01-01-z.md", "2027-01-01", 0);
	mkdir_in("log/misc");
	entry("log/misc/2026-05-05-stray.md", "2026-05-05", 0);
}

static int
rm_one(const char *p, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(p);
}

static void
tree_teardown(void)
{
	nftw(base, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

/* A result: what look saw. */
struct res {
	char	*id, *path;
	char	*date;		/* date:, name: or title:; NULL when none */
	int	 rc;
	char	*err;		/* "LINE:COL: MSG" when rc is not 0 */
	int	 main;		/* looked at on the walking thread */
};

/* The walk's context: counts, and what out() wrote. */
struct ctx {
	unsigned	 looks, pres, frees, outs;
	unsigned	 bad_pre;	/* pre() saw bytes not NUL-terminated */
	unsigned	 off_main;	/* looks not on the walking thread */
	unsigned	 bad_path;	/* out() got a path not look's */
	unsigned	 stop_after;	/* out() sets *stop after so many */
	int		 stop;
	const char	*drop_suffix;	/* look returns NULL for these ids */
	pthread_t	 self;
	struct buf	 out;
	int		 record_seen;
	struct buf	 seen;		/* then the ids in the order looked at */
	struct journal	*j;
	int		 wait_worker;	/* the walking thread waits for one */
};

static int
ends_with(const char *s, const char *suffix)
{
	size_t	 n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void *
look(void *arg, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct ctx	*c = arg;
	struct res	*res;
	const char	*v;

	__atomic_fetch_add(&c->looks, 1, __ATOMIC_RELAXED);
	if (!pthread_equal(pthread_self(), c->self))
		__atomic_fetch_add(&c->off_main, 1, __ATOMIC_RELAXED);
	else if (c->wait_worker) {
		int	 ms;

		/* Leave the workers records to look at (for 2 s at most). */
		for (ms = 0; ms < 2000 && __atomic_load_n(&c->off_main,
		    __ATOMIC_RELAXED) == 0; ms++)
			usleep(1000);
	}
	else if (c->record_seen)
		buf_addf(&c->seen, "%s\n", r->id);
	if (c->drop_suffix != NULL && ends_with(r->id, c->drop_suffix))
		return NULL;
	res = xcalloc(1, sizeof(*res));
	res->id = xstrdup(r->id);
	res->path = xstrdup(path);
	res->rc = rc;
	if (d == NULL) {
		xasprintf(&res->err, "%u:%u: %s", e->line, e->col, e->msg);
		return res;
	}
	if ((v = fm_str(d, "date")) != NULL ||
	    (v = fm_str(d, "name")) != NULL ||
	    (v = fm_str(d, "title")) != NULL)
		res->date = xstrdup(v);
	return res;
}

static void
res_free(void *arg)
{
	struct res	*res = arg;

	free(res->id);
	free(res->path);
	free(res->date);
	free(res->err);
	free(res);
}

/* Results not handed out: counted through a global (free_res has no ctx). */
static unsigned	 nfreed;

static void
count_free(void *arg)
{
	nfreed++;
	res_free(arg);
}

static void
out(void *arg, const char *path, void *r)
{
	struct ctx	*c = arg;
	struct res	*res = r;

	c->outs++;
	if (strcmp(path, res->path) != 0)
		c->bad_path++;
	if (res->rc != 0)
		buf_addf(&c->out, "%s !%d %s\n", res->id, res->rc, res->err);
	else
		buf_addf(&c->out, "%s %s\n", res->id, res->date ? res->date :
		    "-");
	res_free(res);
	if (c->stop_after != 0 && c->outs == c->stop_after)
		c->stop = 1;
}

/* By date (broken records, without one, first), then by id. */
static int
cmp(const void *a, const void *b)
{
	const struct res	*x = a, *y = b;
	int			 k;

	if ((k = strcmp(x->date ? x->date : "", y->date ? y->date : "")) != 0)
		return k;
	return strcmp(x->id, y->id);
}

static int
pre_drop(void *arg, const char *data, size_t len)
{
	struct ctx	*c = arg;

	__atomic_fetch_add(&c->pres, 1, __ATOMIC_RELAXED);
	if (data[len] != '\0' || strlen(data) != len)
		__atomic_fetch_add(&c->bad_pre, 1, __ATOMIC_RELAXED);
	return strstr(data, "drop-me") == NULL;
}

static struct journal	 J;

static void
test_setup(void)
{
	unsetenv("MENTOR_THREADS");
	ck_assert_int_eq(journal_find(&J, base, 0), 0);
	nfreed = 0;
}

static void
test_teardown(void)
{
	journal_close(&J);
}

static void
ctx_init(struct ctx *c, struct walk *w)
{
	memset(c, 0, sizeof(*c));
	buf_init(&c->out);
	buf_init(&c->seen);
	c->self = pthread_self();
	c->j = &J;
	memset(w, 0, sizeof(*w));
	w->ctx = c;
	w->look = look;
	w->out = out;
	w->free_res = count_free;
	w->stop = &c->stop;
}

/* Walk and return what out() wrote (the caller frees it). */
static char *
walk(struct ctx *c, struct walk *w, const struct reclist *l, enum rtype t)
{
	walk_records(&J, l, t, w);
	ck_assert_uint_eq(c->bad_path, 0);
	ck_assert_uint_eq(c->bad_pre, 0);
	return buf_detach(&c->out, NULL);
}

static const char broken_line[] = "2026-01-25-broken !65 1:1: no front "
    "matter: the first line must be '---'\n";

/*
 * The 2026 folder's lines: by name, or by date (20-n and tie share
 * 02-01; the broken record, without a date, sorts first); reversed; with
 * or without the drop-me records (every fifth n).
 */
static void
lines_2026(struct buf *b, int bydate, int reverse, int drop)
{
	char	*v[22];
	size_t	 n = 0, k;
	int	 i;

	if (!bydate) {
		for (i = 1; i <= 20; i++)
			if (!drop || i % 5 != 0)
				xasprintf(&v[n++], "2026-01-%02d-n 2026-02-%02d\n",
				    i, 21 - i);
		v[n++] = xstrdup(broken_line);
		v[n++] = xstrdup("2026-01-26-tie 2026-02-01\n");
	} else {
		v[n++] = xstrdup(broken_line);
		for (i = 20; i >= 1; i--) {
			if (!drop || i % 5 != 0)
				xasprintf(&v[n++], "2026-01-%02d-n 2026-02-%02d\n",
				    i, 21 - i);
			if (i == 20)
				v[n++] = xstrdup("2026-01-26-tie 2026-02-01\n");
		}
	}
	for (k = 0; k < n; k++) {
		buf_addstr(b, v[reverse ? n - 1 - k : k]);
		free(v[reverse ? n - 1 - k : k]);
	}
}

static char *
expected(int bydate, int reverse, int drop)
{
	struct buf	 b = BUF_INIT;
	static const char *const y2025[] = { "2025-03-01-a 2025-03-05\n",
	    "2025-03-02-b 2025-03-04\n", "2025-03-03-c 2025-03-03\n" };
	int		 i;

	if (reverse) {
		buf_addstr(&b, "2027-01-01-z 2027-01-01\n");
		lines_2026(&b, bydate, 1, drop);
		for (i = 0; i < 3; i++)
			buf_addstr(&b, y2025[bydate ? i : 2 - i]);
		return buf_detach(&b, NULL);
	}
	for (i = 0; i < 3; i++)
		buf_addstr(&b, y2025[bydate ? 2 - i : i]);
	lines_2026(&b, bydate, 0, drop);
	buf_addstr(&b, "2027-01-01-z 2027-01-01\n");
	return buf_detach(&b, NULL);
}

/* Every entry, folder by folder, each folder in file-name order. */
START_TEST(test_entries_in_order)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got, *want;

	ctx_init(&c, &w);
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(0, 0, 0);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(c.looks, 26);
	ck_assert_uint_eq(c.outs, 26);
	ck_assert_uint_eq(nfreed, 0);
	ck_assert_int_eq(c.stop, 0);
	free(got);
	free(want);
}
END_TEST

/*
 * One thread reads each folder's records in the order the folder lists
 * them (readdir), not in name order; the output is in order all the same.
 */
START_TEST(test_visit_order)
{
	static const char *const years[] = { "2025", "2026", "2027" };
	struct ctx	 c;
	struct walk	 w;
	struct rec	 r;
	struct buf	 b = BUF_INIT;
	struct dirent	*de;
	DIR		*dp;
	char		*got, *want, *rel;
	size_t		 y;

	for (y = 0; y < 3; y++) {
		xasprintf(&rel, "%s/log/%s", base, years[y]);
		ck_assert_ptr_nonnull(dp = opendir(rel));
		free(rel);
		while ((de = readdir(dp)) != NULL) {
			xasprintf(&rel, "log/%s/%s", years[y], de->d_name);
			if (rec_from_rel(rel, &r) == 0) {
				buf_addf(&b, "%s\n", r.id);
				rec_release(&r);
			}
			free(rel);
		}
		closedir(dp);
	}
	ck_assert_int_eq(setenv("MENTOR_THREADS", "1", 1), 0);
	ctx_init(&c, &w);
	c.record_seen = 1;
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(0, 0, 0);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(c.off_main, 0);
	ck_assert_str_eq(c.seen.buf, b.buf);
	buf_release(&c.seen);
	buf_release(&b);
	free(got);
	free(want);
}
END_TEST

/* Within a folder, cmp decides: here the dates, against the names. */
START_TEST(test_entries_cmp)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got, *want;

	ctx_init(&c, &w);
	w.cmp = cmp;
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(1, 0, 0);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(c.outs, 26);
	free(got);
	free(want);

	/* The first lines, spelled out. */
	ctx_init(&c, &w);
	w.cmp = cmp;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert(strncmp(got,
	    "2025-03-03-c 2025-03-03\n"
	    "2025-03-02-b 2025-03-04\n"
	    "2025-03-01-a 2025-03-05\n"
	    "2026-01-25-broken !65 1:1: no front matter: the first line must "
	    "be '---'\n"
	    "2026-01-20-n 2026-02-01\n"
	    "2026-01-26-tie 2026-02-01\n"
	    "2026-01-19-n 2026-02-02\n", strlen(
	    "2025-03-03-c 2025-03-03\n"
	    "2025-03-02-b 2025-03-04\n"
	    "2025-03-01-a 2025-03-05\n"
	    "2026-01-25-broken !65 1:1: no front matter: the first line must "
	    "be '---'\n"
	    "2026-01-20-n 2026-02-01\n"
	    "2026-01-26-tie 2026-02-01\n"
	    "2026-01-19-n 2026-02-02\n")) == 0);
	free(got);
}
END_TEST

/* Reversed: the last folder first, each folder backwards. */
START_TEST(test_entries_reverse)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got, *want;

	ctx_init(&c, &w);
	w.reverse = 1;
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(0, 1, 0);
	ck_assert_str_eq(got, want);
	free(got);
	free(want);

	ctx_init(&c, &w);
	w.reverse = 1;
	w.cmp = cmp;
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(1, 1, 0);
	ck_assert_str_eq(got, want);
	ck_assert(strncmp(got, "2027-01-01-z 2027-01-01\n"
	    "2026-01-01-n 2026-02-20\n", 48) == 0);
	free(got);
	free(want);
}
END_TEST

/* pre() drops records before look: look never sees them. */
START_TEST(test_pre)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got, *want;

	ctx_init(&c, &w);
	w.pre = pre_drop;
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(0, 0, 1);
	ck_assert_str_eq(got, want);
	ck_assert_ptr_null(strstr(got, "2026-01-05-n"));
	ck_assert_ptr_null(strstr(got, "2026-01-20-n"));
	/* Every file that could be read went through pre(). */
	ck_assert_uint_eq(c.pres, 26);
	ck_assert_uint_eq(c.looks, 22);
	ck_assert_uint_eq(c.outs, 22);
	ck_assert_uint_eq(nfreed, 0);
	free(got);
	free(want);

	ctx_init(&c, &w);
	w.pre = pre_drop;
	w.cmp = cmp;
	w.reverse = 1;
	got = walk(&c, &w, NULL, R_ENTRY);
	want = expected(1, 1, 1);
	ck_assert_str_eq(got, want);
	ck_assert_uint_eq(c.looks, 22);
	free(got);
	free(want);
}
END_TEST

/* look() returning NULL drops a record: it is neither out nor freed. */
START_TEST(test_look_drops)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got;

	ctx_init(&c, &w);
	c.drop_suffix = "-n";
	w.cmp = cmp;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert_str_eq(got,
	    "2025-03-03-c 2025-03-03\n"
	    "2025-03-02-b 2025-03-04\n"
	    "2025-03-01-a 2025-03-05\n"
	    "2026-01-25-broken !65 1:1: no front matter: the first line must "
	    "be '---'\n"
	    "2026-01-26-tie 2026-02-01\n"
	    "2027-01-01-z 2027-01-01\n");
	ck_assert_uint_eq(c.looks, 26);
	ck_assert_uint_eq(c.outs, 6);
	ck_assert_uint_eq(nfreed, 0);
	free(got);

	ctx_init(&c, &w);
	c.drop_suffix = "ob";
	w.reverse = 1;
	got = walk(&c, &w, NULL, R_PERSON);
	ck_assert_str_eq(got, "cy Cy\nann Ann\n");
	free(got);
}
END_TEST

/* out() sets *stop: the walk ends after the folder, the rest freed. */
START_TEST(test_stop)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got;

	/* Two of the first folder's three: the third is freed. */
	ctx_init(&c, &w);
	c.stop_after = 2;
	w.cmp = cmp;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert_str_eq(got, "2025-03-03-c 2025-03-03\n"
	    "2025-03-02-b 2025-03-04\n");
	ck_assert_int_eq(c.stop, 1);
	ck_assert_uint_eq(c.outs, 2);
	ck_assert_uint_eq(nfreed, 1);
	ck_assert_uint_eq(c.looks, 3);
	free(got);

	/* One into the second folder: its 21 others freed, 2027 unread. */
	nfreed = 0;
	ctx_init(&c, &w);
	c.stop_after = 4;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert_str_eq(got, "2025-03-01-a 2025-03-05\n"
	    "2025-03-02-b 2025-03-04\n"
	    "2025-03-03-c 2025-03-03\n"
	    "2026-01-01-n 2026-02-20\n");
	ck_assert_uint_eq(c.outs, 4);
	ck_assert_uint_eq(nfreed, 21);
	ck_assert_uint_eq(c.looks, 25);
	free(got);

	/* Reversed: the last folder alone. */
	nfreed = 0;
	ctx_init(&c, &w);
	c.stop_after = 1;
	w.reverse = 1;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert_str_eq(got, "2027-01-01-z 2027-01-01\n");
	ck_assert_uint_eq(c.looks, 1);
	ck_assert_uint_eq(nfreed, 0);
	free(got);

	/* Stopped before the walk: nothing is read at all. */
	nfreed = 0;
	ctx_init(&c, &w);
	c.stop = 1;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert_str_eq(got, "");
	ck_assert_uint_eq(c.looks, 0);
	free(got);

	/* With stop NULL, nothing stops. */
	nfreed = 0;
	ctx_init(&c, &w);
	c.stop_after = 1;
	w.stop = NULL;
	got = walk(&c, &w, NULL, R_ENTRY);
	ck_assert_uint_eq(c.outs, 26);
	ck_assert_uint_eq(nfreed, 0);
	free(got);
}
END_TEST

/* A given list is walked in its own order; a missing file reaches look. */
START_TEST(test_list)
{
	static const char *const rels[] = { "people/bob.md",
	    "log/2026/2026-01-05-n.md", "goals/g1.md",
	    "log/2025/2025-03-01-a.md", "log/2026/2026-01-25-broken.md",
	    "log/2026/2026-01-31-missing.md", "log/2025/2025-03-03-c.md" };
	struct reclist	 l = { NULL, 0, 0 };
	struct rec	 r;
	struct ctx	 c;
	struct walk	 w;
	char		*got;
	size_t		 i;

	for (i = 0; i < sizeof(rels) / sizeof(rels[0]); i++) {
		ck_assert_int_eq(rec_from_rel(rels[i], &r), 0);
		reclist_add(&l, &r);
	}
	ctx_init(&c, &w);
	got = walk(&c, &w, &l, R_ENTRY);
	ck_assert_str_eq(got,
	    "bob Bob\n"
	    "2026-01-05-n 2026-02-16\n"
	    "g1 Goal one\n"
	    "2025-03-01-a 2025-03-05\n"
	    "2026-01-25-broken !65 1:1: no front matter: the first line must "
	    "be '---'\n"
	    "2026-01-31-missing !66 0:0: No such file or directory\n"
	    "2025-03-03-c 2025-03-03\n");
	ck_assert_uint_eq(c.looks, 7);
	free(got);

	ctx_init(&c, &w);
	w.reverse = 1;
	got = walk(&c, &w, &l, R_ENTRY);
	ck_assert_str_eq(got,
	    "2025-03-03-c 2025-03-03\n"
	    "2026-01-31-missing !66 0:0: No such file or directory\n"
	    "2026-01-25-broken !65 1:1: no front matter: the first line must "
	    "be '---'\n"
	    "2025-03-01-a 2025-03-05\n"
	    "g1 Goal one\n"
	    "2026-01-05-n 2026-02-16\n"
	    "bob Bob\n");
	free(got);

	/* pre() sees listed records too; a missing one never gets there. */
	ctx_init(&c, &w);
	w.pre = pre_drop;
	got = walk(&c, &w, &l, R_ENTRY);
	ck_assert_uint_eq(c.pres, 6);
	ck_assert_uint_eq(c.looks, 6);
	ck_assert_ptr_null(strstr(got, "2026-01-05-n"));
	free(got);

	/* Stopping in a list frees what is left of it. */
	nfreed = 0;
	ctx_init(&c, &w);
	c.stop_after = 3;
	got = walk(&c, &w, &l, R_ENTRY);
	ck_assert_str_eq(got, "bob Bob\n2026-01-05-n 2026-02-16\n"
	    "g1 Goal one\n");
	ck_assert_uint_eq(nfreed, 4);
	free(got);

	/* An empty list: nothing at all, not the journal. */
	reclist_release(&l);
	ctx_init(&c, &w);
	got = walk(&c, &w, &l, R_ENTRY);
	ck_assert_str_eq(got, "");
	ck_assert_uint_eq(c.looks, 0);
	free(got);
}
END_TEST

/* People and goals: the journal's list of each, by id. */
START_TEST(test_people_goals)
{
	struct ctx	 c;
	struct walk	 w;
	char		*got;

	ctx_init(&c, &w);
	got = walk(&c, &w, NULL, R_PERSON);
	ck_assert_str_eq(got, "ann Ann\nbob Bob\ncy Cy\n");
	free(got);

	ctx_init(&c, &w);
	w.reverse = 1;
	got = walk(&c, &w, NULL, R_GOAL);
	ck_assert_str_eq(got, "g2 Goal two\ng1 Goal one\n");
	free(got);

	ctx_init(&c, &w);
	w.cmp = cmp;
	w.reverse = 1;
	got = walk(&c, &w, NULL, R_PERSON);
	/* By name: Ann, Bob, Cy; reversed. */
	ck_assert_str_eq(got, "cy Cy\nbob Bob\nann Ann\n");
	free(got);
}
END_TEST

/* One thread or four: the same output, in the same order. */
START_TEST(test_threads)
{
	static const char *const nthreads[] = { "1", "4", "0", "junk", "64" };
	struct ctx	 c;
	struct walk	 w;
	char		*first[4], *got;
	size_t		 k;
	int		 v;

	for (k = 0; k < sizeof(nthreads) / sizeof(nthreads[0]); k++) {
		ck_assert_int_eq(setenv("MENTOR_THREADS", nthreads[k], 1), 0);
		for (v = 0; v < 4; v++) {
			ctx_init(&c, &w);
			w.cmp = v & 1 ? cmp : NULL;
			w.reverse = v >> 1;
			w.pre = v == 3 ? pre_drop : NULL;
			got = walk(&c, &w, NULL, R_ENTRY);
			ck_assert_uint_eq(c.looks, v == 3 ? 22 : 26);
			if (k == 0) {
				/* One thread: every look on this one. */
				ck_assert_uint_eq(c.off_main, 0);
				first[v] = got;
				continue;
			}
			ck_assert_str_eq(got, first[v]);
			if (strcmp(nthreads[k], "0") == 0 ||
			    strcmp(nthreads[k], "junk") == 0)
				ck_assert_uint_eq(c.off_main, 0);
			free(got);
		}
	}
	for (v = 0; v < 4; v++) {
		char	*want = expected(v & 1, v >> 1, v == 3);

		ck_assert_str_eq(first[v], want);
		free(want);
		free(first[v]);
	}
	unsetenv("MENTOR_THREADS");
}
END_TEST

/* Entries in /proc/self/fd or /proc/self/task: descriptors, threads. */
static int
count_in(const char *dir)
{
	DIR		*dp;
	struct dirent	*de;
	int		 n = 0;

	if ((dp = opendir(dir)) == NULL)
		return -1;
	while ((de = readdir(dp)) != NULL)
		if (de->d_name[0] != '.')
			n++;
	closedir(dp);
	return n - (strcmp(dir, "/proc/self/fd") == 0);	/* dp's own */
}

/*
 * The threads of this process, once a joined one has left the list (the
 * kernel may show it for a moment after pthread_join): within 2 s.
 */
static int
threads_now(int want)
{
	int	 n, ms;

	for (ms = 0; (n = count_in("/proc/self/task")) != want && ms < 2000;
	    ms++)
		usleep(1000);
	return n;
}

/*
 * A walk without the parse cache (mentor-check's) runs workers with
 * descriptor tables of their own, started for the walk and ended with it:
 * each opens every folder it reads itself.  Two big folders, so that a
 * worker reads a folder opened after it started; on 1, 2 and 4 threads
 * the same output, no descriptor left open and no thread left running.
 */
START_TEST(test_own_files)
{
	static const char *const nthreads[] = { "1", "2", "4" };
	struct journal	 own;
	struct ctx	 c;
	struct walk	 w;
	struct buf	 want = BUF_INIT;
	char		 rel[64], date[16], *got;
	int		 y, i, fds, tasks;
	size_t		 k;

	mkdir_in("own");
	put("own/mentor.yaml", "owner: Own\n");
	mkdir_in("own/log");
	for (y = 2024; y <= 2026; y++) {
		snprintf(rel, sizeof(rel), "own/log/%d", y);
		mkdir_in(rel);
		for (i = 1; i <= 30; i++) {
			snprintf(rel, sizeof(rel), "own/log/%d/%d-01-%02d-e.md",
			    y, y, i);
			snprintf(date, sizeof(date), "%d-01-%02d", y, i);
			entry(rel, date, 0);
			buf_addf(&want, "%d-01-%02d-e %s\n", y, i, date);
		}
	}
	xasprintf(&got, "%s/own", base);
	ck_assert_int_eq(journal_find(&own, got, 0), 0);
	free(got);
	fds = count_in("/proc/self/fd");
	tasks = count_in("/proc/self/task");
	ck_assert_int_gt(tasks, 0);
	for (k = 0; k < 3; k++) {
		ck_assert_int_eq(setenv("MENTOR_THREADS", nthreads[k], 1), 0);
		ctx_init(&c, &w);
		c.j = &own;
		c.wait_worker = k > 0;
		w.nocache = 1;
		walk_records(&own, NULL, R_ENTRY, &w);
		got = buf_detach(&c.out, NULL);
		ck_assert_str_eq(got, want.buf);
		free(got);
		ck_assert_uint_eq(c.looks, 90);
		if (k > 0)
			ck_assert_uint_gt(c.off_main, 0);
		ck_assert_int_eq(count_in("/proc/self/fd"), fds);
		ck_assert_int_eq(threads_now(tasks), tasks);
	}
	/* A walk with the cache keeps its workers for the next walk. */
	ctx_init(&c, &w);
	walk_records(&own, NULL, R_ENTRY, &w);
	got = buf_detach(&c.out, NULL);
	ck_assert_str_eq(got, want.buf);
	free(got);
	ck_assert_int_gt(count_in("/proc/self/task"), 1);
	buf_release(&want);
	journal_close(&own);
	unsetenv("MENTOR_THREADS");
}
END_TEST

/*
 * Results in walk_alloc()'s memory: the id, and a pad of the id's last
 * byte, small for most records and bigger than a chunk for some.  out()
 * checks every byte; neither out() nor free_res() frees anything.
 */
struct ares {
	char	*id;
	char	*pad;
	size_t	 padlen;
};

static unsigned	 afreed;

static void *
look_arena(void *arg, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct ctx	*c = arg;
	struct ares	*a = walk_alloc(sizeof(*a));
	size_t		 n = strlen(r->id);

	(void)path;
	(void)d;
	(void)rc;
	(void)e;
	__atomic_fetch_add(&c->looks, 1, __ATOMIC_RELAXED);
	a->id = walk_alloc(n + 1);
	memcpy(a->id, r->id, n + 1);
	a->padlen = r->id[n - 1] == 'b' || n % 3 == 0 ? 100000 : 40 + n;
	a->pad = walk_alloc(a->padlen);
	memset(a->pad, r->id[n - 1], a->padlen);
	return a;
}

static void
out_arena(void *arg, const char *path, void *r)
{
	struct ctx	*c = arg;
	struct ares	*a = r;
	size_t		 i, n = strlen(a->id);

	(void)path;
	for (i = 0; i < a->padlen && a->pad[i] == a->id[n - 1]; i++)
		;
	ck_assert_uint_eq(i, a->padlen);
	buf_addf(&c->out, "%s\n", a->id);
	if (c->stop_after != 0 && ++c->outs == c->stop_after)
		c->stop = 1;
}

static void
free_arena(void *r)
{
	(void)r;
	afreed++;
}

START_TEST(test_walk_alloc)
{
	static const char *const nthreads[] = { "1", "2", "4" };
	struct ctx	 c;
	struct walk	 w;
	struct buf	 want = BUF_INIT;
	char		*all, *got, *p, *sp;
	size_t		 k;

	/* The ids in walk order: the first word of each expected line. */
	all = expected(0, 0, 0);
	for (p = all; *p != '\0'; p = strchr(p, '\n') + 1) {
		sp = strchr(p, ' ');
		buf_add(&want, p, (size_t)(sp - p));
		buf_addch(&want, '\n');
	}
	free(all);
	for (k = 0; k < sizeof(nthreads) / sizeof(nthreads[0]); k++) {
		ck_assert_int_eq(setenv("MENTOR_THREADS", nthreads[k], 1), 0);
		ctx_init(&c, &w);
		w.look = look_arena;
		w.out = out_arena;
		w.free_res = free_arena;
		afreed = 0;
		got = walk(&c, &w, NULL, R_ENTRY);
		ck_assert_str_eq(got, want.buf);
		ck_assert_uint_eq(c.looks, 26);
		ck_assert_uint_eq(afreed, 0);
		free(got);
		/* Stopped after 5: the rest of the folder goes to free_res. */
		ctx_init(&c, &w);
		w.look = look_arena;
		w.out = out_arena;
		w.free_res = free_arena;
		c.stop_after = 5;
		afreed = 0;
		got = walk(&c, &w, NULL, R_ENTRY);
		ck_assert_uint_eq(c.outs, 5);
		ck_assert_uint_eq(afreed, 3 + 22 - 5);
		free(got);
	}
	buf_release(&want);
	unsetenv("MENTOR_THREADS");
}
END_TEST

static Suite *
walk_suite(void)
{
	Suite	*s = suite_create("walk");
	TCase	*tc = tcase_create("walk");

	tcase_add_checked_fixture(tc, test_setup, test_teardown);
	tcase_add_test(tc, test_entries_in_order);
	tcase_add_test(tc, test_visit_order);
	tcase_add_test(tc, test_entries_cmp);
	tcase_add_test(tc, test_entries_reverse);
	tcase_add_test(tc, test_pre);
	tcase_add_test(tc, test_look_drops);
	tcase_add_test(tc, test_stop);
	tcase_add_test(tc, test_list);
	tcase_add_test(tc, test_people_goals);
	tcase_add_test(tc, test_threads);
	tcase_add_test(tc, test_own_files);
	tcase_add_test(tc, test_walk_alloc);
	suite_add_tcase(s, tc);
	return s;
}

int
main(void)
{
	SRunner	*sr;
	int	 failed;

	tree_setup();
	sr = srunner_create(walk_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	tree_teardown();
	return failed == 0 ? 0 : 1;
}
