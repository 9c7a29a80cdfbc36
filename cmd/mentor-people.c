/*
 * mentor-people: mentors, mentees, peers and prospects.
 */
#include "config.h"

#include <ctype.h>
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "spool.h"
#include "report/report.h"

enum {
	OPT_ROLE = OPT_FIRST_LOCAL, OPT_RELATIONSHIP, OPT_STATUS, OPT_FIELD,
	OPT_KNOWN_FOR, OPT_CONNECTION, OPT_CADENCE, OPT_CHANNEL, OPT_CONTACT,
	OPT_SINCE, OPT_GREP, OPT_PROSPECTS, OPT_MARK, OPT_AREAS, OPT_CONTACTED,
	OPT_EXPECT, OPT_BOUNDARY, OPT_FOLLOW_UP, OPT_OVERDUE, OPT_AUTHOR
};
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))

static int cmd_add(const struct sub *, struct journal *, int, char **);
static int cmd_list(const struct sub *, struct journal *, int, char **);
static int cmd_show(const struct sub *, struct journal *, int, char **);
static int cmd_set(const struct sub *, struct journal *, int, char **);
static int cmd_outreach(const struct sub *, struct journal *, int, char **);
static int cmd_coverage(const struct sub *, struct journal *, int, char **);
static int cmd_answer(const struct sub *, struct journal *, int, char **);

