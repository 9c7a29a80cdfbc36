#include "config.h"

#include <sys/stat.h>

#include <check.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "fixture.h"

/*
 * recop.c: set, task status changes, rename and edit, on a small journal
 * made afresh for each test in the run's scratch folder (fixture.h: the
 * fixture's relative paths are the journal's).  Each call runs with
 * stdout and stderr captured (cap_start/cap_end), so that the tests see
 * exactly what was printed; the whole journal is read into one string
 * before and after (fx_snapshot) to see that a refused change changed
 * nothing, lock files included.
 */
static char	*jdir;			/* the journal of the running test */
static char	*tmpdir;		/* $TMPDIR of the running test */
static struct journal J;
static struct opts O;

#define EXPECT_FILE(rel, want) do {					\
	char *got_ = fx_read(rel);					\
	ck_assert_msg(got_ != NULL, "%s: missing", (rel));		\
	ck_assert_str_eq(got_, (want));					\
	free(got_);							\
} while (0)

#define EXPECT_GONE(rel) do {						\
	char *got_ = fx_read(rel);					\
	ck_assert_msg(got_ == NULL, "%s: still there", (rel));		\
} while (0)

static char *
snapshot(void)
{
	return fx_snapshot(jdir);
}

/* What a call printed on stdout and stderr. */
struct cap {
	struct fx_cap	 o, e;
	char		*out, *err;
};

static void
cap_start(struct cap *c)
{
	fx_cap_start(&c->o, 1);
	fx_cap_start(&c->e, 2);
}

static void
cap_end(struct cap *c)
{
	c->err = fx_cap_end(&c->e);
	c->out = fx_cap_end(&c->o);
}

static void
cap_free(struct cap *c)
{
	free(c->out);
	free(c->err);
}

#define EXPECT_ERR(c, want) do {					\
	char *w_ = fx_said("%s", (want));				\
	ck_assert_str_eq((c)->err, w_);					\
	free(w_);							\
} while (0)

static const char person_jane[] =
    "---\n"
    "name: Jane Smith\n"
    "role: mentor\n"
    "---\n"
    "## Notes\n"
    "- [ ] Remind @jane-smith to send slides\n";
static const char person_bob[] =
    "---\n"
    "name: Bob\n"
    "---\n"
    "Works with @jane-smith on talks.\n"
    "- [ ] Pair with @jane-smith and @jane-smithers\n";
static const char goal_speak[] =
    "---\n"
    "title: Speak confidently\n"
    "status: active\n"
    "mentor: jane-smith   # since September\n"
    "created: 2026-09-01\n"
    "---\n"
    "## Milestones\n"
    "- [ ] Webinar with @jane-smith due:2026-12-15\n";
static const char goal_deleg[] =
    "---\ntitle: Delegate\nmentor: bob\n---\n";
static const char weekly[] =
    "---\n"						/* 1 */
    "title: Weekly\n"					/* 2 */
    "date: 2026-11-21\n"				/* 3 */
    "kind: check-in\n"					/* 4 */
    "with: [jane-smith, bob]\n"				/* 5 */
    "goals: [public-speaking, delegation]\n"		/* 6 */
    "---\n"						/* 7 */
    "## Action items\n"					/* 8 */
    "- [ ] Send the draft to @jane-smith due:2026-11-28\n"	/* 9 */
    "- [x] Book the room done:2026-11-20\n"		/* 10 */
    "- [ ] Call bob\n"					/* 11 */
    "- [x] Old item\n";					/* 12 */
static const char quoted[] =
    "---\n"
    "date: 2026-12-01\n"
    "with:\n"
    "  - 'jane-smith'\n"
    "goals: \"public-speaking\"\n"
    "---\n"
    "Plain text jane-smith and @jane-smith, mail me@jane-smith.\n"
    "- [ ] Ask @jane-smith. Then @jane-smith-x.\n";
static const char old[] =
    "---\ndate: 2025-06-01\nkind: note\n---\nNothing here.\n";

#define WEEKLY	"log/2026/2026-11-21-weekly.md"
#define QUOTED	"log/2026/2026-12-01-quoted.md"
#define OLD	"log/2025/2025-06-01-old.md"

/* A fresh journal, opened; stdin from /dev/null so edit never asks. */
static void
test_setup(void)
{
	int	 fd;

	fx_at(NULL);
	jdir = fx_mkdtemp("j");
	tmpdir = fx_mkdtemp("tmp");
	fx_at(jdir);
	setenv("TMPDIR", tmpdir, 1);
	setenv("MENTOR_TODAY", "2026-11-25", 1);
	setenv("MENTOR_LOCK_TIMEOUT", "0.2", 1);
	unsetenv("MENTOR_JOURNAL");
	unsetenv("VISUAL");
	unsetenv("EDITOR");
	fd = open("/dev/null", O_RDONLY);
	ck_assert_int_ne(fd, -1);
	dup2(fd, STDIN_FILENO);
	close(fd);

	fx_put("mentor.yaml", "owner: Alex Doe\n");
	fx_put("people/jane-smith.md", person_jane);
	fx_put("people/janet-lee.md", "---\nname: Janet Lee\n---\n");
	fx_put("people/bob.md", person_bob);
	fx_put("goals/public-speaking.md", goal_speak);
	fx_put("goals/delegation.md", goal_deleg);
	fx_put(WEEKLY, weekly);
	fx_put(QUOTED, quoted);
	fx_put(OLD, old);
	ck_assert_int_eq(journal_find(&J, jdir, 0), 0);
	opts_init(&O);
}

static void
test_teardown(void)
{
	journal_close(&J);
	fx_at(NULL);
	ck_assert_int_eq(fx_rm(jdir), 0);
	ck_assert_int_eq(fx_rm(tmpdir), 0);
	free(jdir);
	free(tmpdir);
	jdir = tmpdir = NULL;
}

static void
rec(const char *rel, struct rec *r)
{
	ck_assert_int_eq(rec_from_rel(rel, r), 0);
}

