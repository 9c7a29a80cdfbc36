#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * One scratch tree for the whole run, built before the tests fork:
 *
 *   BASE/j/           a full journal (mentor.yaml, people, goals, log)
 *   BASE/k/           a journal with no log/ folder, and "same" twice
 *   BASE/outside/     not a journal, with a record-looking file
 *   BASE/plain/       an empty folder
 */
static char	*jdir, *kdir, *jabs;
static char	 cwd0[PATH_MAX];

static const char settings_yaml[] =
    "owner: Alex Doe          # whose journal\n"
    "role: mentee\n"
    "cadence: monthly\n"
    "week-start: sunday\n"
    "needs: [public-speaking, delegation, sql]\n"
    "shared: true\n"
    "autocommit: yes\n";

static void
tree_setup(void)
{
	static const char rec[] = "---\ntitle: x\n---\n";

	if (getcwd(cwd0, sizeof(cwd0)) == NULL)
		err(1, "getcwd");
	fx_setup();
	unsetenv("MENTOR_JOURNAL");
	fx_put("j/mentor.yaml", settings_yaml);
	fx_put("j/people/jane-smith.md", rec);
	fx_put("j/people/jane.md", rec);
	fx_put("j/people/bob.md", rec);
	fx_put("j/people/.hidden.md", rec);
	fx_put("j/people/notes.txt", "not a record\n");
	fx_put("j/people/.md", rec);
	fx_dir("j/people/dir.md");
	fx_put("j/people/sub/deep.md", rec);
	fx_put("j/goals/public-speaking.md", rec);
	fx_put("j/goals/delegation.md", rec);
	fx_put("j/log/2025/2025-12-01-review.md", rec);
	fx_put("j/log/2026/2026-11-21-weekly-check-in.md", rec);
	fx_put("j/log/2026/2026-01-05-kickoff.md", rec);
	fx_put("j/log/2026/README", "notes\n");
	fx_put("j/log/misc/2026-02-02-x.md", rec);
	fx_put("j/log/20266/2026-02-03-y.md", rec);
	fx_put("j/log/stray.md", rec);
	fx_dir("j/sub/deeper");

	fx_put("k/mentor.yaml", "owner: K\nneeds: sql\n");
	fx_put("k/people/same.md", rec);
	fx_put("k/goals/same.md", rec);

	fx_put("outside/people/jane.md", rec);
	fx_dir("plain");

	jdir = fx_path("j");
	kdir = fx_path("k");
	if ((jabs = xrealpath(jdir)) == NULL)
		err(1, "%s", jdir);
}

static void
tree_teardown(void)
{
	if (chdir(cwd0) == -1)
		warn("%s", cwd0);
	fx_teardown();
	free(jdir);
	free(kdir);
	free(jabs);
}

/* Every test starts in BASE with no $MENTOR_JOURNAL. */
static void
test_setup(void)
{
	ck_assert_int_eq(chdir(fx_base), 0);
	unsetenv("MENTOR_JOURNAL");
}

static void
test_teardown(void)
{
	if (chdir(cwd0) == -1)
		warn("%s", cwd0);
	unsetenv("MENTOR_JOURNAL");
}

static void
cd(const char *rel)
{
	char	*p = fx_path(rel);

	ck_assert_msg(chdir(p) == 0, "chdir %s", p);
	free(p);
}

/* Run call with stderr captured; it must say exactly "PROG: want\n". */
#define SAYS(call, want) do {						\
	struct fx_cap	 c_;						\
	char		*said_, *exp_;					\
									\
	fx_cap_start(&c_, 2);						\
	call;								\
	said_ = fx_cap_end(&c_);					\
	exp_ = fx_said("%s", (want));					\
	ck_assert_str_eq(said_, exp_);					\
	free(said_);							\
	free(exp_);							\
} while (0)

#define SILENT(call) do {						\
	struct fx_cap	 c_;						\
	char		*said_;						\
									\
	fx_cap_start(&c_, 2);						\
	call;								\
	said_ = fx_cap_end(&c_);					\
	ck_assert_str_eq(said_, "");					\
	free(said_);							\
} while (0)

/* Open the journal j from BASE with -C "j". */
static void
open_j(struct journal *j)
{
	ck_assert_int_eq(journal_find(j, "j", 0), 0);
}

/* journal_path, and journal_path_buf over what a buf held before. */
#define PATH_IS(j, rel, want) do {					\
	struct buf	 b_ = BUF_INIT;					\
	char		*p_ = journal_path((j), (rel));			\
									\
	ck_assert_str_eq(p_, (want));					\
	free(p_);							\
	buf_addstr(&b_, "a longer path that was there before it");	\
	ck_assert_str_eq(journal_path_buf((j), (rel), &b_), (want));	\
	ck_assert_uint_eq(b_.len, strlen(want));			\
	buf_release(&b_);						\
} while (0)

START_TEST(test_find_here)
{
	struct journal	 j;
	struct buf	 b;

	cd("j");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, "");
	ck_assert_str_eq(j.abs, jabs);
	ck_assert_int_ge(j.dirfd, 0);
	ck_assert_int_eq(j.settings_rc, 0);
	PATH_IS(&j, "people/x.md", "people/x.md");
	PATH_IS(&j, "mentor.yaml", "mentor.yaml");
	/* A private entry's place, held back by --share: no path. */
	b = (struct buf)BUF_INIT;
	ck_assert_ptr_null(journal_path_buf(&j, NULL, &b));
	buf_release(&b);
	journal_close(&j);
	ck_assert_int_eq(j.dirfd, -1);
	ck_assert_ptr_null(j.root);
}
END_TEST

START_TEST(test_find_up)
{
	struct journal	 j;

	cd("j/sub");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, "..");
	ck_assert_str_eq(j.abs, jabs);
	PATH_IS(&j, "people/x.md", "../people/x.md");
	journal_close(&j);

	cd("j/sub/deeper");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, "../..");
	PATH_IS(&j, "log/2026/a.md", "../../log/2026/a.md");
	journal_close(&j);

	/* A record folder is inside the journal too. */
	cd("j/people");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, "..");
	journal_close(&j);
}
END_TEST

