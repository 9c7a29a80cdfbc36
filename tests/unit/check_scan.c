#include "config.h"

#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"
#include "fixture.h"

/*
 * scan.c: the one walk over a journal.  Two journals are written before
 * the tests fork, in the fixture's scratch folder:
 *
 *   j/     people, goals and entries in two year folders, one broken
 *          record of each type and records with a semantic problem
 *   s/     entries that sit in another year's folder than their name's
 *   big/   200 entries in two year folders, some broken, some with
 *          problems, many sharing a date: read on 1 and on 4 threads
 *
 * Each test runs in the scratch folder and opens a journal by its
 * relative name, so the paths printed start "j/".  What the scan hands
 * out is written down as text (struct seen), stderr is captured, and
 * both are compared with what they must be.  Today is 2026-11-21.
 */
#define D(y, m, dd)	date_from_ymd((y), (m), (dd))
#define TODAY		D(2026, 11, 21)

static const char	 broken_person[] = "---\nname: [unclosed\n---\n";
static const char	 broken_goal[] = "---\ntitle: Bad\n";
static const char	 broken_entry[] = "no front matter at all\n";

static void
entry_put(const char *rel, const char *date, const char *kind,
    const char *with, const char *goals)
{
	struct buf	 b = BUF_INIT;

	buf_addstr(&b, "---\n");
	if (date != NULL)
		buf_addf(&b, "date: %s\n", date);
	if (kind != NULL)
		buf_addf(&b, "kind: %s\n", kind);
	if (with != NULL)
		buf_addf(&b, "with: [%s]\n", with);
	if (goals != NULL)
		buf_addf(&b, "goals: [%s]\n", goals);
	buf_addstr(&b, "---\nSome notes.\n");
	fx_put(rel, b.buf);
	buf_release(&b);
}

static void
tree_setup(void)
{
	char	 rel[64], date[16];
	int	 i, y;

	fx_setup();
	unsetenv("MENTOR_JOURNAL");
	unsetenv("MENTOR_THREADS");
	fx_put("j/mentor.yaml", "owner: Alex\ncadence: monthly\n");
	fx_put("j/people/jane-smith.md", "---\nname: Jane Smith\n"
	    "since: 2026-09-01\ncadence: weekly\n---\n");
	fx_put("j/people/bob.md", "---\nname: Bob\nstatus: activ\n---\n");
	fx_put("j/people/broken.md", broken_person);
	fx_put("j/people/carol.md", "---\nname: Carol\nstatus: paused\n---\n");
	fx_put("j/goals/speak.md", "---\ntitle: Speak\nmentor: jane-smith\n"
	    "---\n");
	fx_put("j/goals/alpha.md", "---\ntitle: Alpha\n---\n");
	fx_put("j/goals/bad.md", broken_goal);
	entry_put("j/log/2025/2025-12-01-review.md", "2025-12-01", "meeting",
	    "jane-smith", "alpha");
	entry_put("j/log/2026/2026-11-20-b.md", "2026-11-20", "check-in",
	    "jane-smith", NULL);
	entry_put("j/log/2026/2026-11-20-a.md", "2026-11-20", NULL, NULL,
	    NULL);
	entry_put("j/log/2026/2026-01-05-kickoff.md", "2026-01-05", "meeting",
	    "jane-smith, bob", "speak");
	fx_put("j/log/2026/2026-02-01-broken.md", broken_entry);
	/* No date: the file name's (DESIGN.md §2). */
	entry_put("j/log/2026/2026-03-01-nodate.md", NULL, "note", NULL,
	    NULL);
	entry_put("j/log/2026/2026-12-01-plan.md", "2026-12-01", "check-in",
	    "jane-smith", NULL);

	/* Entries in the wrong year folder, named for their own year. */
	fx_put("s/mentor.yaml", "owner: S\n");
	entry_put("s/log/2025/2025-03-01-a.md", "2025-03-01", NULL, NULL,
	    NULL);
	entry_put("s/log/2025/2026-06-01-stray.md", "2026-06-01", NULL, NULL,
	    NULL);
	entry_put("s/log/2026/2026-01-05-b.md", "2026-01-05", NULL, NULL,
	    NULL);
	entry_put("s/log/2026/2026-12-01-c.md", "2026-12-01", NULL, NULL,
	    NULL);
	entry_put("s/log/2026/2027-01-15-future.md", "2027-01-15", NULL, NULL,
	    NULL);

	fx_put("big/mentor.yaml", "owner: Big\n");
	fx_put("big/people/p1.md", "---\nname: P1\nsince: 2025-01-01\n"
	    "cadence: every 9 days\n---\n");
	for (i = 0; i < 200; i++) {
		y = i % 3 == 0 ? 2025 : 2026;
		snprintf(date, sizeof(date), "%d-%02d-%02d", y, 1 + i % 12,
		    1 + i % 28);
		snprintf(rel, sizeof(rel), "big/log/%d/%s-e%03d.md", y, date,
		    i);
		if (i % 50 == 7)
			fx_put(rel, broken_entry);
		else
			entry_put(rel, i % 60 == 11 ? NULL : date,
			    i % 40 == 3 ? "chat" : "check-in",
			    i % 2 ? "p1" : NULL, NULL);
	}
}