/* recop_set on rel with the given arguments, printing into c. */
static int
set(const char *rel, struct cap *c, int argc, ...)
{
	char	*argv[16];
	struct rec r;
	va_list	 ap;
	int	 i, rc;

	ck_assert_int_le(argc, 16);
	va_start(ap, argc);
	for (i = 0; i < argc; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	rec(rel, &r);
	cap_start(c);
	rc = recop_set(&J, &r, argc, argv, &O);
	cap_end(c);
	rec_release(&r);
	return rc;
}

/* set: values replaced in place, new keys before the closing line. */
START_TEST(test_set_values)
{
	struct cap	 c;
	char		*p = fx_path(WEEKLY), *want;

	ck_assert_int_eq(set(WEEKLY, &c, 3, "title=New title", "kind=meeting",
	    "duration=1h"), 0);
	xasprintf(&want, "%s\n", p);
	ck_assert_str_eq(c.out, want);
	free(want);
	ck_assert_str_eq(c.err, "");
	cap_free(&c);
	EXPECT_FILE(WEEKLY,
	    "---\n"
	    "title: New title\n"
	    "date: 2026-11-21\n"
	    "kind: meeting\n"
	    "with: [jane-smith, bob]\n"
	    "goals: [public-speaking, delegation]\n"
	    "duration: 1h\n"
	    "---\n"
	    "## Action items\n"
	    "- [ ] Send the draft to @jane-smith due:2026-11-28\n"
	    "- [x] Book the room done:2026-11-20\n"
	    "- [ ] Call bob\n"
	    "- [x] Old item\n");

	/* Quoted only when YAML needs it; a comment after a value stays. */
	ck_assert_int_eq(set("goals/public-speaking.md", &c, 2, "title=a: b",
	    "mentor=bob"), 0);
	cap_free(&c);
	EXPECT_FILE("goals/public-speaking.md",
	    "---\n"
	    "title: \"a: b\"\n"
	    "status: active\n"
	    "mentor: bob   # since September\n"
	    "created: 2026-09-01\n"
	    "---\n"
	    "## Milestones\n"
	    "- [ ] Webinar with @jane-smith due:2026-12-15\n");
	free(p);
}
END_TEST

/* key= removes a key; removing an absent one changes nothing. */
START_TEST(test_set_remove)
{
	struct cap	 c;

	ck_assert_int_eq(set(WEEKLY, &c, 2, "kind=", "goals="), 0);
	cap_free(&c);
	EXPECT_FILE(WEEKLY,
	    "---\n"
	    "title: Weekly\n"
	    "date: 2026-11-21\n"
	    "with: [jane-smith, bob]\n"
	    "---\n"
	    "## Action items\n"
	    "- [ ] Send the draft to @jane-smith due:2026-11-28\n"
	    "- [x] Book the room done:2026-11-20\n"
	    "- [ ] Call bob\n"
	    "- [x] Old item\n");
	ck_assert_int_eq(set(OLD, &c, 1, "private="), 0);
	ck_assert_str_eq(c.err, "");
	cap_free(&c);
	EXPECT_FILE(OLD, old);
	/* An entry's title is not required. */
	ck_assert_int_eq(set(WEEKLY, &c, 1, "title="), 0);
	cap_free(&c);
	EXPECT_FILE(WEEKLY,
	    "---\n"
	    "date: 2026-11-21\n"
	    "with: [jane-smith, bob]\n"
	    "---\n"
	    "## Action items\n"
	    "- [ ] Send the draft to @jane-smith due:2026-11-28\n"
	    "- [x] Book the room done:2026-11-20\n"
	    "- [ ] Call bob\n"
	    "- [x] Old item\n");
}
END_TEST

/* List fields become flow lists; unique prefixes become full ids. */
START_TEST(test_set_lists)
{
	struct cap	 c;

	ck_assert_int_eq(set(OLD, &c, 3, "with=janet, bob", "goals=deleg",
	    "tags= a ,b,,c "), 0);
	ck_assert_str_eq(c.err, "");
	cap_free(&c);
	EXPECT_FILE(OLD,
	    "---\n"
	    "date: 2025-06-01\n"
	    "kind: note\n"
	    "with: [janet-lee, bob]\n"
	    "goals: [delegation]\n"
	    "tags: [a, b, c]\n"
	    "---\n"
	    "Nothing here.\n");
	/* Each value once: a person named twice, a word given twice. */
	ck_assert_int_eq(set(OLD, &c, 2, "with=janet,bob,janet-lee",
	    "tags=a,b,a"), 0);
	ck_assert_str_eq(c.err, "");
	cap_free(&c);
	EXPECT_FILE(OLD,
	    "---\n"
	    "date: 2025-06-01\n"
	    "kind: note\n"
	    "with: [janet-lee, bob]\n"
	    "goals: [delegation]\n"
	    "tags: [a, b]\n"
	    "---\n"
	    "Nothing here.\n");
	/* A block list is replaced by a flow list, in place. */
	ck_assert_int_eq(set(QUOTED, &c, 1, "with=bob,jane-smith"), 0);
	cap_free(&c);
	EXPECT_FILE(QUOTED,
	    "---\n"
	    "date: 2026-12-01\n"
	    "with: [bob, jane-smith]\n"
	    "goals: \"public-speaking\"\n"
	    "---\n"
	    "Plain text jane-smith and @jane-smith, mail me@jane-smith.\n"
	    "- [ ] Ask @jane-smith. Then @jane-smith-x.\n");
	/* A person's mentor prefix, too. */
	ck_assert_int_eq(set("goals/delegation.md", &c, 1, "mentor=jane-s"),
	    0);
	cap_free(&c);
	EXPECT_FILE("goals/delegation.md",
	    "---\ntitle: Delegate\nmentor: jane-smith\n---\n");
}
END_TEST

/* Dates are written absolute; booleans plain. */
START_TEST(test_set_dates_bools)
{
	struct cap	 c;
	char		*p, *want;

	ck_assert_int_eq(set("goals/delegation.md", &c, 3, "due=+3d",
	    "created=yesterday", "status=paused"), 0);
	cap_free(&c);
	EXPECT_FILE("goals/delegation.md",
	    "---\ntitle: Delegate\nmentor: bob\ndue: 2026-11-28\n"
	    "created: 2026-11-24\nstatus: paused\n---\n");
	ck_assert_int_eq(set("goals/delegation.md", &c, 1, "due=eom"), 0);
	cap_free(&c);
	EXPECT_FILE("goals/delegation.md",
	    "---\ntitle: Delegate\nmentor: bob\ndue: 2026-11-30\n"
	    "created: 2026-11-24\nstatus: paused\n---\n");
	/* A new date moves the entry to the name it gives. */
	ck_assert_int_eq(set(OLD, &c, 2, "private=yes", "date=2025-06-02"),
	    0);
	xasprintf(&want, "%s\n", p = fx_path("log/2025/2025-06-02-old.md"));
	ck_assert_str_eq(c.out, want);
	free(want);
	free(p);
	cap_free(&c);
	p = fx_path(OLD);
	ck_assert_int_eq(access(p, F_OK), -1);
	free(p);
	EXPECT_FILE("log/2025/2025-06-02-old.md", "---\ndate: 2025-06-02\n"
	    "kind: note\nprivate: true\n---\nNothing here.\n");
	ck_assert_int_eq(set("log/2025/2025-06-02-old.md", &c, 1,
	    "private=OFF"), 0);
	cap_free(&c);
	EXPECT_FILE("log/2025/2025-06-02-old.md", "---\ndate: 2025-06-02\n"
	    "kind: note\nprivate: false\n---\nNothing here.\n");
	ck_assert_int_eq(set("people/janet-lee.md", &c, 2, "since=monday",
	    "cadence=every 2-3 weeks"), 0);
	cap_free(&c);
	/* 2026-11-25 is a Wednesday: the next Monday is 30 November. */
	EXPECT_FILE("people/janet-lee.md", "---\nname: Janet Lee\n"
	    "since: 2026-11-30\ncadence: every 2-3 weeks\n---\n");
}
END_TEST

/* Unknown keys are written as given, with a warning. */
START_TEST(test_set_unknown)
{
	struct cap	 c;

	ck_assert_int_eq(set(OLD, &c, 2, "colour=red", "sizes=s,m"), 0);
	EXPECT_ERR(&c, "unknown key 'colour' for an entry; written as given\n"
	    "unknown key 'sizes' for an entry; written as given\n");
	/* Only list fields are lists: anything else is one scalar. */
	cap_free(&c);
	EXPECT_FILE(OLD, "---\ndate: 2025-06-01\nkind: note\ncolour: red\n"
	    "sizes: \"s,m\"\n---\nNothing here.\n");
	ck_assert_int_eq(set(OLD, &c, 2, "note=he said: \"yes\", ok",
	    "title=a, b"), 0);
	cap_free(&c);
	EXPECT_FILE(OLD, "---\ndate: 2025-06-01\nkind: note\ncolour: red\n"
	    "sizes: \"s,m\"\nnote: \"he said: \\\"yes\\\", ok\"\n"
	    "title: \"a, b\"\n---\nNothing here.\n");
	ck_assert_int_eq(set("people/bob.md", &c, 1, "due=2026-01-01"), 0);
	EXPECT_ERR(&c, "unknown key 'due' for a person; written as given\n");
	cap_free(&c);
	ck_assert_int_eq(set("goals/delegation.md", &c, 1, "date=tomorrow"),
	    0);
	EXPECT_ERR(&c, "unknown key 'date' for a goal; written as given\n");
	cap_free(&c);
	/* Not a known date field: written as given, not made absolute. */
	EXPECT_FILE("goals/delegation.md",
	    "---\ntitle: Delegate\nmentor: bob\ndate: tomorrow\n---\n");
}
END_TEST

/* Refused assignments: the status, the message, and nothing written. */
static void
refused(const char *rel, const char *arg, int status, const char *msg)
{
	struct cap	 c;
	char		*before = snapshot(), *after;

	ck_assert_msg(set(rel, &c, 1, arg) == status, "%s: want %d", arg,
	    status);
	ck_assert_str_eq(c.out, "");
	EXPECT_ERR(&c, msg);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(before);
	free(after);
}

START_TEST(test_set_refused)
{
	refused(WEEKLY, "kind=chat", EX_USAGE, "kind: unknown value 'chat' "
	    "(one of: check-in, meeting, feedback, note, win, reflection)\n");
	refused(WEEKLY, "date=2026-02-30", EX_USAGE, "date: bad date "
	    "'2026-02-30' (YYYY-MM-DD, today, +3d, friday, eom...)\n");
	refused(WEEKLY, "date=someday", EX_USAGE, "date: bad date 'someday' "
	    "(YYYY-MM-DD, today, +3d, friday, eom...)\n");
	refused(WEEKLY, "date=", EX_USAGE,
	    "'date' cannot be removed: an entry needs one\n");
	refused("goals/delegation.md", "title=", EX_USAGE,
	    "'title' cannot be removed: a goal needs one\n");
	refused("people/bob.md", "name=", EX_USAGE,
	    "'name' cannot be removed: a person needs one\n");
	refused(WEEKLY, "private=maybe", EX_USAGE,
	    "private: want true or false, not 'maybe'\n");
	refused(WEEKLY, "duration=soon", EX_USAGE,
	    "duration: 'soon' is not a duration (like 45m, 1h or 1h30m)\n");
	refused("people/bob.md", "cadence=fortnightly", EX_USAGE,
	    "cadence: 'fortnightly' is not a cadence (daily, weekly, "
	    "biweekly, monthly, quarterly, every N days|weeks|months, every "
	    "N-M days|weeks|months)\n");
	refused(WEEKLY, "ratings=a", EX_USAGE,
	    "ratings cannot be set with key=value; edit the entry\n");
	refused(WEEKLY, "with=nobody", EX_NOINPUT, "with: no person 'nobody'\n");
	refused(WEEKLY, "with=bob,jane-smyth", EX_NOINPUT, "with: no person "
	    "'jane-smyth' (did you mean 'jane-smith'?)\n");
	refused(WEEKLY, "with=jane", EX_USAGE,
	    "with: 'jane' is ambiguous: jane-smith janet-lee\n");
	refused(WEEKLY, "goals=public-speaking,cooking", EX_NOINPUT,
	    "goals: no goal 'cooking'\n");
	/* A goal is not a person. */
	refused("goals/delegation.md", "mentor=public-speaking", EX_NOINPUT,
	    "mentor: no person 'public-speaking'\n");
	refused(WEEKLY, "=x", EX_USAGE, "bad assignment '=x' (want "
	    "key=value)\n");
	refused(WEEKLY, "title", EX_USAGE, "bad assignment 'title' (want "
	    "key=value)\n");
	refused(WEEKLY, "bad key=1", EX_USAGE,
	    "bad key 'bad key' (letters, digits, '-' and '_')\n");
	refused(WEEKLY, "k.y=1", EX_USAGE,
	    "bad key 'k.y' (letters, digits, '-' and '_')\n");
}
END_TEST

/* One bad assignment among good ones: nothing is written. */
START_TEST(test_set_all_or_nothing)
{
	struct cap	 c;
	char		*before = snapshot(), *after;
	struct rec	 r;

	ck_assert_int_eq(set(WEEKLY, &c, 3, "title=X", "kind=chat",
	    "with=nobody"), EX_USAGE);
	ck_assert_str_eq(c.out, "");
	EXPECT_ERR(&c, "kind: unknown value 'chat' (one of: check-in, "
	    "meeting, feedback, note, win, reflection)\n"
	    "with: no person 'nobody'\n");
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);

	/* Nothing to set at all. */
	rec(WEEKLY, &r);
	cap_start(&c);
	ck_assert_int_eq(recop_set(&J, &r, 0, NULL, &O), EX_USAGE);
	cap_end(&c);
	rec_release(&r);
	EXPECT_ERR(&c, "set: nothing to set (want key=value...)\n");
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
}
END_TEST