START_TEST(test_find_cflag)
{
	struct journal	 j;
	char		*abs;

	ck_assert_int_eq(journal_find(&j, "j/", 0), 0);
	ck_assert_str_eq(j.root, "j");
	ck_assert_str_eq(j.abs, jabs);
	PATH_IS(&j, "people/x.md", "j/people/x.md");
	journal_close(&j);

	ck_assert_int_eq(journal_find(&j, "j//", 0), 0);
	ck_assert_str_eq(j.root, "j");
	journal_close(&j);

	ck_assert_int_eq(journal_find(&j, "./j", 0), 0);
	ck_assert_str_eq(j.root, "./j");
	PATH_IS(&j, "people/x.md", "./j/people/x.md");
	journal_close(&j);

	xasprintf(&abs, "%s/", jdir);
	ck_assert_int_eq(journal_find(&j, abs, 0), 0);
	ck_assert_str_eq(j.root, jdir);
	free(abs);
	xasprintf(&abs, "%s/goals/g.md", jdir);
	PATH_IS(&j, "goals/g.md", abs);
	free(abs);
	journal_close(&j);

	/* "." is the working directory: nothing in front. */
	cd("j");
	ck_assert_int_eq(journal_find(&j, ".", 0), 0);
	ck_assert_str_eq(j.root, "");
	PATH_IS(&j, "people/x.md", "people/x.md");
	journal_close(&j);
	SAYS(ck_assert_int_eq(journal_find(&j, "..", 0), EX_NOINPUT),
	    "'..' is not a journal (no mentor.yaml there)");
	journal_close(&j);

	/* -C wins over $MENTOR_JOURNAL, which wins over the search. */
	cd("j/sub");
	setenv("MENTOR_JOURNAL", kdir, 1);
	ck_assert_int_eq(journal_find(&j, "..", 0), 0);
	ck_assert_str_eq(j.root, "..");
	ck_assert_str_eq(j.set.owner, "Alex Doe");
	journal_close(&j);
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, kdir);
	ck_assert_str_eq(j.set.owner, "K");
	journal_close(&j);

	/* An empty $MENTOR_JOURNAL is unset. */
	setenv("MENTOR_JOURNAL", "", 1);
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, "..");
	journal_close(&j);
}
END_TEST

START_TEST(test_find_env)
{
	struct journal	 j;

	setenv("MENTOR_JOURNAL", "j/", 1);
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	ck_assert_str_eq(j.root, "j");
	PATH_IS(&j, "people/jane.md", "j/people/jane.md");
	journal_close(&j);

	setenv("MENTOR_JOURNAL", "plain", 1);
	SAYS(ck_assert_int_eq(journal_find(&j, NULL, 0), EX_NOINPUT),
	    "'plain' is not a journal (no mentor.yaml there)");
	journal_close(&j);
}
END_TEST

START_TEST(test_not_journal)
{
	struct journal	 j;

	cd("plain");
	SAYS(ck_assert_int_eq(journal_find(&j, NULL, 0), EX_NOINPUT),
	    "not inside a journal (no mentor.yaml here or above)");
	journal_close(&j);

	SAYS(ck_assert_int_eq(journal_find(&j, "nowhere", 0), EX_NOINPUT),
	    "'nowhere' is not a journal (no mentor.yaml there)");
	journal_close(&j);
	SAYS(ck_assert_int_eq(journal_find(&j, "../j/people", 0),
	    EX_NOINPUT),
	    "'../j/people' is not a journal (no mentor.yaml there)");
	journal_close(&j);
	ck_assert_int_eq(journal_find(&j, "../j", 0), 0);
	journal_close(&j);
}
END_TEST

START_TEST(test_settings)
{
	struct journal	 j;
	struct doc	 d;

	SILENT(open_j(&j));
	ck_assert_int_eq(j.settings_rc, 0);
	ck_assert_str_eq(j.set.owner, "Alex Doe");
	ck_assert_str_eq(j.set.role, "mentee");
	ck_assert_str_eq(j.set.cadence, "monthly");
	ck_assert_int_eq(j.set.week_start, WEEK_SUNDAY);
	ck_assert_int_eq(j.set.week_start, 6);
	ck_assert_uint_eq(j.set.nneeds, 3);
	ck_assert_str_eq(j.set.needs[0], "public-speaking");
	ck_assert_str_eq(j.set.needs[1], "delegation");
	ck_assert_str_eq(j.set.needs[2], "sql");
	ck_assert_int_eq(j.set.shared, 1);
	ck_assert_int_eq(j.set.autocommit, 1);

	ck_assert_int_eq(journal_config(&j, &d), 0);
	ck_assert_str_eq(d.path, "j/mentor.yaml");
	ck_assert_str_eq(fm_str(&d, "role"), "mentee");
	ck_assert_uint_eq(fm_key(&d, "role")->line, 2);
	doc_free(&d);
	journal_close(&j);

	/* Defaults, and a single need as a scalar. */
	ck_assert_int_eq(journal_find(&j, "k", 0), 0);
	ck_assert_int_eq(j.settings_rc, 0);
	ck_assert_str_eq(j.set.owner, "K");
	ck_assert_ptr_null(j.set.role);
	ck_assert_ptr_null(j.set.cadence);
	ck_assert_int_eq(j.set.week_start, WEEK_MONDAY);
	ck_assert_uint_eq(j.set.nneeds, 1);
	ck_assert_str_eq(j.set.needs[0], "sql");
	ck_assert_int_eq(j.set.shared, 0);
	ck_assert_int_eq(j.set.autocommit, 0);
	journal_close(&j);
}
END_TEST

START_TEST(test_settings_values)
{
	struct journal	 j;

	fx_dir("v");
	fx_put("v/mentor.yaml",
	    "week-start: Sun\n"
	    "shared: off\n"
	    "autocommit: maybe\n"
	    "needs:\n"
	    "  - a\n"
	    "  - [nested]\n"
	    "  - b\n"
	    "owner:\n"
	    "role: ~\n");
	ck_assert_int_eq(journal_find(&j, "v", 0), 0);
	ck_assert_int_eq(j.settings_rc, 0);
	ck_assert_int_eq(j.set.week_start, 6);
	ck_assert_int_eq(j.set.shared, 0);
	ck_assert_int_eq(j.set.autocommit, 0);
	ck_assert_uint_eq(j.set.nneeds, 2);
	ck_assert_str_eq(j.set.needs[0], "a");
	ck_assert_str_eq(j.set.needs[1], "b");
	ck_assert_ptr_null(j.set.owner);
	ck_assert_ptr_null(j.set.role);
	journal_close(&j);

	fx_put("v/mentor.yaml", "week-start: someday\nshared: yes\n");
	ck_assert_int_eq(journal_find(&j, "v", 0), 0);
	ck_assert_int_eq(j.set.week_start, WEEK_MONDAY);
	ck_assert_int_eq(j.set.shared, 1);
	ck_assert_uint_eq(j.set.nneeds, 0);
	journal_close(&j);

	/* An empty mentor.yaml is a journal with default settings. */
	fx_put("v/mentor.yaml", "");
	ck_assert_int_eq(journal_find(&j, "v", 0), 0);
	ck_assert_int_eq(j.settings_rc, 0);
	ck_assert_ptr_null(j.set.owner);
	journal_close(&j);
}
END_TEST