static const struct sub subs[] = {
	{ "add", cmd_add, SUB_WRITES, O(OPT_ROLE) | O(OPT_RELATIONSHIP) |
	    O(OPT_STATUS) | O(OPT_FIELD) | O(OPT_KNOWN_FOR) |
	    O(OPT_CONNECTION) | O(OPT_CADENCE) | O(OPT_CHANNEL) |
	    O(OPT_CONTACT) | O(OPT_SINCE) | O(OPT_AREAS) | O(OPT_CONTACTED) |
	    O(OPT_EXPECT) | O(OPT_BOUNDARY),
	  "add name [--role r] [--relationship t] [--status s]\n"
	  "           [--field f] [--known-for text] [--connection text]\n"
	  "           [--areas a,b...] [--cadence c] [--channel c] "
	  "[--contact c]\n"
	  "           [--since date] [--contacted date] [--expect text]...\n"
	  "           [--boundary text]...",
	  "add a person and print their record's path", "a name", 1, 1 },
	{ "list", cmd_list, 0, O(OPT_ROLE) | O(OPT_STATUS) |
	    O(OPT_RELATIONSHIP) | O(OPT_GREP) | O(OPT_PROSPECTS) |
	    O(OPT_OVERDUE) | O(OPT_AUTHOR) | O_I | O_R | O_N,
	  "list [-0iqr] [--prospects | --overdue] [--role r] [--status s,...]\n"
	  "           [--relationship t] [--author name] [--grep regex] "
	  "[-n n]\n           [-f format] [person ... | -]",
	  "list people, one a line, with their check-ins", "people", 0, -1 },
	{ "show", cmd_show, 0, 0, "show person [-f text|json|md]",
	  "show a person: fields, expectations, goals, last entries, items",
	  "a person", 1, 1 },
	{ "set", cmd_set, SUB_WRITES, 0, "set person key=value...",
	  "change front matter keys (key= removes one)",
	  "a person and key=value", 2, -1 },
	{ "rename", cmd_set, SUB_WRITES, 0, "rename person new-id",
	  "give a person a new id, and every reference to it",
	  "a person and their new id", 2, 2 },
	{ "outreach", cmd_outreach, 0, O(OPT_MARK) | O(OPT_FOLLOW_UP),
	  "outreach person [--follow-up] [--mark] [-f text|json|md]",
	  "draft a first message to a prospect, or a follow-up", "a person",
	  1, 1 },
	{ "answer", cmd_answer, SUB_WRITES, O(OPT_SINCE) | O(OPT_CADENCE) |
	    O(OPT_EXPECT) | O(OPT_BOUNDARY),
	  "answer person yes|no [--since date] [--cadence c]\n"
	  "           [--expect text]... [--boundary text]...",
	  "record a prospect's answer: yes makes them active, no ends it",
	  "a person and yes or no", 2, 2 },
	{ "coverage", cmd_coverage, 0, 0, "coverage [-f text|tsv|json|jsonl]",
	  "which needs of mentor.yaml someone covers", "nothing", 0, 0 },
	{ "edit", cmd_set, SUB_WRITES, 0, "edit person",
	  "edit a person in $VISUAL or $EDITOR, checked before it is saved",
	  "a person", 1, 1 },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const struct optdef opts[] = {
	{ OPT_ROLE, "role", "role", O(OPT_ROLE),
	  "mentor, mentee or peer; list: people of that role" },
	{ OPT_RELATIONSHIP, "relationship", "type", O(OPT_RELATIONSHIP),
	  "formal, informal, traditional, peer, reverse, group or virtual" },
	{ OPT_STATUS, "status", "status", O(OPT_STATUS), "prospect (the "
	  "default), contacted, active, paused or ended; list: any of a "
	  "comma-separated few" },
	{ OPT_FIELD, "field", "text", O(OPT_FIELD), "their field" },
	{ OPT_KNOWN_FOR, "known-for", "text", O(OPT_KNOWN_FOR),
	  "what they are known for" },
	{ OPT_CONNECTION, "connection", "text", O(OPT_CONNECTION),
	  "how you are connected" },
	{ OPT_CADENCE, "cadence", "cadence", O(OPT_CADENCE), "how often you "
	  "meet: weekly, biweekly, monthly, every 3 weeks, every 2-3 weeks..." },
	{ OPT_CHANNEL, "channel", "channel", O(OPT_CHANNEL),
	  "in-person, video, phone, email or chat" },
	{ OPT_CONTACT, "contact", "text", O(OPT_CONTACT),
	  "how to reach them" },
	{ OPT_SINCE, "since", "date", O(OPT_SINCE),
	  "when the relationship began; answer: from when (today)" },
	{ OPT_AREAS, "areas", "a,b...", O(OPT_AREAS),
	  "what they can help with, comma-separated, repeatable" },
	{ OPT_CONTACTED, "contacted", "date", O(OPT_CONTACTED),
	  "when you approached them (the status is then contacted)" },
	{ OPT_EXPECT, "expect", "text", O(OPT_EXPECT),
	  "an expectation agreed, repeatable (Expectations)" },
	{ OPT_BOUNDARY, "boundary", "text", O(OPT_BOUNDARY),
	  "a boundary agreed, repeatable (Boundaries)" },
	{ OPT_GREP, "grep", "regex", O(OPT_GREP), "people whose name, field, "
	  "known-for, connection or body matches (PCRE2)" },
	{ OPT_PROSPECTS, "prospects", NULL, O(OPT_PROSPECTS),
	  "prospects only, with their outreach columns" },
	{ OPT_MARK, "mark", NULL, O(OPT_MARK),
	  "record that it went: status contacted, contacted: today" },
	{ OPT_FOLLOW_UP, "follow-up", NULL, O(OPT_FOLLOW_UP),
	  "a follow-up to the first message, for one not answered" },
	{ OPT_OVERDUE, "overdue", NULL, O(OPT_OVERDUE),
	  "people whose next check-in is overdue" },
	{ OPT_AUTHOR, "author", "name", O(OPT_AUTHOR),
	  "people whose record's author is name" },
	{ 0, NULL, NULL, 0, NULL }
};

static const char roles[] = "mentor|mentee|peer";
static const char relationships[] = "formal|informal|traditional|peer|"
    "reverse|group|virtual";
static const char statuses[] = "prospect|contacted|active|paused|ended";
static const char channels[] = "in-person|video|phone|email|chat";

static struct opts	 o;
static const char	*role, *relationship, *status, *field, *known_for,
			*connection, *cadence, *channel, *contact, *since,
			*grep, *contacted, *author;
static char		**areas, **expects, **boundaries;
static size_t		 nareas, nexpects, nboundaries;
static int		 prospects, mark, followup, overdue;
static mdate		 today;

/* A text argument must be one line of valid UTF-8; exit 64 if not. */
static void
one_line(const char *what, const char *v)
{
	if (v == NULL)
		return;
	if (strpbrk(v, "\r\n") != NULL)
		errx(EX_USAGE, "%s must be one line", what);
	if (!utf8_valid(v, strlen(v), NULL))
		errx(EX_USAGE, "%s is not valid UTF-8", what);
}

/* Split --areas values at commas: each a word of one line. */
static void
area_list(struct buf *b)
{
	char	**v = NULL, *copy, *tok, *save, *t;
	size_t	 n = 0, i, k;

	for (i = 0; i < nareas; i++) {
		copy = xstrdup(areas[i]);
		for (tok = strtok_r(copy, ",", &save); tok != NULL;
		    tok = strtok_r(NULL, ",", &save)) {
			tok += strspn(tok, " \t");
			for (t = tok + strlen(tok); t > tok && (t[-1] == ' ' ||
			    t[-1] == '\t'); t--)
				;
			*t = '\0';
			if (*tok == '\0')
				continue;
			one_line("--areas", tok);
			for (k = 0; k < n && strcmp(v[k], tok) != 0; k++)
				;
			if (k == n)
				strv_push(&v, &n, xstrdup(tok));
		}
		free(copy);
	}
	if (nareas > 0 && n == 0)
		errx(EX_USAGE, "--areas: no area given");
	yaml_kvlist(b, "areas", v, n);
	strv_free(v, n);
}

/* The text of --expect or --boundary: one line, not blank, trimmed. */
static void
items_check(const char *opt, char **v, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		one_line(opt, v[i]);
		v[i] += strspn(v[i], " \t");
		if (*v[i] == '\0')
			errx(EX_USAGE, "%s is empty", opt);
		for (k = strlen(v[i]); v[i][k - 1] == ' ' ||
		    v[i][k - 1] == '\t'; k--)
			;
		v[i] = xstrndup(v[i], k);
	}
}