/* A broken record is reported and left as it is; so is a missing one. */
START_TEST(test_set_broken)
{
	struct cap	 c;
	char		*before, *after, *p, *msg;

	fx_put("log/2026/2026-11-30-broken.md", "no front matter\n");
	before = snapshot();
	ck_assert_int_eq(set("log/2026/2026-11-30-broken.md", &c, 1,
	    "title=x"), EX_DATAERR);
	ck_assert_str_eq(c.out, "");
	p = fx_path("log/2026/2026-11-30-broken.md");
	xasprintf(&msg, "%s:1:1: no front matter: the first line must be "
	    "'---'\n", p);
	EXPECT_ERR(&c, msg);
	free(msg);
	free(p);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);

	ck_assert_int_eq(set("log/2026/2026-11-29-gone.md", &c, 1,
	    "title=x"), EX_NOINPUT);
	p = fx_path("log/2026/2026-11-29-gone.md");
	xasprintf(&msg, "cannot write '%s': No such file or directory\n", p);
	EXPECT_ERR(&c, msg);
	free(msg);
	free(p);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
}
END_TEST

/* -q prints nothing; -0 ends the path with a NUL. */
START_TEST(test_set_quiet_nul)
{
	struct cap	 c;
	char		*p = fx_path(OLD);

	O.quiet = 1;
	ck_assert_int_eq(set(OLD, &c, 1, "kind=win"), 0);
	ck_assert_str_eq(c.out, "");
	cap_free(&c);
	O.quiet = 0;
	O.nul = 1;
	ck_assert_int_eq(set(OLD, &c, 1, "kind=reflection"), 0);
	ck_assert_uint_eq(strlen(c.out), strlen(p));
	ck_assert_str_eq(c.out, p);
	cap_free(&c);
	EXPECT_FILE(OLD, "---\ndate: 2025-06-01\nkind: reflection\n---\n"
	    "Nothing here.\n");
	free(p);
}
END_TEST