START_TEST(test_settings_broken)
{
	struct journal	 j;

	fx_dir("b");
	fx_put("b/mentor.yaml", "owner: A\nowner: B\n");
	SAYS(ck_assert_int_eq(journal_find(&j, "b", 0), 0),
	    "b/mentor.yaml:2:1: duplicate key 'owner' (first on line 1)");
	ck_assert_int_eq(j.settings_rc, EX_DATAERR);
	ck_assert_uint_eq(j.settings_err.line, 2);
	ck_assert_uint_eq(j.settings_err.col, 1);
	ck_assert_str_eq(j.settings_err.msg,
	    "duplicate key 'owner' (first on line 1)");
	ck_assert_ptr_null(j.set.owner);
	ck_assert_int_eq(j.set.week_start, WEEK_MONDAY);
	ck_assert_int_eq(j.dirfd >= 0, 1);
	/* The records are still there. */
	ck_assert_uint_eq(journal_list(&j, R_PERSON)->n, 0);
	journal_close(&j);

	fx_put("b/mentor.yaml", "owner: [\n");
	SILENT(ck_assert_int_eq(journal_find(&j, "b", JF_QUIET), 0));
	ck_assert_int_eq(j.settings_rc, EX_DATAERR);
	ck_assert_uint_eq(j.settings_err.line, 2);
	journal_close(&j);

	/* A marker that is a folder is no marker. */
	fx_dir("m");
	fx_dir("m/mentor.yaml");
	SAYS(ck_assert_int_eq(journal_find(&j, "m", JF_QUIET), EX_NOINPUT),
	    "'m' is not a journal (no mentor.yaml there)");
	journal_close(&j);
}
END_TEST

/* The ids of a list, space-separated. */
static char *
ids(const struct reclist *l)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < l->n; i++)
		buf_addf(&b, "%s%s", i ? " " : "", l->v[i].id);
	return buf_detach(&b, NULL);
}

#define IDS_ARE(l, want) do {						\
	char	*s_ = ids(l);						\
									\
	ck_assert_str_eq(s_, (want));					\
	free(s_);							\
} while (0)

START_TEST(test_list)
{
	struct journal		 j;
	const struct reclist	*l;

	open_j(&j);
	l = journal_list(&j, R_PERSON);
	IDS_ARE(l, "bob jane jane-smith");
	ck_assert_str_eq(l->v[0].rel, "people/bob.md");
	ck_assert_int_eq(l->v[0].type, R_PERSON);
	ck_assert_ptr_eq(journal_list(&j, R_PERSON), l);

	l = journal_list(&j, R_GOAL);
	IDS_ARE(l, "delegation public-speaking");
	ck_assert_str_eq(l->v[1].rel, "goals/public-speaking.md");
	ck_assert_int_eq(l->v[1].type, R_GOAL);

	l = journal_list(&j, R_ENTRY);
	IDS_ARE(l, "2025-12-01-review 2026-01-05-kickoff "
	    "2026-11-21-weekly-check-in");
	ck_assert_str_eq(l->v[0].rel, "log/2025/2025-12-01-review.md");
	ck_assert_str_eq(l->v[1].rel, "log/2026/2026-01-05-kickoff.md");
	ck_assert_str_eq(l->v[2].rel,
	    "log/2026/2026-11-21-weekly-check-in.md");
	ck_assert_int_eq(l->v[2].type, R_ENTRY);
	journal_close(&j);

	/* No log/ at all: an empty list. */
	ck_assert_int_eq(journal_find(&j, "k", 0), 0);
	ck_assert_uint_eq(journal_list(&j, R_ENTRY)->n, 0);
	IDS_ARE(journal_list(&j, R_PERSON), "same");
	IDS_ARE(journal_list(&j, R_GOAL), "same");
	journal_close(&j);
}
END_TEST

START_TEST(test_rtype)
{
	ck_assert_str_eq(rtype_dir(R_PERSON), "people");
	ck_assert_str_eq(rtype_dir(R_GOAL), "goals");
	ck_assert_str_eq(rtype_dir(R_ENTRY), "log");
	ck_assert_str_eq(rtype_name(R_PERSON), "person");
	ck_assert_str_eq(rtype_name(R_GOAL), "goal");
	ck_assert_str_eq(rtype_name(R_ENTRY), "entry");
}
END_TEST

#define REL_IS(path, t, wrel, wid) do {				\
	struct rec	 r_;						\
									\
	ck_assert_int_eq(rec_from_rel((path), &r_), 0);			\
	ck_assert_int_eq(r_.type, (t));					\
	ck_assert_str_eq(r_.rel, (wrel));				\
	ck_assert_str_eq(r_.id, (wid));					\
	rec_release(&r_);						\
	ck_assert_ptr_null(r_.rel);					\
	ck_assert_ptr_null(r_.id);					\
} while (0)

#define NOT_REL(path) do {						\
	struct rec	 r_;						\
									\
	ck_assert_msg(rec_from_rel((path), &r_) == -1, "'%s'", (path));	\
} while (0)

/* Lock files: a name, then ".lock". */
START_TEST(test_lock_name)
{
	ck_assert_int_eq(is_lock_name("x.md.lock"), 1);
	ck_assert_int_eq(is_lock_name("a.lock"), 1);
	ck_assert_int_eq(is_lock_name(".lock"), 0);
	ck_assert_int_eq(is_lock_name("lock"), 0);
	ck_assert_int_eq(is_lock_name("a.locks"), 0);
	ck_assert_int_eq(is_lock_name("a.LOCK"), 0);
	ck_assert_int_eq(is_lock_name("x.md"), 0);
	ck_assert_int_eq(is_lock_name(""), 0);
}
END_TEST

/*
 * Entry ids used in two year folders, found by comparing the names: each
 * in j->dups once, sorted, and counted by journal_id_count; any other id
 * counts 0 or 1.  The entries named for another year (strays) and the
 * lock files met on the way.
 */