/* A section of the body: its heading, then a bullet an item. */
static void
section(struct buf *b, const char *heading, char **v, size_t n)
{
	size_t	 i;

	buf_addf(b, "## %s\n", heading);
	for (i = 0; i < n; i++)
		buf_addf(b, "- %s\n", v[i]);
}

static void
no_diags(void *ctx, const char *path, struct vctx *cx, int rc,
    const struct doc_error *e)
{
	(void)ctx;
	(void)path;
	(void)cx;
	(void)rc;
	(void)e;
}

/*
 * The people already in the journal under the name (the same, ignoring
 * case, or the same slug): told on stderr, naming their records, once the
 * new one is made.  Broken records are mentor-check's business here.
 */
static void
same_name(struct journal *j, const char *name, const char *slug,
    const char *made)
{
	struct scan		 s;
	struct buf		 b = BUF_INIT;
	const struct person	*p;
	char			*path, *shown = journal_path(j, made);
	size_t			 i;

	scan_init(&s, j, today);
	s.only = journal_list(j, R_PERSON);
	s.flags = SCAN_GIVEN_ONLY;
	s.diags = no_diags;
	(void)scan_run(&s);
	for (i = 0; i < s.npeople; i++) {
		p = s.people[i];
		if (p->name == NULL || strcmp(p->rel, made) == 0)
			continue;
		buf_reset(&b);
		slug_make(p->name, "person", &b);
		if (strcasecmp(p->name, name) != 0 && strcmp(b.buf, slug) != 0)
			continue;
		path = journal_path(j, p->rel);
		warnx("%s is named '%s' too; added %s", path, p->name, shown);
		free(path);
	}
	free(shown);
	buf_release(&b);
	scan_release(&s);
}