/* recop_task with arg and match, printing into c. */
static int
task(unsigned mask, const char *arg, const char *match, int action,
    struct cap *c)
{
	int	 rc;

	cap_start(c);
	rc = recop_task(&J, mask, arg, match, action, &O);
	cap_end(c);
	return rc;
}

/* The weekly entry with lines 9 to 12 replaced by the four given. */
static char *
weekly_with(const char *l9, const char *l10, const char *l11,
    const char *l12)
{
	char	*s;

	xasprintf(&s,
	    "---\n"
	    "title: Weekly\n"
	    "date: 2026-11-21\n"
	    "kind: check-in\n"
	    "with: [jane-smith, bob]\n"
	    "goals: [public-speaking, delegation]\n"
	    "---\n"
	    "## Action items\n"
	    "%s\n%s\n%s\n%s\n", l9, l10, l11, l12);
	return s;
}

#define L9	"- [ ] Send the draft to @jane-smith due:2026-11-28"
#define L10	"- [x] Book the room done:2026-11-20"
#define L11	"- [ ] Call bob"
#define L12	"- [x] Old item"

static void
expect_task_out(const struct cap *c, unsigned line, const char *rest)
{
	char	*p = fx_path(WEEKLY), *want;

	xasprintf(&want, "%s:%u: %s\n", p, line, rest);
	ck_assert_str_eq(c->out, want);
	ck_assert_str_eq(c->err, "");
	free(want);
	free(p);
}

START_TEST(test_task_done)
{
	struct cap	 c;
	char		*want, *before, *after, *msg, *p = fx_path(WEEKLY);

	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly#1", NULL,
	    TA_DONE, &c), 0);
	expect_task_out(&c, 9, "[x] Send the draft to @jane-smith "
	    "due:2026-11-28 done:2026-11-25");
	cap_free(&c);
	want = weekly_with("- [x] Send the draft to @jane-smith "
	    "due:2026-11-28 done:2026-11-25", L10, L11, L12);
	EXPECT_FILE(WEEKLY, want);
	free(want);

	/* Done again: nothing to do, nothing written. */
	before = snapshot();
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly:9", NULL,
	    TA_DONE, &c), EX_PROBLEM);
	ck_assert_str_eq(c.out, "");
	xasprintf(&msg, "%s:9: already done: Send the draft to @jane-smith "
	    "due:2026-11-28 done:2026-11-25\n", p);
	EXPECT_ERR(&c, msg);
	free(msg);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);

	/* Done but never stamped: done stamps it. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly#4", NULL,
	    TA_DONE, &c), 0);
	expect_task_out(&c, 12, "[x] Old item done:2026-11-25");
	cap_free(&c);
	want = weekly_with("- [x] Send the draft to @jane-smith "
	    "due:2026-11-28 done:2026-11-25", L10, L11,
	    "- [x] Old item done:2026-11-25");
	EXPECT_FILE(WEEKLY, want);
	free(want);
	free(p);
}
END_TEST

START_TEST(test_task_reopen_start_drop)
{
	struct cap	 c;
	char		*want, *msg, *p = fx_path(WEEKLY);

	/* reopen removes the stamp. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly:10", NULL,
	    TA_REOPEN, &c), 0);
	expect_task_out(&c, 10, "[ ] Book the room");
	cap_free(&c);
	want = weekly_with(L9, "- [ ] Book the room", L11, L12);
	EXPECT_FILE(WEEKLY, want);
	free(want);

	/* start by match, case-insensitive. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly", "CALL",
	    TA_START, &c), 0);
	expect_task_out(&c, 11, "[/] Call bob");
	cap_free(&c);
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21", "call", TA_START,
	    &c), EX_PROBLEM);
	xasprintf(&msg, "%s:11: already started: Call bob\n", p);
	EXPECT_ERR(&c, msg);
	free(msg);
	cap_free(&c);

	/* drop by index. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly#3", NULL,
	    TA_DROP, &c), 0);
	expect_task_out(&c, 11, "[-] Call bob");
	cap_free(&c);
	/* drop a done item: the done: stamp goes too. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly#1", NULL,
	    TA_DONE, &c), 0);
	cap_free(&c);
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly#1", NULL,
	    TA_DROP, &c), 0);
	expect_task_out(&c, 9, "[-] Send the draft to @jane-smith "
	    "due:2026-11-28");
	cap_free(&c);
	want = weekly_with("- [-] Send the draft to @jane-smith "
	    "due:2026-11-28", "- [ ] Book the room", "- [-] Call bob", L12);
	EXPECT_FILE(WEEKLY, want);
	free(want);

	/* reopen an open item: already open. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly:10", NULL,
	    TA_REOPEN, &c), EX_PROBLEM);
	xasprintf(&msg, "%s:10: already open: Book the room\n", p);
	EXPECT_ERR(&c, msg);
	free(msg);
	cap_free(&c);
	free(p);
}
END_TEST

/* A path with :LINE, a milestone of a goal, and a match ignored. */
START_TEST(test_task_addresses)
{
	struct cap	 c;
	char		*arg, *want, *p;

	p = fx_path(WEEKLY);
	xasprintf(&arg, "%s:11", p);
	/* With a line, --match is not used. */
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), arg, "nothing like it",
	    TA_DONE, &c), 0);
	expect_task_out(&c, 11, "[x] Call bob done:2026-11-25");
	cap_free(&c);
	free(arg);
	free(p);

	ck_assert_int_eq(task(RT_MASK(R_GOAL), "public-speaking#1", NULL,
	    TA_START, &c), 0);
	p = fx_path("goals/public-speaking.md");
	xasprintf(&want, "%s:8: [/] Webinar with @jane-smith due:2026-12-15\n",
	    p);
	ck_assert_str_eq(c.out, want);
	free(want);
	free(p);
	cap_free(&c);
	EXPECT_FILE("goals/public-speaking.md",
	    "---\n"
	    "title: Speak confidently\n"
	    "status: active\n"
	    "mentor: jane-smith   # since September\n"
	    "created: 2026-09-01\n"
	    "---\n"
	    "## Milestones\n"
	    "- [/] Webinar with @jane-smith due:2026-12-15\n");

	/* A person's record has task items too, when the mask says so. */
	ck_assert_int_eq(task(RT_MASK(R_PERSON) | RT_MASK(R_ENTRY),
	    "bob", "pair", TA_DONE, &c), 0);
	cap_free(&c);
	EXPECT_FILE("people/bob.md",
	    "---\n"
	    "name: Bob\n"
	    "---\n"
	    "Works with @jane-smith on talks.\n"
	    "- [x] Pair with @jane-smith and @jane-smithers done:2026-11-25\n");

	/* -q: changed, nothing printed. */
	O.quiet = 1;
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly#2", NULL,
	    TA_REOPEN, &c), 0);
	ck_assert_str_eq(c.out, "");
	cap_free(&c);
	want = weekly_with(L9, "- [ ] Book the room", "- [x] Call bob "
	    "done:2026-11-25", L12);
	EXPECT_FILE(WEEKLY, want);
	free(want);
}
END_TEST