START_TEST(test_index_ids)
{
	static const char	 rec[] = "---\ntitle: x\n---\n";
	struct journal		 j;
	char			 rel[64];
	int			 y, i;

	fx_put("ix/mentor.yaml", "owner: I\n");
	for (y = 2011; y <= 2019; y++)
		for (i = 0; i < 40; i++) {
			snprintf(rel, sizeof(rel), "ix/log/%d/%d-01-01-e%03d.md",
			    y, y, i);
			fx_put(rel, rec);
		}
	/* Away from home in each folder, and in two folders. */
	fx_put("ix/log/2014/2015-06-01-dup.md", rec);
	fx_put("ix/log/2015/2015-06-01-dup.md", rec);
	fx_put("ix/log/2019/2015-06-01-dup.md", rec);
	fx_put("ix/log/2016/2016-01-01-twice.md", rec);
	fx_put("ix/log/2017/2016-01-01-twice.md", rec);
	/* At home in one folder, away in another. */
	fx_put("ix/log/2016/2013-01-01-e005.md", rec);
	/* Away from home, but alone. */
	fx_put("ix/log/2018/2030-01-01-away.md", rec);
	/* Names that start with no year are never at home. */
	fx_put("ix/log/2012/notes.md", rec);
	fx_put("ix/log/2013/notes.md", rec);
	fx_put("ix/log/2014/2014.md", rec);
	fx_put("ix/log/2018/x.md.lock", "");
	fx_put("ix/log/2012/x.md.lock", "");
	fx_put("ix/log/2013/README", "notes\n");
	fx_put("ix/log/misc/y.md.lock", "");
	fx_put("ix/log/misc/2015-06-01-dup.md", rec);
	ck_assert_int_eq(journal_find(&j, "ix", 0), 0);
	ck_assert_int_eq(j.ids_done, 0);
	ck_assert_uint_eq(j.ndups, 0);
	journal_index_ids(&j);
	ck_assert_int_eq(j.ids_done, 1);
	ck_assert_uint_eq(j.ndups, 4);
	ck_assert_str_eq(j.dups[0], "2013-01-01-e005");
	ck_assert_str_eq(j.dups[1], "2015-06-01-dup");
	ck_assert_str_eq(j.dups[2], "2016-01-01-twice");
	ck_assert_str_eq(j.dups[3], "notes");
	ck_assert_int_eq(journal_id_count(&j, "2015-06-01-dup"), 3);
	ck_assert_int_eq(journal_id_count(&j, "2016-01-01-twice"), 2);
	ck_assert_int_eq(journal_id_count(&j, "2013-01-01-e005"), 2);
	ck_assert_int_eq(journal_id_count(&j, "notes"), 2);
	for (y = 2011; y <= 2019; y++)
		for (i = 0; i < 40; i++) {
			snprintf(rel, sizeof(rel), "%d-01-01-e%03d", y, i);
			if (strcmp(rel, "2013-01-01-e005") != 0)
				ck_assert_int_le(journal_id_count(&j, rel), 1);
		}
	ck_assert_int_le(journal_id_count(&j, "2030-01-01-away"), 1);
	ck_assert_int_le(journal_id_count(&j, "2014"), 1);
	ck_assert_int_eq(journal_id_count(&j, "2011-01-01-e300"), 0);
	ck_assert_int_eq(journal_id_count(&j, "README"), 0);
	ck_assert_int_eq(journal_id_count(&j, "x.md"), 0);
	ck_assert_int_eq(journal_id_count(&j, ""), 0);
	ck_assert_uint_eq(j.nlocks, 2);
	ck_assert_str_eq(j.locks[0], "log/2012/x.md.lock");
	ck_assert_str_eq(j.locks[1], "log/2018/x.md.lock");
	/* Entries named for another year's date than their folder's. */
	ck_assert_uint_eq(j.nstrays, 5);
	ck_assert_str_eq(j.strays[0], "log/2014/2015-06-01-dup.md");
	ck_assert_str_eq(j.strays[1], "log/2016/2013-01-01-e005.md");
	ck_assert_str_eq(j.strays[2], "log/2017/2016-01-01-twice.md");
	ck_assert_str_eq(j.strays[3], "log/2018/2030-01-01-away.md");
	ck_assert_str_eq(j.strays[4], "log/2019/2015-06-01-dup.md");
	ck_assert_int_eq(journal_stray(&j, "log/2018/2030-01-01-away.md"), 1);
	ck_assert_int_eq(journal_stray(&j, "log/2015/2015-06-01-dup.md"), 0);
	ck_assert_int_eq(journal_stray(&j, "log/2012/notes.md"), 0);
	/* Once a journal: a second call reads nothing again. */
	journal_index_ids(&j);
	ck_assert_uint_eq(j.nlocks, 2);
	ck_assert_uint_eq(j.ndups, 4);
	ck_assert_uint_eq(j.nstrays, 5);
	ck_assert_int_eq(journal_id_count(&j, "2015-06-01-dup"), 3);
	journal_close(&j);
	ck_assert_ptr_null(j.dups);
	ck_assert_uint_eq(j.ndups, 0);

	/* No log folder: nothing used twice, nothing locked. */
	ck_assert_int_eq(journal_find(&j, "k", 0), 0);
	journal_index_ids(&j);
	ck_assert_uint_eq(j.ndups, 0);
	ck_assert_uint_eq(j.nlocks, 0);
	ck_assert_uint_eq(j.nstrays, 0);
	ck_assert_int_eq(journal_id_count(&j, "same"), 0);
	journal_close(&j);
}
END_TEST

/*
 * One folder's records, added to a list: sorted by id, or in the order
 * the folder gives them; each with its place in that listing; a folder
 * named like a record and a file that is not one left out, a symbolic
 * link kept.
 */