static void
setup(void)
{
	ck_assert_int_eq(chdir(fx_base), 0);
	unsetenv("MENTOR_THREADS");
}

/* What a scan handed out and said, as text. */
struct seen {
	struct buf	 ids;		/* "ready", then entry ids */
	struct buf	 lines;		/* "id date kind title" lines */
	int		 stop_after;	/* set s->stop after so many */
	int		 n;
	struct scan	*s;
};

static void
seen_ready(void *ctx)
{
	struct seen	*w = ctx;
	size_t		 i;

	/* People and goals are read and found by id before any entry. */
	buf_addstr(&w->ids, "ready");
	for (i = 0; i < w->s->npeople; i++)
		ck_assert_ptr_eq(scan_person(w->s, w->s->people[i]->id),
		    w->s->people[i]);
	for (i = 0; i < w->s->ngoals; i++)
		ck_assert_ptr_eq(scan_goal(w->s, w->s->goals[i]->id),
		    w->s->goals[i]);
}

static void
seen_entry(void *ctx, const struct entry *e)
{
	struct seen	*w = ctx;
	char		 ds[DATE_STRLEN];

	buf_addf(&w->ids, "%s%s", w->ids.len ? " " : "", e->id);
	date_format(e->date, ds);
	buf_addf(&w->lines, "%s %s %d %s\n", e->id, ds, e->kind_v, e->title);
	if (++w->n == w->stop_after)
		w->s->stop = 1;
}

/* Keep all but these: a person, a goal and an entry. */
static int
keep_some(void *ctx, const struct rec *r, void *m, const struct doc *d)
{
	(void)ctx;
	(void)d;
	switch (r->type) {
	case R_PERSON:
		return strcmp(((struct person *)m)->id, "carol") != 0;
	case R_GOAL:
		return strcmp(((struct goal *)m)->id, "alpha") != 0;
	default:
		return strcmp(((struct entry *)m)->id, "2026-11-20-a") != 0;
	}
}

/*
 * A scan of journal dir into w: start() opens it and readies the scan
 * (a test may set more of S then), go() runs it with stderr captured into
 * *err and returns its status, run() does both with flags and the
 * records given (or NULL).  done() closes them.
 */
static struct journal	 J;
static struct scan	 S;

static void
start(const char *dir, struct seen *w)
{
	ck_assert_int_eq(journal_find(&J, dir, 0), 0);
	memset(w, 0, sizeof(*w));
	buf_init(&w->ids);
	buf_init(&w->lines);
	w->s = &S;
	scan_init(&S, &J, TODAY);
	S.ctx = w;
	S.ready = seen_ready;
	S.entry = seen_entry;
}