/* Addresses that find no single item: the status and the message. */
static void
task_refused(unsigned mask, const char *arg, const char *match, int action,
    int status, const char *msg)
{
	struct cap	 c;
	char		*before = snapshot(), *after;

	ck_assert_msg(task(mask, arg, match, action, &c) == status,
	    "%s: want %d", arg, status);
	ck_assert_str_eq(c.out, "");
	EXPECT_ERR(&c, msg);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
}

START_TEST(test_task_refused)
{
	char	*p = fx_path(WEEKLY), *msg, *before, *after;
	struct cap c;

	task_refused(RT_MASK(R_ENTRY), "2026-11-21-weekly", NULL, TA_DONE,
	    EX_USAGE, "'2026-11-21-weekly': which item? (use "
	    "2026-11-21-weekly:LINE, 2026-11-21-weekly#N or --match TEXT)\n");
	task_refused(RT_MASK(R_ENTRY), "nosuch#1", NULL, TA_DONE, EX_NOINPUT,
	    "no entry 'nosuch'\n");
	task_refused(RT_MASK(R_GOAL), "2026-11-21-weekly#1", NULL, TA_DONE,
	    EX_NOINPUT, "no goal '2026-11-21-weekly'\n");
	xasprintf(&msg, "%s: no task item #9 (it has 4)\n", p);
	task_refused(RT_MASK(R_ENTRY), "2026-11-21-weekly#9", NULL, TA_DONE,
	    EX_PROBLEM, msg);
	free(msg);
	xasprintf(&msg, "%s:8: not a task item\n", p);
	task_refused(RT_MASK(R_ENTRY), "2026-11-21-weekly:8", NULL, TA_DONE,
	    EX_PROBLEM, msg);
	free(msg);
	xasprintf(&msg, "%s: no task item matches 'zzz'\n", p);
	task_refused(RT_MASK(R_ENTRY), "2026-11-21-weekly", "zzz", TA_DONE,
	    EX_PROBLEM, msg);
	free(msg);

	/* Several match: none is changed, all are listed after the message. */
	before = snapshot();
	ck_assert_int_eq(task(RT_MASK(R_ENTRY), "2026-11-21-weekly", "O",
	    TA_DONE, &c), EX_PROBLEM);
	ck_assert_str_eq(c.out, "");
	xasprintf(&msg, "%s: %s: 'O' matches 4 task items:\n"
	    "  %s:9: %s\n  %s:10: %s\n  %s:11: %s\n  %s:12: %s\n",
	    progname(), p, p, &L9[2], p, &L10[2], p, &L11[2], p, &L12[2]);
	ck_assert_str_eq(c.err, msg);
	free(msg);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
	cap_free(&c);
	free(p);
}
END_TEST

/* rename a goal: every entry's goals: follows, the file moves. */
START_TEST(test_rename_goal)
{
	struct cap	 c;
	struct rec	 r;
	char		*p, *want;

	rec("goals/public-speaking.md", &r);
	cap_start(&c);
	ck_assert_int_eq(recop_rename(&J, r.type, r.id, "speaking", &O), 0);
	cap_end(&c);
	rec_release(&r);
	p = fx_path("goals/speaking.md");
	xasprintf(&want, "%s\n", p);
	ck_assert_str_eq(c.out, want);
	ck_assert_str_eq(c.err, "");
	free(want);
	free(p);
	cap_free(&c);

	EXPECT_GONE("goals/public-speaking.md");
	EXPECT_FILE("goals/speaking.md", goal_speak);
	EXPECT_FILE(WEEKLY,
	    "---\n"
	    "title: Weekly\n"
	    "date: 2026-11-21\n"
	    "kind: check-in\n"
	    "with: [jane-smith, bob]\n"
	    "goals: [speaking, delegation]\n"
	    "---\n"
	    "## Action items\n"
	    L9 "\n" L10 "\n" L11 "\n" L12 "\n");
	EXPECT_FILE(QUOTED,
	    "---\n"
	    "date: 2026-12-01\n"
	    "with:\n"
	    "  - 'jane-smith'\n"
	    "goals: \"speaking\"\n"
	    "---\n"
	    "Plain text jane-smith and @jane-smith, mail me@jane-smith.\n"
	    "- [ ] Ask @jane-smith. Then @jane-smith-x.\n");
	EXPECT_FILE(OLD, old);
	EXPECT_FILE("people/jane-smith.md", person_jane);
	EXPECT_FILE("goals/delegation.md", goal_deleg);
	/* No lock left behind: the journal holds exactly these files. */
	{
		char	*s = snapshot();

		ck_assert_ptr_null(strstr(s, ".lock"));
		free(s);
	}
}
END_TEST

/*
 * rename a person: with, mentor and @id in task items, own ones too.
 * The record comes from its path, or from journal_resolve as the
 * commands get it (which lists the people before the new name exists).
 */