START_TEST(test_list_folder)
{
	static const char	 rec[] = "---\ntitle: x\n---\n";
	struct journal		 j;
	struct reclist		 a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	char			 rel[64];
	int			 seen[41];
	size_t			 i, want;
	int			 y;

	fx_put("kn/mentor.yaml", "owner: K\n");
	for (y = 2024; y <= 2026; y++)
		for (i = 0; i < 40; i++) {
			snprintf(rel, sizeof(rel),
			    "kn/log/%d/%d-02-%02zu-k%zu.md", y, y, i % 28 + 1,
			    i);
			fx_put(rel, rec);
		}
	fx_dir("kn/log/2025/2025-09-09-folder.md");
	fx_put("kn/log/2025/notes.txt", "x\n");
	ck_assert_int_eq(symlink("2025-02-01-k0.md",
	    "kn/log/2025/2025-09-10-link.md"), 0);
	fx_dir("kn/log/2027");		/* no records at all */
	ck_assert_int_eq(journal_find(&j, "kn", 0), 0);
	for (y = 2024; y <= 2027; y++) {
		want = y == 2027 ? 0 : y == 2025 ? 41 : 40;
		snprintf(rel, sizeof(rel), "log/%d", y);
		journal_list_folder(&j, rel, &a, 1);
		journal_list_folder(&j, rel, &b, 0);
		ck_assert_uint_eq(a.n, want);
		ck_assert_uint_eq(b.n, want);
		memset(seen, 0, sizeof(seen));
		for (i = 0; i < a.n; i++) {
			ck_assert_int_eq(a.v[i].type, R_ENTRY);
			ck_assert_int_eq(strncmp(a.v[i].rel, rel, 8), 0);
			ck_assert_int_eq(a.v[i].rel[8], '/');
			if (i > 0)
				ck_assert_int_lt(strcmp(a.v[i - 1].id,
				    a.v[i].id), 0);
			/* Its place in the listing, each once. */
			ck_assert_uint_lt(a.v[i].pos, want);
			ck_assert_int_eq(seen[a.v[i].pos]++, 0);
			ck_assert_uint_eq(b.v[i].pos, i);
		}
		/* The same records, whichever way they were listed. */
		reclist_sort(&b);
		for (i = 0; i < a.n; i++) {
			ck_assert_str_eq(a.v[i].rel, b.v[i].rel);
			ck_assert_str_eq(a.v[i].id, b.v[i].id);
			ck_assert_uint_eq(a.v[i].pos, b.v[i].pos);
		}
		if (y == 2025) {
			ck_assert_str_eq(a.v[0].id, "2025-02-01-k0");
			ck_assert_str_eq(a.v[40].id, "2025-09-10-link");
		}
		reclist_release(&a);
		reclist_release(&b);
	}
	/* Appended to what the list holds, each folder sorted apart. */
	journal_list_folder(&j, "log/2026", &a, 1);
	journal_list_folder(&j, "log/2024", &a, 1);
	ck_assert_uint_eq(a.n, 80);
	ck_assert_str_eq(a.v[0].rel, "log/2026/2026-02-01-k0.md");
	ck_assert_str_eq(a.v[40].rel, "log/2024/2024-02-01-k0.md");
	reclist_release(&a);
	/* A folder that is not there lists nothing. */
	journal_list_folder(&j, "log/1999", &a, 1);
	ck_assert_uint_eq(a.n, 0);
	reclist_release(&a);
	journal_close(&j);
}
END_TEST

START_TEST(test_rec_from_rel)
{
	REL_IS("people/jane-smith.md", R_PERSON, "people/jane-smith.md",
	    "jane-smith");
	REL_IS("goals/g.md", R_GOAL, "goals/g.md", "g");
	REL_IS("log/2026/2026-11-21-a.md", R_ENTRY,
	    "log/2026/2026-11-21-a.md", "2026-11-21-a");
	REL_IS("./people/x.md", R_PERSON, "people/x.md", "x");
	REL_IS("././goals/a.b.md", R_GOAL, "goals/a.b.md", "a.b");
	NOT_REL("log/x.md");
	NOT_REL("log/26/x.md");
	NOT_REL("log/abcd/x.md");
	NOT_REL("log/20266/x.md");
	NOT_REL("log/2026/sub/x.md");
	NOT_REL("people/.x.md");
	NOT_REL("people/.md");
	NOT_REL("people/x.txt");
	NOT_REL("people/x.md/");
	NOT_REL("people/a/b.md");
	NOT_REL("other/x.md");
	NOT_REL("peoplex/x.md");
	NOT_REL("x.md");
	NOT_REL("/people/x.md");
	NOT_REL("../people/x.md");
	NOT_REL("");
}
END_TEST

#define RESOLVES(j, mask, arg, t, wrel) do {				\
	struct rec	 r_;						\
									\
	SILENT(ck_assert_int_eq(journal_resolve((j), (mask), (arg),	\
	    &r_), 0));							\
	ck_assert_int_eq(r_.type, (t));					\
	ck_assert_str_eq(r_.rel, (wrel));				\
	rec_release(&r_);						\
} while (0)

#define REFUSES(j, mask, arg, rc, msg) do {				\
	struct rec	 r_;						\
									\
	SAYS(ck_assert_int_eq(journal_resolve((j), (mask), (arg), &r_),	\
	    (rc)), (msg));						\
} while (0)

START_TEST(test_resolve_ids)
{
	struct journal	 j;
	unsigned	 P = RT_MASK(R_PERSON);

	open_j(&j);
	RESOLVES(&j, P, "jane", R_PERSON, "people/jane.md");
	RESOLVES(&j, P, "jane-smith", R_PERSON, "people/jane-smith.md");
	RESOLVES(&j, P, "jane-s", R_PERSON, "people/jane-smith.md");
	RESOLVES(&j, P, "b", R_PERSON, "people/bob.md");
	RESOLVES(&j, RT_ALL, "d", R_GOAL, "goals/delegation.md");
	RESOLVES(&j, RT_ALL, "2026-11", R_ENTRY,
	    "log/2026/2026-11-21-weekly-check-in.md");
	RESOLVES(&j, RT_MASK(R_ENTRY), "2025", R_ENTRY,
	    "log/2025/2025-12-01-review.md");
	REFUSES(&j, P, "ja", EX_USAGE, "'ja' is ambiguous: jane jane-smith");
	REFUSES(&j, RT_ALL, "2026", EX_USAGE, "'2026' is ambiguous: "
	    "2026-01-05-kickoff 2026-11-21-weekly-check-in");
	REFUSES(&j, P, "jane-smth", EX_NOINPUT,
	    "no person 'jane-smth' (did you mean 'jane-smith'?)");
	REFUSES(&j, P, "zzz", EX_NOINPUT, "no person 'zzz'");
	REFUSES(&j, RT_MASK(R_GOAL), "jane", EX_NOINPUT, "no goal 'jane'");
	REFUSES(&j, P, "delegation", EX_NOINPUT, "no person 'delegation'");
	REFUSES(&j, RT_ALL, "zzz", EX_NOINPUT, "no record 'zzz'");
	REFUSES(&j, P, "", EX_USAGE, "empty person name");
	/* Ids are case-sensitive, as file names are. */
	REFUSES(&j, P, "Jane", EX_NOINPUT, "no person 'Jane' "
	    "(did you mean 'jane'?)");
	journal_close(&j);

	/* The same id in two folders. */
	ck_assert_int_eq(journal_find(&j, "k", 0), 0);
	REFUSES(&j, RT_ALL, "same", EX_USAGE,
	    "'same' is ambiguous: people/same.md goals/same.md");
	RESOLVES(&j, P, "same", R_PERSON, "people/same.md");
	RESOLVES(&j, RT_MASK(R_GOAL), "sa", R_GOAL, "goals/same.md");
	journal_close(&j);
}
END_TEST