static int
go(char **err)
{
	struct fx_cap	 c;
	int		 rc;

	fx_cap_start(&c, 2);
	rc = scan_run(&S);
	*err = fx_cap_end(&c);
	return rc;
}

static int
run(const char *dir, unsigned flags, const struct reclist *only,
    struct seen *w, char **err)
{
	start(dir, w);
	S.flags = flags;
	S.only = only;
	return go(err);
}

static void
done(struct seen *w, char *err)
{
	scan_release(&S);
	journal_close(&J);
	buf_release(&w->ids);
	buf_release(&w->lines);
	free(err);
}

/* "PROG: path:line:col: message" for the parse error of text. */
static char *
parse_error(const char *path, const char *text)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*s;

	ck_assert_int_eq(doc_parse(&d, path, xstrdup(text), strlen(text),
	    &e), EX_DATAERR);
	doc_free(&d);
	s = fx_said("%s:%u:%u: %s", path, e.line ? e.line : 1,
	    e.col ? e.col : 1, e.msg);
	return s;
}

/* What scanning j says on stderr, in the order records are handed out. */
static char *
j_says(void)
{
	struct buf	 b = BUF_INIT;
	char		*s;

	s = fx_said("j/people/bob.md:3:9: warning: status: unknown value "
	    "'activ' (one of: prospect, contacted, active, paused, ended) "
	    "[enums]");
	buf_addstr(&b, s);
	free(s);
	s = parse_error("j/people/broken.md", broken_person);
	buf_addstr(&b, s);
	free(s);
	s = parse_error("j/goals/bad.md", broken_goal);
	buf_addstr(&b, s);
	free(s);
	s = parse_error("j/log/2026/2026-02-01-broken.md", broken_entry);
	buf_addstr(&b, s);
	free(s);
	return buf_detach(&b, NULL);
}

START_TEST(test_journal)
{
	struct seen	 w;
	struct person	*p;
	char		*err, *want;

	ck_assert_int_eq(run("j", SCAN_DATES, NULL, &w, &err), EX_DATAERR);
	want = j_says();
	ck_assert_str_eq(err, want);
	free(want);
	/* People and goals by id, the broken ones left out. */
	ck_assert_uint_eq(S.npeople, 3);
	ck_assert_str_eq(S.people[0]->id, "bob");
	ck_assert_str_eq(S.people[1]->id, "carol");
	ck_assert_str_eq(S.people[2]->id, "jane-smith");
	ck_assert_uint_eq(S.ngoals, 2);
	ck_assert_str_eq(S.goals[0]->id, "alpha");
	ck_assert_str_eq(S.goals[1]->id, "speak");
	ck_assert_ptr_eq(scan_goal(&S, "speak"), S.goals[1]);
	ck_assert_ptr_null(scan_goal(&S, "bad"));
	ck_assert_ptr_null(scan_person(&S, "broken"));
	ck_assert_ptr_null(scan_person(&S, NULL));
	ck_assert_uint_eq(S.nrecords, 14);
	/* A record with a problem is used as far as it can be. */
	p = scan_person(&S, "bob");
	ck_assert_ptr_nonnull(p);
	ck_assert_str_eq(p->status, "activ");
	ck_assert_int_eq(p->status_v, -1);
	ck_assert_int_eq(p->tracked, 0);
	ck_assert_int_eq(p->last, D(2026, 1, 5));
	/* Entries a year folder at a time, each by date then id. */
	ck_assert_str_eq(w.ids.buf, "ready 2025-12-01-review "
	    "2026-01-05-kickoff 2026-03-01-nodate 2026-11-20-a 2026-11-20-b "
	    "2026-12-01-plan");
	/* People learnt their check-ins, and were finished. */
	p = scan_person(&S, "jane-smith");
	ck_assert_uint_eq(p->ndates, 3);
	ck_assert_int_eq(p->dates[0], D(2025, 12, 1));
	ck_assert_int_eq(p->dates[2], D(2026, 11, 20));
	ck_assert_int_eq(p->last, D(2026, 11, 20));
	ck_assert_int_eq(p->planned, D(2026, 12, 1));
	ck_assert_int_eq(p->next_due, D(2026, 11, 27));
	ck_assert_int_eq(p->tracked, 1);
	/* Nothing was given. */
	ck_assert_int_eq(p->given, 0);
	ck_assert_int_eq(S.entries_given, 0);
	/* mentor.yaml's cadence for carol?  She is paused: none. */
	ck_assert_int_eq(scan_person(&S, "carol")->has_cad, 0);
	done(&w, err);

	/* Without SCAN_DATES, the same people but for their dates. */
	ck_assert_int_eq(run("j", 0, NULL, &w, &err), EX_DATAERR);
	p = scan_person(&S, "jane-smith");
	ck_assert_uint_eq(p->ndates, 0);
	ck_assert_ptr_null(p->dates);
	ck_assert_int_eq(p->last, D(2026, 11, 20));
	ck_assert_int_eq(p->planned, D(2026, 12, 1));
	ck_assert_int_eq(p->next_due, D(2026, 11, 27));
	done(&w, err);
}
END_TEST