static void
rename_person(int resolve)
{
	struct cap	 c;
	struct rec	 r;
	char		*p, *want;

	if (resolve)
		ck_assert_int_eq(journal_resolve(&J, RT_MASK(R_PERSON), "jane-s",
		    &r), 0);
	else
		rec("people/jane-smith.md", &r);
	cap_start(&c);
	ck_assert_int_eq(recop_rename(&J, r.type, r.id, "jane-doe", &O), 0);
	cap_end(&c);
	rec_release(&r);
	p = fx_path("people/jane-doe.md");
	xasprintf(&want, "%s\n", p);
	ck_assert_str_eq(c.out, want);
	ck_assert_str_eq(c.err, "");
	free(want);
	free(p);
	cap_free(&c);

	EXPECT_GONE("people/jane-smith.md");
	EXPECT_FILE("people/jane-doe.md",
	    "---\n"
	    "name: Jane Smith\n"
	    "role: mentor\n"
	    "---\n"
	    "## Notes\n"
	    "- [ ] Remind @jane-doe to send slides\n");
	EXPECT_FILE("people/bob.md",
	    "---\n"
	    "name: Bob\n"
	    "---\n"
	    "Works with @jane-smith on talks.\n"
	    "- [ ] Pair with @jane-doe and @jane-smithers\n");
	EXPECT_FILE("goals/public-speaking.md",
	    "---\n"
	    "title: Speak confidently\n"
	    "status: active\n"
	    "mentor: jane-doe   # since September\n"
	    "created: 2026-09-01\n"
	    "---\n"
	    "## Milestones\n"
	    "- [ ] Webinar with @jane-doe due:2026-12-15\n");
	EXPECT_FILE(WEEKLY,
	    "---\n"
	    "title: Weekly\n"
	    "date: 2026-11-21\n"
	    "kind: check-in\n"
	    "with: [jane-doe, bob]\n"
	    "goals: [public-speaking, delegation]\n"
	    "---\n"
	    "## Action items\n"
	    "- [ ] Send the draft to @jane-doe due:2026-11-28\n"
	    L10 "\n" L11 "\n" L12 "\n");
	EXPECT_FILE(QUOTED,
	    "---\n"
	    "date: 2026-12-01\n"
	    "with:\n"
	    "  - 'jane-doe'\n"
	    "goals: \"public-speaking\"\n"
	    "---\n"
	    "Plain text jane-smith and @jane-smith, mail me@jane-smith.\n"
	    "- [ ] Ask @jane-doe. Then @jane-smith-x.\n");
	EXPECT_FILE(OLD, old);
	EXPECT_FILE("people/janet-lee.md", "---\nname: Janet Lee\n---\n");
	EXPECT_FILE("goals/delegation.md", goal_deleg);
	p = snapshot();
	ck_assert_ptr_null(strstr(p, ".lock"));
	free(p);
}

START_TEST(test_rename_person)
{
	rename_person(0);
}
END_TEST

START_TEST(test_rename_person_resolved)
{
	rename_person(1);
}
END_TEST

static void
rename_refused(const char *rel, const char *newid, int status,
    const char *msg)
{
	struct cap	 c;
	struct rec	 r;
	char		*before = snapshot(), *after;

	rec(rel, &r);
	cap_start(&c);
	ck_assert_int_eq(recop_rename(&J, r.type, r.id, newid, &O), status);
	cap_end(&c);
	rec_release(&r);
	ck_assert_str_eq(c.out, "");
	EXPECT_ERR(&c, msg);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
}

START_TEST(test_rename_refused)
{
	char	*p, *msg;

	p = fx_path("people/bob.md");
	xasprintf(&msg, "cannot rename to '%s': a person with that id exists\n",
	    p);
	rename_refused("people/jane-smith.md", "bob", EX_CANTCREAT, msg);
	free(msg);
	free(p);
	p = fx_path("goals/delegation.md");
	xasprintf(&msg, "cannot rename to '%s': a goal with that id exists\n",
	    p);
	rename_refused("goals/public-speaking.md", "delegation", EX_CANTCREAT,
	    msg);
	free(msg);
	free(p);
	rename_refused("people/jane-smith.md", "Jane Doe", EX_USAGE,
	    "'Jane Doe' is not a valid id (lowercase letters, digits and "
	    "'-'; perhaps 'jane-doe')\n");
	rename_refused("people/jane-smith.md", "", EX_USAGE,
	    "'' is not a valid id (lowercase letters, digits and '-'; "
	    "perhaps 'person')\n");
	rename_refused("goals/public-speaking.md", "a.b", EX_USAGE,
	    "'a.b' is not a valid id (lowercase letters, digits and '-'; "
	    "perhaps 'a-b')\n");
	rename_refused("people/jane-smith.md", "jane-smith", EX_USAGE,
	    "'jane-smith' already has that id\n");
}
END_TEST

/* A record that cannot be rewritten undoes the whole rename. */
START_TEST(test_rename_rollback)
{
	struct cap	 c;
	struct rec	 r;
	char		*before, *after, *p, *msg;

	fx_put("log/2026/2026-12-31-broken.md", "oops\n");
	before = snapshot();
	rec("goals/public-speaking.md", &r);
	cap_start(&c);
	ck_assert_int_eq(recop_rename(&J, r.type, r.id, "speaking", &O), EX_DATAERR);
	cap_end(&c);
	rec_release(&r);
	ck_assert_str_eq(c.out, "");
	p = fx_path("log/2026/2026-12-31-broken.md");
	xasprintf(&msg, "%s:1:1: no front matter: the first line must be "
	    "'---'\nnothing renamed\n", p);
	EXPECT_ERR(&c, msg);
	free(msg);
	free(p);
	cap_free(&c);
	after = snapshot();
	/* The two entries rewritten before are rewritten back. */
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
	EXPECT_GONE("goals/speaking.md");
}
END_TEST

/*
 * A rename undone puts back the very bytes, even where an entry already
 * named the new id (a dangling reference the rename would have fixed).
 */
START_TEST(test_rename_rollback_exact)
{
	struct cap	 c;
	struct rec	 r;
	char		*before, *after;

	fx_put("log/2026/2026-11-22-dangling.md", "---\ndate: 2026-11-22\n"
	    "goals: [public-speaking, speaking]\n---\n");
	fx_put("log/2026/2026-12-31-broken.md", "oops\n");
	before = snapshot();
	rec("goals/public-speaking.md", &r);
	cap_start(&c);
	ck_assert_int_eq(recop_rename(&J, r.type, r.id, "speaking", &O), EX_DATAERR);
	cap_end(&c);
	rec_release(&r);
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
}
END_TEST

/* "@jane-smith-" names jane-smith (trailing '-' end a mention). */
START_TEST(test_rename_trailing_dash)
{
	struct cap	 c;
	struct rec	 r;

	fx_put("people/bob.md", "---\nname: Bob\n---\n"
	    "- [ ] Ask @jane-smith- then @jane-smith--x and @jane-smith.\n");
	rec("people/jane-smith.md", &r);
	cap_start(&c);
	ck_assert_int_eq(recop_rename(&J, r.type, r.id, "jane-doe", &O), 0);
	cap_end(&c);
	rec_release(&r);
	cap_free(&c);
	EXPECT_FILE("people/bob.md", "---\nname: Bob\n---\n"
	    "- [ ] Ask @jane-doe- then @jane-smith--x and @jane-doe.\n");
}
END_TEST