START_TEST(test_resolve_paths)
{
	struct journal	 j;
	unsigned	 P = RT_MASK(R_PERSON);
	char		*abs;

	/* From the journal itself. */
	cd("j");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	RESOLVES(&j, P, "people/jane-smith.md", R_PERSON,
	    "people/jane-smith.md");
	RESOLVES(&j, P, "./people/jane-smith.md", R_PERSON,
	    "people/jane-smith.md");
	RESOLVES(&j, RT_ALL, "log/2026/2026-01-05-kickoff.md", R_ENTRY,
	    "log/2026/2026-01-05-kickoff.md");
	xasprintf(&abs, "%s/goals/delegation.md", jdir);
	RESOLVES(&j, RT_ALL, abs, R_GOAL, "goals/delegation.md");
	free(abs);
	REFUSES(&j, P, "people/nobody.md", EX_NOINPUT,
	    "no record 'people/nobody.md'");
	REFUSES(&j, P, "people/notes.txt", EX_NOINPUT,
	    "'people/notes.txt' is not a record (people/*.md, goals/*.md or "
	    "log/YYYY/*.md)");
	REFUSES(&j, RT_ALL, "notes/x.md", EX_NOINPUT,
	    "'notes/x.md' is not a record (people/*.md, goals/*.md or "
	    "log/YYYY/*.md)");
	REFUSES(&j, RT_ALL, "jane.md", EX_NOINPUT,
	    "'jane.md' is not a record (people/*.md, goals/*.md or "
	    "log/YYYY/*.md)");
	REFUSES(&j, P, "goals/delegation.md", EX_USAGE,
	    "'goals/delegation.md' is not a person");
	REFUSES(&j, RT_ALL, "../outside/people/jane.md", EX_NOINPUT,
	    "'../outside/people/jane.md' is not in the journal '.'");
	REFUSES(&j, RT_ALL, "../outside/people/none.md", EX_NOINPUT,
	    "no record '../outside/people/none.md'");
	journal_close(&j);

	/* From a subdirectory: paths are relative to it. */
	cd("j/sub");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	RESOLVES(&j, P, "../people/jane.md", R_PERSON, "people/jane.md");
	RESOLVES(&j, P, "jane", R_PERSON, "people/jane.md");
	RESOLVES(&j, P, "./../people/bob.md", R_PERSON, "people/bob.md");
	REFUSES(&j, P, "people/jane.md", EX_NOINPUT,
	    "no record 'people/jane.md'");
	journal_close(&j);

	cd("j/sub/deeper");
	ck_assert_int_eq(journal_find(&j, NULL, 0), 0);
	RESOLVES(&j, P, "../../people/jane.md", R_PERSON, "people/jane.md");
	journal_close(&j);

	/* With -C, paths are still relative to the working directory. */
	cd("");
	open_j(&j);
	RESOLVES(&j, P, "j/people/jane.md", R_PERSON, "people/jane.md");
	RESOLVES(&j, P, "./j/people/jane.md", R_PERSON, "people/jane.md");
	REFUSES(&j, P, "outside/people/jane.md", EX_NOINPUT,
	    "'outside/people/jane.md' is not in the journal 'j'");
	journal_close(&j);
}
END_TEST

START_TEST(test_near)
{
	struct journal		 j;
	const struct rec	*r;

	open_j(&j);
	ck_assert_str_eq(journal_near(&j, R_PERSON, "jane-smth"),
	    "jane-smith");
	ck_assert_str_eq(journal_near(&j, R_PERSON, "bobb"), "bob");
	ck_assert_str_eq(journal_near(&j, R_GOAL, "delegaton"), "delegation");
	ck_assert_ptr_null(journal_near(&j, R_PERSON, "zzzzzz"));
	ck_assert_ptr_null(journal_near(&j, R_GOAL, "bob"));

	ck_assert_ptr_nonnull(r = journal_find_id(&j, R_PERSON, "jane"));
	ck_assert_str_eq(r->rel, "people/jane.md");
	ck_assert_str_eq(r->id, "jane");
	ck_assert_ptr_nonnull(r = journal_find_id(&j, R_ENTRY,
	    "2026-11-21-weekly-check-in"));
	ck_assert_str_eq(r->rel, "log/2026/2026-11-21-weekly-check-in.md");
	ck_assert_ptr_null(journal_find_id(&j, R_PERSON, "jan"));
	ck_assert_ptr_null(journal_find_id(&j, R_GOAL, "jane"));
	ck_assert_ptr_null(journal_find_id(&j, R_PERSON, ""));

	ck_assert_int_eq(journal_exists(&j, "people/jane.md"), 1);
	ck_assert_int_eq(journal_exists(&j, "people/nobody.md"), 0);
	journal_close(&j);

	ck_assert_int_eq(journal_find(&j, "k", 0), 0);
	ck_assert_ptr_null(journal_near(&j, R_ENTRY, "x"));
	ck_assert_ptr_null(journal_find_id(&j, R_ENTRY, "x"));
	journal_close(&j);
}
END_TEST

/* Read records from text (n bytes) as journal_stdin would. */
static int
from_text(struct journal *j, unsigned mask, int nul, const char *text,
    size_t n, struct reclist *l)
{
	FILE	*f;
	int	 rc;

	ck_assert_ptr_nonnull(f = fmemopen((void *)text, n, "r"));
	rc = journal_stdin(j, mask, nul, f, l);
	fclose(f);
	return rc;
}

/* The rels of a list, space-separated. */
static char *
rels(const struct reclist *l)
{
	struct buf	 b = BUF_INIT;
	size_t		 i;

	for (i = 0; i < l->n; i++)
		buf_addf(&b, "%s%s", i ? " " : "", l->v[i].rel);
	return buf_detach(&b, NULL);
}

#define RELS_ARE(l, want) do {						\
	char	*s_ = rels(l);						\
									\
	ck_assert_str_eq(s_, (want));					\
	free(s_);							\
} while (0)