static int
cmd_add(const struct sub *s, struct journal *j, int argc, char **argv)
{
	struct buf	 b = BUF_INIT, slug = BUF_INIT, name = BUF_INIT;
	struct cadence	 cad;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *who;
	const char	*p, *e;
	int		 rc;

	/* Blanks around the name are a slip of the shell, not a name. */
	for (p = argv[0]; *p == ' ' || *p == '\t'; p++)
		;
	for (e = p + strlen(p); e > p && (e[-1] == ' ' || e[-1] == '\t'); e--)
		;
	if (e == p)
		errx(EX_USAGE, "the name is empty");
	buf_add(&name, p, (size_t)(e - p));
	one_line("the name", name.buf);
	one_line("--field", field);
	one_line("--known-for", known_for);
	one_line("--connection", connection);
	one_line("--contact", contact);
	items_check("--expect", expects, nexpects);
	items_check("--boundary", boundaries, nboundaries);
	enum_arg("--role", role, roles);
	enum_arg("--relationship", relationship, relationships);
	enum_arg("--status", status, statuses);
	enum_arg("--channel", channel, channels);
	if (cadence != NULL && cadence_parse(cadence, &cad) != 0)
		errx(EX_USAGE, "--cadence: '%s' is not a cadence (%s)",
		    cadence, cadence_forms);
	buf_addstr(&b, "---\n");
	yaml_kv(&b, "name", name.buf);
	yaml_kv(&b, "role", role);
	yaml_kv(&b, "relationship", relationship);
	/* Someone approached is contacted, unless told otherwise. */
	yaml_kv(&b, "status", status ? status : contacted ? "contacted" :
	    "prospect");
	yaml_kv(&b, "field", field);
	yaml_kv(&b, "known-for", known_for);
	yaml_kv(&b, "connection", connection);
	area_list(&b);
	if (since != NULL) {
		date_format(date_arg("--since", since, today,
		    j->set.week_start), ds);
		yaml_kv(&b, "since", ds);
	}
	yaml_kv(&b, "cadence", cadence);
	yaml_kv(&b, "channel", channel);
	yaml_kv(&b, "contact", contact);
	if (contacted != NULL) {
		date_format(date_arg("--contacted", contacted, today,
		    j->set.week_start), ds);
		yaml_kv(&b, "contacted", ds);
	}
	who = author_name(*j->root ? j->root : NULL);
	yaml_kv(&b, "author", who);
	free(who);
	buf_addstr(&b, "---\n");
	section(&b, "Expectations", expects, nexpects);
	buf_addch(&b, '\n');
	section(&b, "Boundaries", boundaries, nboundaries);
	slug_make(name.buf, "person", &slug);
	rc = file_create(j, "people", slug.buf, ".md", b.buf, b.len, &made);
	if (rc == 0 && !o.quiet) {
		dir = journal_path(j, made);
		path_put(stdout, dir, o.nul);
		free(dir);
	}
	if (rc == 0)
		same_name(j, name.buf, slug.buf, made);
	free(made);
	buf_release(&b);
	buf_release(&slug);
	buf_release(&name);
	return rc;
}

/* What list filters on. */
static struct ure	*re;

/*
 * Does the person pass list's filters?  --grep matches their words: name,
 * field, known-for, connection or the body (keys and enum values are left
 * out, so that "active" finds people who mention it, not every active
 * person).
 */
static int
list_keep(void *ctx, const struct rec *r, void *m, const struct doc *d)
{
	const struct person	*p = m;
	const char		*text[4], *body;
	size_t			 i, blen;

	(void)ctx;
	if (r->type != R_PERSON)
		return 1;
	if ((prospects && !person_prospect(p)) ||
	    (overdue && p->status_v != PS_ACTIVE) ||
	    (role != NULL && (p->role == NULL || strcmp(p->role, role) != 0)) ||
	    (relationship != NULL && (p->relationship == NULL ||
	    strcmp(p->relationship, relationship) != 0)) ||
	    (status != NULL && !csv_has(status, p->status)) ||
	    (author != NULL && (p->author == NULL ||
	    strcmp(p->author, author) != 0)))
		return 0;
	if (re == NULL)
		return 1;
	text[0] = p->name;
	text[1] = p->field;
	text[2] = p->known_for;
	text[3] = p->connection;
	for (i = 0; i < 4; i++)
		if (text[i] != NULL && ure_match(re, text[i], strlen(text[i])))
			return 1;
	doc_body(d, &body, &blen);
	return ure_match(re, body, blen);
}

static const char *const people_tsv[] = { "id", "name", "role", "status",
	"relationship", "cadence", "last", "next", "overdue" };