/* An editor script in the test's scratch directory. */
static char *
script(const char *name, const char *body)
{
	char	*p, *text;

	xasprintf(&p, "%s/%s", fx_base, name);
	xasprintf(&text, "#!/bin/sh\n%s", body);
	fx_put(p, text);
	free(text);
	ck_assert_int_eq(chmod(p, 0755), 0);
	return p;
}

static int
edit(const char *rel, const char *visual, struct cap *c)
{
	struct rec	 r;
	int		 rc;

	setenv("VISUAL", visual, 1);
	rec(rel, &r);
	cap_start(c);
	rc = recop_edit(&J, &r, &O);
	cap_end(c);
	rec_release(&r);
	return rc;
}

/* How many files or folders the editor copies left in $TMPDIR. */
static size_t
tmp_files(void)
{
	DIR		*dp;
	struct dirent	*de;
	size_t		 n = 0;

	dp = opendir(tmpdir);
	ck_assert_ptr_nonnull(dp);
	while ((de = readdir(dp)) != NULL)
		if (de->d_name[0] != '.')
			n++;
	closedir(dp);
	return n;
}

START_TEST(test_edit_ok)
{
	struct cap	 c;
	char		*ed, *p = fx_path(WEEKLY), *want;

	ed = script("ed-ok.sh",
	    "sed 's/^title: .*/title: Edited/' \"$1\" > \"$1.new\" &&\n"
	    "mv \"$1.new\" \"$1\"\n");
	ck_assert_int_eq(edit(WEEKLY, ed, &c), 0);
	xasprintf(&want, "%s\n", p);
	ck_assert_str_eq(c.out, want);
	ck_assert_str_eq(c.err, "");
	free(want);
	cap_free(&c);
	EXPECT_FILE(WEEKLY,
	    "---\n"
	    "title: Edited\n"
	    "date: 2026-11-21\n"
	    "kind: check-in\n"
	    "with: [jane-smith, bob]\n"
	    "goals: [public-speaking, delegation]\n"
	    "---\n"
	    "## Action items\n"
	    L9 "\n" L10 "\n" L11 "\n" L12 "\n");
	ck_assert_uint_eq(tmp_files(), 0);
	free(ed);

	/* Warnings are shown, but do not stop the edit. */
	ed = script("ed-warn.sh", "printf -- '- [ ] Ask @nobody\\n' >> \"$1\"\n");
	ck_assert_int_eq(edit(WEEKLY, ed, &c), 0);
	xasprintf(&want, "%s:13:11: warning: @nobody names no person "
	    "[mentions]\n", p);
	EXPECT_ERR(&c, want);
	free(want);
	cap_free(&c);
	{
		char	*s = fx_read(WEEKLY);

		ck_assert_ptr_nonnull(strstr(s, L12 "\n- [ ] Ask @nobody\n"));
		free(s);
	}
	ck_assert_uint_eq(tmp_files(), 0);
	free(ed);

	/* No change: said on stderr, nothing written or printed. */
	ck_assert_int_eq(edit(OLD, "true", &c), 0);
	ck_assert_str_eq(c.out, "");
	free(p);
	p = fx_path(OLD);
	xasprintf(&want, "no changes to '%s'\n", p);
	EXPECT_ERR(&c, want);
	free(want);
	cap_free(&c);
	EXPECT_FILE(OLD, old);
	ck_assert_uint_eq(tmp_files(), 0);

	/* -q: saved, nothing printed. */
	O.quiet = 1;
	ed = script("ed-kind.sh", "sed 's/^kind: note/kind: win/' \"$1\" > "
	    "\"$1.new\" && mv \"$1.new\" \"$1\"\n");
	ck_assert_int_eq(edit(OLD, ed, &c), 0);
	ck_assert_str_eq(c.out, "");
	ck_assert_str_eq(c.err, "");
	cap_free(&c);
	EXPECT_FILE(OLD, "---\ndate: 2025-06-01\nkind: win\n---\n"
	    "Nothing here.\n");
	free(ed);
	free(p);
}
END_TEST

/* Problems abandon the edit (no terminal to ask on): the record stays. */
START_TEST(test_edit_abandoned)
{
	struct cap	 c;
	char		*ed, *p = fx_path(WEEKLY), *want, *before, *after;

	before = snapshot();
	ed = script("ed-bad.sh",
	    "sed 's/^date: .*/date: 2026-02-30/' \"$1\" > \"$1.new\" &&\n"
	    "mv \"$1.new\" \"$1\"\n");
	ck_assert_int_eq(edit(WEEKLY, ed, &c), EX_PROBLEM);
	ck_assert_str_eq(c.out, "");
	xasprintf(&want, "%s:3:7: error: date: '2026-02-30' is not a real date "
	    "(want YYYY-MM-DD) [dates]\n"
	    "abandoned; '%s' is unchanged\n", p, p);
	EXPECT_ERR(&c, want);
	free(want);
	cap_free(&c);
	free(ed);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	ck_assert_uint_eq(tmp_files(), 0);

	/* Not a record at all. */
	ed = script("ed-garbage.sh", "printf 'garbage\\n' > \"$1\"\n");
	ck_assert_int_eq(edit(WEEKLY, ed, &c), EX_PROBLEM);
	xasprintf(&want, "%s:1:1: no front matter: the first line must be "
	    "'---'\nabandoned; '%s' is unchanged\n", p, p);
	EXPECT_ERR(&c, want);
	free(want);
	cap_free(&c);
	free(ed);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	ck_assert_uint_eq(tmp_files(), 0);

	/* The editor fails. */
	ck_assert_int_eq(edit(WEEKLY, "false", &c), EX_PROBLEM);
	EXPECT_ERR(&c, "the editor 'false' failed; nothing written\n");
	cap_free(&c);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	ck_assert_uint_eq(tmp_files(), 0);
	free(before);
	free(p);
}
END_TEST