/* keep() drops records: not kept, not handed out, not seen by people. */
START_TEST(test_keep)
{
	struct seen	 w;
	char		*err;

	start("j", &w);
	S.keep = keep_some;
	ck_assert_int_eq(go(&err), EX_DATAERR);
	ck_assert_uint_eq(S.npeople, 2);
	ck_assert_ptr_null(scan_person(&S, "carol"));
	ck_assert_uint_eq(S.ngoals, 1);
	ck_assert_str_eq(S.goals[0]->id, "speak");
	ck_assert_str_eq(w.ids.buf, "ready 2025-12-01-review "
	    "2026-01-05-kickoff 2026-03-01-nodate 2026-11-20-b "
	    "2026-12-01-plan");
	/* Dropped records are still read, and their problems told. */
	ck_assert_uint_eq(S.nrecords, 14);
	ck_assert_ptr_nonnull(strstr(err, "[enums]"));
	done(&w, err);
}
END_TEST

/* A callback that sets s->stop ends the walk: no more entries. */
START_TEST(test_stop)
{
	struct seen	 w;
	char		*err;

	start("j", &w);
	w.stop_after = 2;
	ck_assert_int_eq(go(&err), EX_DATAERR);
	ck_assert_str_eq(w.ids.buf, "ready 2025-12-01-review "
	    "2026-01-05-kickoff");
	ck_assert_int_eq(S.stop, 1);
	/* People are finished all the same. */
	ck_assert_int_eq(scan_person(&S, "jane-smith")->last,
	    D(2026, 1, 5));
	done(&w, err);
}
END_TEST

/* Reversed: year folders newest first, each newest first. */
START_TEST(test_reverse)
{
	struct seen	 w;
	char		*err;

	start("j", &w);
	S.reverse = 1;
	ck_assert_int_eq(go(&err), EX_DATAERR);
	ck_assert_str_eq(w.ids.buf, "ready 2026-12-01-plan 2026-11-20-b "
	    "2026-11-20-a 2026-03-01-nodate 2026-01-05-kickoff "
	    "2025-12-01-review");
	/* People and goals are still by id. */
	ck_assert_str_eq(S.people[0]->id, "bob");
	ck_assert_str_eq(S.goals[0]->id, "alpha");
	ck_assert_int_eq(scan_person(&S, "jane-smith")->last,
	    D(2026, 11, 20));
	done(&w, err);
}
END_TEST

/*
 * An entry in another year's folder is read in the turn of the year its
 * name gives (a year with no folder too): the journal in date order.
 */