static const struct ocol people_cols[] = {
	{ "id", 0 }, { "name", O_FLEX | O_DROP(3) }, { "role", 0 },
	{ "status", 0 }, { "relationship", O_DROP(1) },
	{ "cadence", O_FLEX | O_DROP(2) }, { "last", 0 }, { "next", 0 },
	{ "overdue", O_RIGHT }
};
static const char *const prospect_tsv[] = { "id", "name", "field",
	"known-for", "connection", "status", "contacted", "follow-up" };
static const struct ocol prospect_cols[] = {
	{ "id", 0 }, { "name", O_FLEX | O_DROP(3) },
	{ "field", O_FLEX | O_DROP(2) }, { "known-for", O_FLEX },
	{ "connection", O_FLEX | O_DROP(1) }, { "status", 0 },
	{ "contacted", 0 }, { "follow-up", 0 }
};

static void
list_row(struct out *out, const struct person *p)
{
	int	 late = p->tracked && p->overdue_days > 0;

	out_row(out);
	out_str(out, "path", p->path, O_J | O_P);
	out_str(out, "id", p->id, O_ALL);
	out_str(out, "name", p->name, O_ALL);
	if (prospects) {
		out_str(out, "field", p->field, O_ALL);
		out_str(out, "known-for", p->known_for, O_ALL);
		out_str(out, "connection", p->connection, O_ALL);
		out_str(out, "status", p->status, O_ALL);
		out_date(out, "contacted", p->contacted, O_ALL);
		out_color(out, p->followup != DATE_NONE && p->followup <=
		    today ? "31" : NULL);
		out_date(out, "follow-up", p->followup, O_ALL);
	} else {
		out_str(out, "role", p->role, O_ALL);
		out_str(out, "status", p->status, O_ALL);
		out_str(out, "relationship", p->relationship, O_ALL);
		out_str(out, "cadence", p->tracked && p->has_cad ?
		    p->cadence_used : p->cadence, O_ALL);
		out_date(out, "last", p->last, O_ALL);
		out_color(out, late ? "31" : NULL);
		out_date(out, "next", p->next_due, O_ALL);
		out_color(out, late ? "31" : NULL);
		out_intn(out, "overdue", p->overdue_days, p->tracked &&
		    p->next_due != DATE_NONE, O_ALL);
	}
	out_end(out);
}

static int
cmd_list(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct reclist		 args = { NULL, 0, 0 };
	struct scan		 s;
	struct out		 out;
	const struct person	*p;
	size_t			 i, k, n, shown = 0;
	int			 rc = 0;

	(void)sub;
	if (prospects && overdue)
		errx(EX_USAGE, "--prospects and --overdue do not go together: "
		    "prospects are not tracked");
	enum_arg("--role", role, roles);
	enum_arg("--relationship", relationship, relationships);
	if (status != NULL) {
		char *copy = xstrdup(status), *tok, *save;

		for (tok = strtok_r(copy, ",", &save); tok != NULL;
		    tok = strtok_r(NULL, ",", &save))
			enum_arg("--status", tok, statuses);
		free(copy);
	}
	if (grep != NULL)
		re = ure_compile(grep, o.icase);
	if (argc > 0)
		rc = journal_args(j, RT_MASK(R_PERSON), argc, argv, o.nul,
		    &args);
	scan_init(&s, j, today);
	s.keep = list_keep;
	rc = status_merge(rc, scan_run(&s));
	out_init(&out, opts_fmt(&o, FMT_PATHS), &o);
	if (out.fmt == FMT_MD)
		errx(EX_USAGE, "lists print text, paths, tsv, json or jsonl, "
		    "not md");
	if (prospects)
		out_rows(&out, prospect_tsv, 8, prospect_cols, 8);
	else
		out_rows(&out, people_tsv, 9, people_cols, 9);
	/* The people given in their order, else the journal's by id. */
	n = argc > 0 ? args.n : s.npeople;
	for (k = 0; k < n; k++) {
		i = o.reverse ? n - 1 - k : k;
		p = argc > 0 ? scan_person(&s, args.v[i].id) : s.people[i];
		/* Overdue days are known once every entry was read. */
		if (p == NULL || (overdue && !(p->tracked &&
		    p->overdue_days > 0)))
			continue;
		if (o.limit >= 0 && shown >= (size_t)o.limit)
			break;
		list_row(&out, p);
		shown++;
	}
	out_done(&out);
	if (rc == 0 && shown == 0)
		rc = EX_PROBLEM;
	scan_release(&s);
	ure_free(re);
	reclist_release(&args);
	return rc;
}