/* A record changed while it was edited is not overwritten. */
START_TEST(test_edit_changed_meanwhile)
{
	struct cap	 c;
	char		*ed, *p = fx_path(OLD), *want, *kept;
	const char	*q;
	DIR		*dp;
	struct dirent	*de;

	setenv("ORIG", p, 1);
	ed = script("ed-race.sh",
	    "printf 'Edited.\\n' >> \"$1\"\n"
	    "printf 'Meanwhile.\\n' >> \"$ORIG\"\n");
	ck_assert_int_eq(edit(OLD, ed, &c), EX_TEMPFAIL);
	ck_assert_str_eq(c.out, "");
	free(ed);
	EXPECT_FILE(OLD, "---\ndate: 2025-06-01\nkind: note\n---\n"
	    "Nothing here.\nMeanwhile.\n");
	/*
	 * The edit is kept in a folder of its own in $TMPDIR, under the
	 * record's name, and named in the message.
	 */
	ck_assert_uint_eq(tmp_files(), 1);
	dp = opendir(tmpdir);
	ck_assert_ptr_nonnull(dp);
	kept = NULL;
	while ((de = readdir(dp)) != NULL)
		if (de->d_name[0] != '.')
			xasprintf(&kept, "%s/%s/2025-06-01-old.md", tmpdir,
			    de->d_name);
	closedir(dp);
	ck_assert_ptr_nonnull(kept);
	q = kept + strlen(tmpdir) + 1;
	ck_assert_int_eq(strncmp(q, "mentor-", 7), 0);
	xasprintf(&want, "'%s' changed while it was being edited; nothing "
	    "written\nyour edit is kept in '%s'\n", p, kept);
	EXPECT_ERR(&c, want);
	free(want);
	cap_free(&c);
	{
		char	*s = fx_read(kept);

		ck_assert_str_eq(s, "---\ndate: 2025-06-01\nkind: note\n---\n"
		    "Nothing here.\nEdited.\n");
		free(s);
	}
	free(kept);
	free(p);
}
END_TEST

/* A broken record can be mended in the editor; a missing one not. */
START_TEST(test_edit_broken_missing)
{
	struct cap	 c;
	char		*ed, *p, *want;

	fx_put("log/2026/2026-11-30-broken.md", "oops\n");
	ed = script("ed-mend.sh",
	    "printf -- '---\\ndate: 2026-11-30\\n---\\noops\\n' > \"$1\"\n");
	ck_assert_int_eq(edit("log/2026/2026-11-30-broken.md", ed, &c), 0);
	cap_free(&c);
	free(ed);
	EXPECT_FILE("log/2026/2026-11-30-broken.md",
	    "---\ndate: 2026-11-30\n---\noops\n");

	ck_assert_int_eq(edit("log/2026/2026-11-29-gone.md", "true", &c),
	    EX_NOINPUT);
	p = fx_path("log/2026/2026-11-29-gone.md");
	xasprintf(&want, "%s: No such file or directory\n", p);
	EXPECT_ERR(&c, want);
	free(want);
	free(p);
	ck_assert_str_eq(c.out, "");
	cap_free(&c);
	ck_assert_uint_eq(tmp_files(), 0);
}
END_TEST

/* No copy can be made, or the editor throws it away: nothing changes. */
START_TEST(test_edit_no_copy)
{
	struct cap	 c;
	char		*ed, *before, *after, *want, *bad;
	const char	*q;

	before = snapshot();
	xasprintf(&bad, "%s/nonexistent", tmpdir);
	setenv("TMPDIR", bad, 1);
	ck_assert_int_eq(edit(OLD, "true", &c), EX_CANTCREAT);
	ck_assert_str_eq(c.out, "");
	EXPECT_ERR(&c, "cannot make a folder for a copy to edit: No such file "
	    "or directory\n");
	cap_free(&c);
	free(bad);
	setenv("TMPDIR", tmpdir, 1);

	ed = script("ed-rm.sh", "rm -f \"$1\"\n");
	ck_assert_int_eq(edit(OLD, ed, &c), EX_NOINPUT);
	ck_assert_str_eq(c.out, "");
	/* "PROG: TMPDIR/mentor-XXXXXX/ID.md: No such file ..." */
	xasprintf(&want, "%s: %s/mentor-", progname(), tmpdir);
	ck_assert_int_eq(strncmp(c.err, want, strlen(want)), 0);
	free(want);
	q = c.err + strlen(c.err) - strlen("/2025-06-01-old.md: No such file "
	    "or directory\n");
	ck_assert_str_eq(q, "/2025-06-01-old.md: No such file or directory\n");
	cap_free(&c);
	free(ed);
	after = snapshot();
	ck_assert_str_eq(after, before);
	free(after);
	free(before);
	ck_assert_uint_eq(tmp_files(), 0);
}
END_TEST

START_TEST(test_task_action_name)
{
	ck_assert_str_eq(task_action_name(TA_DONE), "done");
	ck_assert_str_eq(task_action_name(TA_START), "started");
	ck_assert_str_eq(task_action_name(TA_DROP), "dropped");
	ck_assert_str_eq(task_action_name(TA_REOPEN), "open");
}
END_TEST

static Suite *
recop_suite(void)
{
	Suite	*s = suite_create("recop");
	TCase	*ts = tcase_create("set");
	TCase	*tt = tcase_create("task");
	TCase	*tr = tcase_create("rename");
	TCase	*te = tcase_create("edit");

	tcase_add_checked_fixture(ts, test_setup, test_teardown);
	tcase_add_test(ts, test_set_values);
	tcase_add_test(ts, test_set_remove);
	tcase_add_test(ts, test_set_lists);
	tcase_add_test(ts, test_set_dates_bools);
	tcase_add_test(ts, test_set_unknown);
	tcase_add_test(ts, test_set_refused);
	tcase_add_test(ts, test_set_all_or_nothing);
	tcase_add_test(ts, test_set_broken);
	tcase_add_test(ts, test_set_quiet_nul);
	suite_add_tcase(s, ts);

	tcase_add_checked_fixture(tt, test_setup, test_teardown);
	tcase_add_test(tt, test_task_done);
	tcase_add_test(tt, test_task_reopen_start_drop);
	tcase_add_test(tt, test_task_addresses);
	tcase_add_test(tt, test_task_refused);
	tcase_add_test(tt, test_task_action_name);
	suite_add_tcase(s, tt);

	tcase_add_checked_fixture(tr, test_setup, test_teardown);
	tcase_add_test(tr, test_rename_goal);
	tcase_add_test(tr, test_rename_person);
	tcase_add_test(tr, test_rename_person_resolved);
	tcase_add_test(tr, test_rename_refused);
	tcase_add_test(tr, test_rename_rollback);
	tcase_add_test(tr, test_rename_rollback_exact);
	tcase_add_test(tr, test_rename_trailing_dash);
	suite_add_tcase(s, tr);

	tcase_add_checked_fixture(te, test_setup, test_teardown);
	tcase_set_timeout(te, 20);
	tcase_add_test(te, test_edit_ok);
	tcase_add_test(te, test_edit_abandoned);
	tcase_add_test(te, test_edit_changed_meanwhile);
	tcase_add_test(te, test_edit_broken_missing);
	tcase_add_test(te, test_edit_no_copy);
	suite_add_tcase(s, te);
	return s;
}

int
main(int argc, char *argv[])
{
	SRunner	*sr;
	int	 failed;

	(void)argc;
	progname_set(argv);

	fx_setup();
	sr = srunner_create(recop_suite());
	srunner_set_tap(sr, "-");
	srunner_run_all(sr, CK_SILENT);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fx_teardown();
	return failed == 0 ? 0 : 1;
}