START_TEST(test_strays)
{
	struct seen	 w;
	char		*err;

	ck_assert_int_eq(run("s", 0, NULL, &w, &err), 0);
	ck_assert_str_eq(err, "");
	ck_assert_str_eq(w.ids.buf, "ready 2025-03-01-a 2026-01-05-b "
	    "2026-06-01-stray 2026-12-01-c 2027-01-15-future");
	ck_assert_uint_eq(S.nrecords, 5);
	done(&w, err);
	start("s", &w);
	S.reverse = 1;
	ck_assert_int_eq(go(&err), 0);
	ck_assert_str_eq(w.ids.buf, "ready 2027-01-15-future 2026-12-01-c "
	    "2026-06-01-stray 2026-01-05-b 2025-03-01-a");
	done(&w, err);
}
END_TEST

static void
given(struct reclist *l, const char *rel)
{
	struct rec	 r;

	ck_assert_int_eq(rec_from_rel(rel, &r), 0);
	reclist_add(l, &r);
}

/*
 * Records given: every person and goal, marked when given or named by
 * an entry given; only the entries given, in their order, or in the
 * journal's with SCAN_SORT.
 */
START_TEST(test_given)
{
	struct reclist	 l = { NULL, 0, 0 };
	struct seen	 w;
	char		*err;

	given(&l, "log/2026/2026-11-20-b.md");
	given(&l, "people/bob.md");
	given(&l, "log/2025/2025-12-01-review.md");
	given(&l, "log/2026/2026-01-05-kickoff.md");
	ck_assert_int_eq(run("j", SCAN_DATES, &l, &w, &err), EX_DATAERR);
	ck_assert_str_eq(w.ids.buf, "ready 2026-11-20-b 2025-12-01-review "
	    "2026-01-05-kickoff");
	ck_assert_uint_eq(S.npeople, 3);
	ck_assert_uint_eq(S.ngoals, 2);
	ck_assert_int_eq(S.entries_given, 1);
	ck_assert_int_eq(scan_person(&S, "bob")->given, 1);
	ck_assert_int_eq(scan_person(&S, "jane-smith")->given, 1);
	ck_assert_int_eq(scan_person(&S, "carol")->given, 0);
	ck_assert_int_eq(scan_goal(&S, "alpha")->given, 1);
	ck_assert_int_eq(scan_goal(&S, "speak")->given, 1);
	/* Only what was handed out was seen. */
	ck_assert_uint_eq(scan_person(&S, "jane-smith")->ndates, 3);
	ck_assert_int_eq(scan_person(&S, "jane-smith")->planned, DATE_NONE);
	/* The broken person and goal are still read: the same stderr. */
	ck_assert_ptr_nonnull(strstr(err, "j/people/broken.md:"));
	ck_assert_ptr_null(strstr(err, "2026-02-01-broken"));
	done(&w, err);

	ck_assert_int_eq(run("j", SCAN_SORT, &l, &w, &err), EX_DATAERR);
	ck_assert_str_eq(w.ids.buf, "ready 2025-12-01-review "
	    "2026-01-05-kickoff 2026-11-20-b");
	done(&w, err);
	reclist_release(&l);

	/* No entry given: every entry; the person is still marked. */
	given(&l, "people/bob.md");
	given(&l, "goals/speak.md");
	ck_assert_int_eq(run("j", 0, &l, &w, &err), EX_DATAERR);
	ck_assert_str_eq(w.ids.buf, "ready 2025-12-01-review "
	    "2026-01-05-kickoff 2026-03-01-nodate 2026-11-20-a 2026-11-20-b "
	    "2026-12-01-plan");
	ck_assert_int_eq(S.entries_given, 0);
	ck_assert_int_eq(scan_person(&S, "bob")->given, 1);
	ck_assert_int_eq(scan_person(&S, "jane-smith")->given, 0);
	ck_assert_int_eq(scan_goal(&S, "speak")->given, 1);
	ck_assert_int_eq(scan_goal(&S, "alpha")->given, 0);
	done(&w, err);
	reclist_release(&l);

	/* Records given, but none: no entries at all. */
	ck_assert_int_eq(run("j", 0, &l, &w, &err), EX_DATAERR);
	ck_assert_str_eq(w.ids.buf, "ready");
	ck_assert_uint_eq(S.npeople, 3);
	done(&w, err);
}
END_TEST