static void
resolve_person(struct journal *j, const char *arg, struct rec *r)
{
	int	 rc;

	if ((rc = journal_resolve(j, RT_MASK(R_PERSON), arg, r)) != 0)
		exit(rc);
}

static int
cmd_show(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct rec	 r;
	int		 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_person(j, argv[0], &r);
	rc = person_show(j, r.id, today, fmt, &o);
	rec_release(&r);
	return rc;
}

/*
 * Is the outreach asked for one that can be made?  --mark and
 * --follow-up are for prospects; a follow-up needs the date the first
 * message went.  A follow-up too early, or to someone who seems to have
 * answered, is made with a word of caution.
 */
static int
outreach_ok(const struct person *p)
{
	char	 a[DATE_STRLEN], b[DATE_STRLEN];

	if ((mark || followup) && !person_prospect(p)) {
		warnx("'%s' is %s, not a prospect: %s", p->id, p->status,
		    mark ? "not marked" : "nothing to follow up");
		return EX_USAGE;
	}
	if (!followup)
		return 0;
	if (p->contacted == DATE_NONE) {
		warnx("'%s' has no contacted date: nothing to follow up "
		    "(outreach --mark records the first message)", p->id);
		return EX_USAGE;
	}
	date_format(p->contacted, a);
	if (p->followup == DATE_NONE)
		warnx("an entry with '%s' is dated after %s, when they were "
		    "contacted: have they answered?", p->id, a);
	else if (p->followup > today) {
		date_format(p->followup, b);
		warnx("'%s' was contacted on %s: a follow-up is due from %s",
		    p->id, a, b);
	}
	return 0;
}

/*
 * `outreach ID [--follow-up] [--mark]`: the message on stdout, as a mail
 * (a Subject: line, a blank line, the body) or as JSON; --mark records
 * that it went (contacted: today).
 */
static int
cmd_outreach(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct scan		 s;
	struct buf		 subject = BUF_INIT, body = BUF_INIT;
	struct out		 out;
	const struct person	*p;
	char			*args[2];
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_MD : o.fmt;

	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "outreach prints text, json or md, not %s",
		    fmt_name(fmt));
	/* --mark writes: autocommit applies. */
	if (mark)
		commit_setup(j, sub->name);
	resolve_person(j, argv[0], &r);
	scan_init(&s, j, today);
	rc = scan_run(&s);
	if ((p = scan_person(&s, r.id)) == NULL)
		goto out;
	if ((rc = status_merge(rc, outreach_ok(p))) == EX_USAGE)
		goto out;
	outreach_message(&s, p, followup, &subject, &body);
	out_init(&out, fmt, &o);
	out_doc(&out);
	out_str(&out, "id", p->id, O_J);
	out_str(&out, "path", p->path, O_J);
	out_str(&out, "name", p->name, O_J);
	out_str(&out, "contact", p->contact, O_J);
	out_bool(&out, "follow_up", followup, O_J);
	out_date(&out, "contacted", p->contacted, O_J);
	out_text(&out, O_V, "Subject: ");
	out_str(&out, "subject", subject.buf, O_ALL);
	out_nl(&out, O_V);
	out_blank(&out, O_V);
	out_str(&out, "body", body.buf, O_J);
	out_raw(&out, O_V, body.buf, body.len);
	out_done(&out);
	if (mark) {
		struct opts	 q = o;

		q.quiet = 1;
		args[0] = "status=contacted";
		args[1] = "contacted=today";
		rc = status_merge(rc, recop_set(j, &r, 2, args, &q));
	}
out:
	buf_release(&subject);
	buf_release(&body);
	scan_release(&s);
	rec_release(&r);
	return rc;
}