START_TEST(test_stdin)
{
	struct journal	 j;
	struct reclist	 l = { NULL, 0, 0 };
	struct fx_cap	 c;
	static const char lines[] =
	    "jane\n"
	    "j/people/bob.md\n"
	    "j/goals/delegation.md\tactive\t3\n"
	    "j/log/2026/2026-11-21-weekly-check-in.md:12: - [ ] x\n"
	    "\n"
	    "jane-smith\r\n"
	    "public:7\n"
	    "j/goals/public-speaking.md:3:1: bad\n"
	    "2025";
	static const char nul[] = "jane\0j/people/bob.md\0\0bob\0";

	open_j(&j);
	SILENT(ck_assert_int_eq(from_text(&j, RT_ALL, 0, lines,
	    sizeof(lines) - 1, &l), 0));
	RELS_ARE(&l, "people/jane.md people/bob.md goals/delegation.md "
	    "log/2026/2026-11-21-weekly-check-in.md people/jane-smith.md "
	    "goals/public-speaking.md goals/public-speaking.md "
	    "log/2025/2025-12-01-review.md");
	ck_assert_int_eq(l.v[0].type, R_PERSON);
	ck_assert_str_eq(l.v[0].id, "jane");
	ck_assert_int_eq(l.v[3].type, R_ENTRY);
	reclist_release(&l);
	ck_assert_uint_eq(l.n, 0);
	ck_assert_ptr_null(l.v);

	/* -0: NUL-separated, empty items skipped. */
	SILENT(ck_assert_int_eq(from_text(&j, RT_ALL, 1, nul, sizeof(nul) - 1,
	    &l), 0));
	RELS_ARE(&l, "people/jane.md people/bob.md people/bob.md");
	reclist_release(&l);

	/* The header line of tsv output, on the first line only. */
	static const char tsv[] = "id\ttitle\tstatus\njane\tJane\tactive\n";
	SILENT(ck_assert_int_eq(from_text(&j, RT_ALL, 0, tsv,
	    sizeof(tsv) - 1, &l), 0));
	RELS_ARE(&l, "people/jane.md");
	reclist_release(&l);
	static const char tsv2[] = "path\tdue\r\nj/goals/delegation.md\tx\r\n";
	SILENT(ck_assert_int_eq(from_text(&j, RT_ALL, 0, tsv2,
	    sizeof(tsv2) - 1, &l), 0));
	RELS_ARE(&l, "goals/delegation.md");
	reclist_release(&l);
	static const char tsv3[] = "bob\tx\nid\ty\n";
	SAYS(ck_assert_int_eq(from_text(&j, RT_ALL, 0, tsv3,
	    sizeof(tsv3) - 1, &l), EX_NOINPUT), "no record 'id'");
	RELS_ARE(&l, "people/bob.md");
	reclist_release(&l);
	/* "id" alone (no tab) is not a header. */
	SAYS(ck_assert_int_eq(from_text(&j, RT_ALL, 0, "id\n", 3, &l),
	    EX_NOINPUT), "no record 'id'");
	ck_assert_uint_eq(l.n, 0);
	reclist_release(&l);

	/* A bad line does not stop the rest; the worst status is kept. */
	static const char bad[] = "zzz\nja\nbob\n";
	fx_cap_start(&c, 2);
	ck_assert_int_eq(from_text(&j, RT_MASK(R_PERSON), 0, bad,
	    sizeof(bad) - 1, &l), EX_NOINPUT);
	free(fx_cap_end(&c));
	RELS_ARE(&l, "people/bob.md");
	reclist_release(&l);

	/* Empty input. */
	SILENT(ck_assert_int_eq(from_text(&j, RT_ALL, 0, "", 0, &l), 0));
	ck_assert_uint_eq(l.n, 0);
	journal_close(&j);
}
END_TEST

START_TEST(test_args)
{
	struct journal	 j;
	struct reclist	 l = { NULL, 0, 0 };
	char		*argv[] = { "jane", "zzz", "delegation", "ja" };
	char		*argv2[] = { "bob", "-", "jane", "-" };
	char		*in;
	struct fx_cap	 c;

	open_j(&j);
	fx_cap_start(&c, 2);
	ck_assert_int_eq(journal_args(&j, RT_ALL, 4, argv, 0, &l),
	    EX_NOINPUT);
	free(fx_cap_end(&c));
	RELS_ARE(&l, "people/jane.md goals/delegation.md");
	reclist_release(&l);

	SILENT(ck_assert_int_eq(journal_args(&j, RT_ALL, 0, argv, 0, &l), 0));
	ck_assert_uint_eq(l.n, 0);

	/* "-" reads stdin, once however often it is given. */
	fx_put("stdin.txt", "2026-01\nj/goals/public-speaking.md\n");
	in = fx_path("stdin.txt");
	ck_assert_ptr_nonnull(freopen(in, "r", stdin));
	SILENT(ck_assert_int_eq(journal_args(&j, RT_ALL, 4, argv2, 0, &l), 0));
	RELS_ARE(&l, "people/bob.md log/2026/2026-01-05-kickoff.md "
	    "goals/public-speaking.md people/jane.md");
	reclist_release(&l);
	unlink(in);
	free(in);

	/* The same with -0. */
	fx_putn("stdin0.txt", "jane-s\0goals/x.md\0", 18);
	in = fx_path("stdin0.txt");
	ck_assert_ptr_nonnull(freopen(in, "r", stdin));
	SAYS(ck_assert_int_eq(journal_args(&j, RT_ALL, 2, argv2 + 1, 1, &l),
	    EX_NOINPUT), "no record 'goals/x.md'");
	RELS_ARE(&l, "people/jane-smith.md people/jane.md");
	reclist_release(&l);
	unlink(in);
	free(in);
	journal_close(&j);
}
END_TEST

START_TEST(test_reclist)
{
	struct reclist	 l = { NULL, 0, 0 };
	struct rec	 r;
	static const char *const in[] = {
		"log/2026/2026-03-01-b.md", "people/zed.md",
		"log/2025/2026-03-01-b.md", "goals/alpha.md",
		"log/2026/2026-01-01-a.md"
	};
	size_t		 i;

	for (i = 0; i < 5; i++) {
		ck_assert_int_eq(rec_from_rel(in[i], &r), 0);
		reclist_add(&l, &r);
	}
	for (i = 0; i < 200; i++) {
		ck_assert_int_eq(rec_from_rel("people/zz.md", &r), 0);
		reclist_add(&l, &r);
	}
	ck_assert_uint_eq(l.n, 205);
	ck_assert_uint_ge(l.alloc, 205);
	reclist_sort(&l);
	ck_assert_str_eq(l.v[0].rel, "log/2026/2026-01-01-a.md");
	ck_assert_str_eq(l.v[1].rel, "log/2025/2026-03-01-b.md");
	ck_assert_str_eq(l.v[2].rel, "log/2026/2026-03-01-b.md");
	ck_assert_str_eq(l.v[3].rel, "goals/alpha.md");
	ck_assert_str_eq(l.v[4].rel, "people/zed.md");
	ck_assert_str_eq(l.v[204].id, "zz");
	reclist_release(&l);
	ck_assert_uint_eq(l.n, 0);
	ck_assert_uint_eq(l.alloc, 0);
}
END_TEST