/* SCAN_GIVEN_ONLY: the records given and nothing else, in their order. */
START_TEST(test_given_only)
{
	struct reclist	 l = { NULL, 0, 0 };
	struct seen	 w;
	char		*err, *want;

	given(&l, "people/bob.md");
	given(&l, "goals/speak.md");
	given(&l, "log/2026/2026-11-20-b.md");
	given(&l, "log/2025/2025-12-01-review.md");
	given(&l, "log/2026/2026-01-05-kickoff.md");
	ck_assert_int_eq(run("j", SCAN_GIVEN_ONLY, &l, &w, &err), 0);
	ck_assert_str_eq(w.ids.buf, "2026-11-20-b 2025-12-01-review "
	    "2026-01-05-kickoff");
	ck_assert_uint_eq(S.nrecords, 5);
	ck_assert_uint_eq(S.npeople, 1);
	ck_assert_str_eq(S.people[0]->id, "bob");
	ck_assert_uint_eq(S.ngoals, 1);
	ck_assert_str_eq(S.goals[0]->id, "speak");
	want = fx_said("j/people/bob.md:3:9: warning: status: unknown value "
	    "'activ' (one of: prospect, contacted, active, paused, ended) "
	    "[enums]");
	ck_assert_str_eq(err, want);
	free(want);
	done(&w, err);
	reclist_release(&l);

	/* A record given that is gone: said, and the status of reading. */
	given(&l, "log/2026/2026-05-05-gone.md");
	given(&l, "log/2026/2026-02-01-broken.md");
	ck_assert_int_eq(run("j", SCAN_GIVEN_ONLY, &l, &w, &err), EX_NOINPUT);
	want = fx_said("j/log/2026/2026-05-05-gone.md: %s", strerror(ENOENT));
	ck_assert_int_eq(strncmp(err, want, strlen(want)), 0);
	ck_assert_ptr_nonnull(strstr(err, "2026-02-01-broken.md:1:1: "));
	free(want);
	ck_assert_str_eq(w.ids.buf, "");
	done(&w, err);
	reclist_release(&l);
}
END_TEST

/* The problems of each record that has any to s->diags, not stderr. */
static void
diags(void *ctx, const char *path, struct vctx *cx, int rc,
    const struct doc_error *e)
{
	struct buf	*b = ctx;
	size_t		 i;

	(void)e;
	buf_addf(b, "%s %d", path, rc);
	for (i = 0; i < cx->n; i++)
		buf_addf(b, " [%s]", checks[cx->v[i].check].name);
	buf_addch(b, '\n');
}

START_TEST(test_diags)
{
	struct buf	 b = BUF_INIT;
	struct fx_cap	 c;
	char		*err;

	ck_assert_int_eq(journal_find(&J, "j", 0), 0);
	scan_init(&S, &J, TODAY);
	S.ctx = &b;
	S.diags = diags;
	S.flags = SCAN_BY_ID;
	fx_cap_start(&c, 2);
	ck_assert_int_eq(scan_run(&S), EX_DATAERR);
	err = fx_cap_end(&c);
	ck_assert_str_eq(err, "");
	ck_assert_str_eq(b.buf,
	    "j/people/bob.md 0 [enums]\n"
	    "j/people/broken.md 65 [syntax]\n"
	    "j/goals/bad.md 65 [syntax]\n"
	    "j/log/2026/2026-02-01-broken.md 65 [syntax]\n");
	free(err);
	buf_release(&b);
	scan_release(&S);
	journal_close(&J);
}
END_TEST