/*
 * `answer ID yes|no`: a prospect's answer.  Yes makes them active from
 * --since (else today; a since: already written stays unless --since is
 * given), with --cadence when given, and the agreement reached (--expect,
 * --boundary) in their sections; no ends it.  Every value is checked
 * first, then one atomic write makes it all.
 */
static int
cmd_answer(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct reclist		 one = { NULL, 0, 0 };
	struct scan		 s;
	struct answer		 a;
	struct cadence		 cad;
	const struct person	*p;
	char			 ds[DATE_STRLEN], *path;
	int			 rc, yes;

	(void)sub;
	if (strcmp(argv[1], "yes") != 0 && strcmp(argv[1], "no") != 0)
		usage_error("answer", "answer is yes or no, not '%s'", argv[1]);
	yes = argv[1][0] == 'y';
	if (!yes && (since != NULL || cadence != NULL || nexpects > 0 ||
	    nboundaries > 0))
		usage_error("answer", "--since, --cadence, --expect and "
		    "--boundary go with yes");
	if (cadence != NULL && cadence_parse(cadence, &cad) != 0)
		errx(EX_USAGE, "--cadence: '%s' is not a cadence (%s)",
		    cadence, cadence_forms);
	items_check("--expect", expects, nexpects);
	items_check("--boundary", boundaries, nboundaries);
	/* The list takes the record over. */
	resolve_person(j, argv[0], &r);
	reclist_add(&one, &r);
	scan_init(&s, j, today);
	s.only = &one;
	s.flags = SCAN_GIVEN_ONLY;
	rc = scan_run(&s);
	if ((p = scan_person(&s, r.id)) == NULL)
		goto out;
	if (!person_prospect(p)) {
		warnx("'%s' is %s, not a prospect: no answer to record", p->id,
		    p->status);
		rc = EX_USAGE;
		goto out;
	}
	memset(&a, 0, sizeof(a));
	a.status = yes ? "active" : "ended";
	if (yes && (since != NULL || p->since == DATE_NONE)) {
		date_format(since != NULL ? date_arg("--since", since, today,
		    j->set.week_start) : today, ds);
		a.since = ds;
	}
	a.cadence = cadence;
	a.expect = expects;
	a.nexpect = nexpects;
	a.boundary = boundaries;
	a.nboundary = nboundaries;
	path = journal_path(j, r.rel);
	rc = status_merge(rc, person_answer(j, r.rel, &a));
	if (rc == 0 && !o.quiet)
		path_put(stdout, path, o.nul);
	free(path);
out:
	scan_release(&s);
	reclist_release(&one);
	return rc;
}

static const char *const coverage_tsv[] = { "need", "covered", "people",
	"goals", "prospects" };
static const struct ocol coverage_cols[] = {
	{ "need", O_FLEX }, { "covered", 0 }, { "people", O_FLEX },
	{ "goals", O_FLEX }, { "prospects", O_FLEX }
};

/* The ids of one kind that answer a need. */
struct ids {
	const char	**v;
	size_t		 n;
};

static void
ids_add(struct ids *l, const char *id)
{
	l->v = xreallocarray(l->v, l->n + 1, sizeof(*l->v));
	l->v[l->n++] = id;
}

/*
 * The board of mentors: each need of mentor.yaml, the active people whose
 * areas cover it and the goals whose skills train it; the needs no one
 * covers come first, with the prospects who would cover them.
 */