static int
strp_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * Sorting goes by the first 16 bytes as numbers first: ids that share
 * them, that end inside them, or that hold bytes above 0x7f must still
 * come out as strcmp orders them.
 */
START_TEST(test_reclist_sort_bytes)
{
	static const char *const ids[] = {
		"2026-01-01-abcde-x", "2026-01-01-abcde", "2026-01-01-abcd",
		"2026-01-01-abcdf", "2026-01-01-abcde-w", "2026-01-01",
		"2026-01-0", "2026", "2026-01-01-\xc3\xa9t\xc3\xa9",
		"2026-01-01-zzzzzzzzzzzz", "2026-01-01-abcde-x1", "a", "ab",
		"abcdefgh", "abcdefg", "abcdefghi", "\xff", "2025-12-31-z",
		/* Bytes above 0x7f after the first, in both numbers. */
		"a\xc3\xa9", "a\x7f", "b", "abcdefgh\xc3\xa9", "abcdefghz",
		"abcdefg\xe6\x97\xa5", "abcdefghi\xc3\xa9", "abcdefghiz",
		"abcdefghj"
	};
	size_t		 n = sizeof(ids) / sizeof(ids[0]), i, k;
	const char	*want[sizeof(ids) / sizeof(ids[0])];
	struct reclist	 l = { NULL, 0, 0 };
	struct rec	 r;
	char		*rel;

	/* Each a people record and, under another path, a second time. */
	for (k = 0; k < 2; k++)
		for (i = 0; i < n; i++) {
			xasprintf(&rel, "%s/%s.md", k ? "goals" : "people",
			    ids[(i * 7 + k) % n]);
			ck_assert_int_eq(rec_from_rel(rel, &r), 0);
			reclist_add(&l, &r);
			free(rel);
		}
	memcpy(want, ids, sizeof(ids));
	qsort(want, n, sizeof(want[0]), strp_cmp);
	reclist_sort(&l);
	ck_assert_uint_eq(l.n, 2 * n);
	for (i = 0; i < n; i++) {
		ck_assert_str_eq(l.v[2 * i].id, want[i]);
		ck_assert_str_eq(l.v[2 * i + 1].id, want[i]);
		/* Same id: by path, "goals/" before "people/". */
		ck_assert_int_eq(strncmp(l.v[2 * i].rel, "goals/", 6), 0);
		ck_assert_int_eq(strncmp(l.v[2 * i + 1].rel, "people/", 7), 0);
	}
	reclist_release(&l);
}
END_TEST

START_TEST(test_parse_bool)
{
	static const char *const yes[] = { "true", "yes", "on", "True",
	    "YES", "On", "tRuE" };
	static const char *const no[] = { "false", "no", "off", "False",
	    "NO", "OFF" };
	static const char *const bad[] = { "", "1", "0", "y", "n", "maybe",
	    "truee", " true", "true ", "yes!" };
	size_t	 i;
	int	 v;

	for (i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		v = 7;
		ck_assert_int_eq(parse_bool(yes[i], &v), 0);
		ck_assert_int_eq(v, 1);
	}
	for (i = 0; i < sizeof(no) / sizeof(no[0]); i++) {
		v = 7;
		ck_assert_int_eq(parse_bool(no[i], &v), 0);
		ck_assert_int_eq(v, 0);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		v = 7;
		ck_assert_msg(parse_bool(bad[i], &v) == -1, "'%s'", bad[i]);
		ck_assert_int_eq(v, 7);
	}
}
END_TEST

START_TEST(test_parse_weekday)
{
	ck_assert_int_eq(parse_weekday("monday"), 0);
	ck_assert_int_eq(parse_weekday("Mon"), 0);
	ck_assert_int_eq(parse_weekday("tuesday"), 1);
	ck_assert_int_eq(parse_weekday("tue"), 1);
	ck_assert_int_eq(parse_weekday("WEDNESDAY"), 2);
	ck_assert_int_eq(parse_weekday("thu"), 3);
	ck_assert_int_eq(parse_weekday("Friday"), 4);
	ck_assert_int_eq(parse_weekday("sat"), 5);
	ck_assert_int_eq(parse_weekday("sunday"), 6);
	ck_assert_int_eq(parse_weekday("SUN"), 6);
	ck_assert_int_eq(parse_weekday(""), -1);
	ck_assert_int_eq(parse_weekday("mo"), -1);
	ck_assert_int_eq(parse_weekday("tues"), -1);
	ck_assert_int_eq(parse_weekday("sundays"), -1);
	ck_assert_int_eq(parse_weekday("funday"), -1);
	ck_assert_int_eq(parse_weekday("xyz"), -1);
}
END_TEST

static Suite *
journal_suite(void)
{
	Suite	*s = suite_create("journal");
	TCase	*tf = tcase_create("find");
	TCase	*tr = tcase_create("records");
	TCase	*tp = tcase_create("parse");

	tcase_add_checked_fixture(tf, test_setup, test_teardown);
	tcase_add_test(tf, test_find_here);
	tcase_add_test(tf, test_find_up);
	tcase_add_test(tf, test_find_cflag);
	tcase_add_test(tf, test_find_env);
	tcase_add_test(tf, test_not_journal);
	tcase_add_test(tf, test_settings);
	tcase_add_test(tf, test_settings_values);
	tcase_add_test(tf, test_settings_broken);
	suite_add_tcase(s, tf);

	tcase_add_checked_fixture(tr, test_setup, test_teardown);
	tcase_add_test(tr, test_list);
	tcase_add_test(tr, test_resolve_ids);
	tcase_add_test(tr, test_resolve_paths);
	tcase_add_test(tr, test_near);
	tcase_add_test(tr, test_stdin);
	tcase_add_test(tr, test_args);
	tcase_add_test(tr, test_index_ids);
	tcase_add_test(tr, test_list_folder);
	suite_add_tcase(s, tr);

	tcase_add_test(tp, test_rtype);
	tcase_add_test(tp, test_rec_from_rel);
	tcase_add_test(tp, test_lock_name);
	tcase_add_test(tp, test_reclist);
	tcase_add_test(tp, test_reclist_sort_bytes);
	tcase_add_test(tp, test_parse_bool);
	tcase_add_test(tp, test_parse_weekday);
	suite_add_tcase(s, tp);
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
	sr = srunner_create(journal_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	tree_teardown();
	return failed == 0 ? 0 : 1;
}