/* Read on one thread and on four: the same, to the byte. */
START_TEST(test_threads)
{
	struct seen	 w;
	char		*err1, *err4, *lines1, *ids, *p, *q;
	mdate		 prev = DATE_NONE, cur, last1;
	size_t		 ndates1;
	int		 rc1, rc4, n = 0, year = 0, y, m, dd;

	setenv("MENTOR_THREADS", "1", 1);
	ck_assert_int_eq(scan_threads(), 1);
	rc1 = run("big", SCAN_DATES, NULL, &w, &err1);
	lines1 = buf_detach(&w.lines, NULL);
	ids = buf_detach(&w.ids, NULL);
	ndates1 = scan_person(&S, "p1")->ndates;
	last1 = scan_person(&S, "p1")->last;
	done(&w, NULL);

	setenv("MENTOR_THREADS", "4", 1);
	ck_assert_int_eq(scan_threads(), 4);
	rc4 = run("big", SCAN_DATES, NULL, &w, &err4);
	ck_assert_int_eq(rc1, EX_DATAERR);
	ck_assert_int_eq(rc4, rc1);
	/* Long strings: said apart, not shown. */
	ck_assert_msg(strcmp(w.lines.buf, lines1) == 0, "the entries differ");
	ck_assert_msg(strcmp(w.ids.buf, ids) == 0, "the order differs");
	ck_assert_msg(strcmp(err4, err1) == 0, "stderr differs");
	ck_assert_ptr_nonnull(strstr(err1, "[enums]"));
	ck_assert_uint_eq(scan_person(&S, "p1")->ndates, ndates1);
	ck_assert_int_eq(scan_person(&S, "p1")->last, last1);
	ck_assert_uint_gt(ndates1, 50);
	/* 200 less the 4 broken ones; in each folder by date, then id. */
	for (p = lines1; (q = strchr(p, '\n')) != NULL; p = q + 1) {
		ck_assert_int_eq(sscanf(p, "%d-", &y), 1);
		if (y != year)
			prev = DATE_NONE;	/* a new year folder */
		year = y;
		ck_assert_int_eq(sscanf(strchr(p, ' ') + 1, "%d-%d-%d", &y, &m,
		    &dd), 3);
		cur = y > 0 ? D(y, m, dd) : DATE_NONE;
		ck_assert_msg(cur >= prev, "entry %d out of order", n);
		prev = cur;
		n++;
	}
	ck_assert_int_eq(n, 196);
	free(lines1);
	free(ids);
	free(err1);
	done(&w, err4);
}
END_TEST

START_TEST(test_scan_threads)
{
	setenv("MENTOR_THREADS", "9", 1);
	ck_assert_int_eq(scan_threads(), 4);
	setenv("MENTOR_THREADS", "2", 1);
	ck_assert_int_eq(scan_threads(), 2);
	setenv("MENTOR_THREADS", "0", 1);
	ck_assert_int_eq(scan_threads(), 1);
	setenv("MENTOR_THREADS", "-3", 1);
	ck_assert_int_eq(scan_threads(), 1);
	unsetenv("MENTOR_THREADS");
	ck_assert_int_ge(scan_threads(), 1);
	ck_assert_int_le(scan_threads(), 4);
}
END_TEST

static Suite *
scan_suite(void)
{
	Suite	*s = suite_create("scan");
	TCase	*tc = tcase_create("scan");

	tcase_add_checked_fixture(tc, setup, NULL);
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_journal);
	tcase_add_test(tc, test_keep);
	tcase_add_test(tc, test_stop);
	tcase_add_test(tc, test_reverse);
	tcase_add_test(tc, test_strays);
	tcase_add_test(tc, test_given);
	tcase_add_test(tc, test_given_only);
	tcase_add_test(tc, test_diags);
	tcase_add_test(tc, test_threads);
	tcase_add_test(tc, test_scan_threads);
	suite_add_tcase(s, tc);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	tree_setup();
	sr = srunner_create(scan_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fx_teardown();
	return failed == 0 ? 0 : 1;
}