static int
cmd_coverage(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	struct scan	 s;
	struct out	 out;
	struct ids	(*nd)[3];
	size_t		 nn = j->set.nneeds, i, k, pass;
	int		 rc, covered;

	(void)argv;
	out_init(&out, opts_fmt(&o, FMT_TEXT), &o);
	if (out.fmt == FMT_PATHS || out.fmt == FMT_MD)
		errx(EX_USAGE, "coverage prints text, tsv, json or jsonl, "
		    "not %s", fmt_name(out.fmt));
	scan_init(&s, j, today);
	rc = scan_run(&s);
	if (nn == 0) {
		if (rc == 0)
			warnx("mentor.yaml lists no needs (needs: "
			    "[public-speaking, sql])");
		scan_release(&s);
		return rc != 0 ? rc : EX_PROBLEM;
	}
	nd = xcalloc(nn, sizeof(*nd));
	for (i = 0; i < nn; i++) {
		for (k = 0; k < s.npeople; k++) {
			if (!person_covers(s.people[k], j->set.needs[i]))
				continue;
			if (s.people[k]->status_v == PS_ACTIVE)
				ids_add(&nd[i][0], s.people[k]->id);
			else if (person_prospect(s.people[k]))
				ids_add(&nd[i][2], s.people[k]->id);
		}
		for (k = 0; k < s.ngoals; k++)
			if (strv_has(s.goals[k]->skills, s.goals[k]->nskills,
			    j->set.needs[i]))
				ids_add(&nd[i][1], s.goals[k]->id);
		/* A covered need does not ask for prospects. */
		if (nd[i][0].n > 0)
			nd[i][2].n = 0;
	}
	out_rows(&out, coverage_tsv, 5, coverage_cols, 5);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < nn; i++) {
			covered = nd[i][0].n > 0;
			if (covered != (int)pass)
				continue;
			out_row(&out);
			out_str(&out, "need", j->set.needs[i], O_ALL);
			out_bool(&out, "covered", covered, O_J);
			out_str(&out, "covered", covered ? "yes" : "no",
			    O_V | O_S);
			out_strv(&out, "people", nd[i][0].v, nd[i][0].n, O_ALL);
			out_strv(&out, "goals", nd[i][1].v, nd[i][1].n, O_ALL);
			out_strv(&out, "prospects", nd[i][2].v, nd[i][2].n,
			    O_ALL);
			out_end(&out);
		}
	out_done(&out);
	for (i = 0; i < nn; i++)
		for (k = 0; k < 3; k++)
			free(nd[i][k].v);
	free(nd);
	scan_release(&s);
	return rc;
}

static int
cmd_set(const struct sub *sub, struct journal *j, int argc, char **argv)
{
	return recop_cmd(sub, j, R_PERSON, argc, argv, &o);
}

/* A local option: its bit for the subcommand's check, 0 if not ours. */
static unsigned
option(int c, const char *arg)
{
	switch (c) {
	case OPT_AREAS:
		strv_push(&areas, &nareas, arg);
		break;
	case OPT_BOUNDARY:
		strv_push(&boundaries, &nboundaries, arg);
		break;
	case OPT_CADENCE:
		opt_once(&cadence, "--cadence", arg);
		break;
	case OPT_CHANNEL:
		opt_once(&channel, "--channel", arg);
		break;
	case OPT_CONNECTION:
		opt_once(&connection, "--connection", arg);
		break;
	case OPT_CONTACT:
		opt_once(&contact, "--contact", arg);
		break;
	case OPT_CONTACTED:
		contacted = arg;
		break;
	case OPT_EXPECT:
		strv_push(&expects, &nexpects, arg);
		break;
	case OPT_FIELD:
		opt_once(&field, "--field", arg);
		break;
	case OPT_FOLLOW_UP:
		followup = 1;
		break;
	case OPT_GREP:
		opt_once(&grep, "--grep", arg);
		break;
	case OPT_AUTHOR:
		author = arg;
		break;
	case OPT_KNOWN_FOR:
		opt_once(&known_for, "--known-for", arg);
		break;
	case OPT_MARK:
		mark = 1;
		break;
	case OPT_OVERDUE:
		overdue = 1;
		break;
	case OPT_PROSPECTS:
		prospects = 1;
		break;
	case OPT_RELATIONSHIP:
		opt_once(&relationship, "--relationship", arg);
		break;
	case OPT_ROLE:
		opt_once(&role, "--role", arg);
		break;
	case OPT_SINCE:
		opt_once(&since, "--since", arg);
		break;
	case OPT_STATUS:
		opt_once(&status, "--status", arg);
		break;
	default:
		return 0;
	}
	return O(c);
}

int
main(int argc, char *argv[])
{
	static const struct program prog = {
		"People in a mentor journal: mentors, mentees, peers and "
		"prospects.",
		subs, NSUBS, opts, option, NULL
	};

	today = date_today();
	return prog_main(&prog, &o, argc, argv);
}
