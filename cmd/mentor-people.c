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
	OPT_SINCE, OPT_GREP, OPT_PROSPECTS, OPT_MARK, OPT_AUTHOR
};
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))

static int cmd_add(const struct sub *, struct journal *, int, char **);
static int cmd_list(const struct sub *, struct journal *, int, char **);
static int cmd_show(const struct sub *, struct journal *, int, char **);
static int cmd_set(const struct sub *, struct journal *, int, char **);
static int cmd_outreach(const struct sub *, struct journal *, int, char **);
static int cmd_coverage(const struct sub *, struct journal *, int, char **);

static const struct sub subs[] = {
	{ "add", cmd_add, SUB_WRITES, O(OPT_ROLE) | O(OPT_RELATIONSHIP) |
	    O(OPT_STATUS) | O(OPT_FIELD) | O(OPT_KNOWN_FOR) |
	    O(OPT_CONNECTION) | O(OPT_CADENCE) | O(OPT_CHANNEL) |
	    O(OPT_CONTACT) | O(OPT_SINCE),
	  "add name [--role r] [--relationship t] [--status s]\n"
	  "           [--field f] [--known-for text] [--connection text]\n"
	  "           [--cadence c] [--channel c] [--contact c]\n"
	  "           [--since date]",
	  "add a person and print their record's path", "a name", 1, 1 },
	{ "list", cmd_list, 0, O(OPT_ROLE) | O(OPT_STATUS) |
	    O(OPT_RELATIONSHIP) | O(OPT_GREP) | O(OPT_PROSPECTS) |
	    O(OPT_AUTHOR) | O_I | O_R | O_N,
	  "list [-0iqr] [--prospects] [--role r] [--status s,...]\n"
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
	{ "outreach", cmd_outreach, 0, O(OPT_MARK),
	  "outreach person [--mark] [-f text|json|md]",
	  "draft a first message to a prospect", "a person", 1, 1 },
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
	  "when the relationship began" },
	{ OPT_GREP, "grep", "regex", O(OPT_GREP), "people whose name, field, "
	  "known-for, connection or body matches (PCRE2)" },
	{ OPT_PROSPECTS, "prospects", NULL, O(OPT_PROSPECTS),
	  "prospects only, with their outreach columns" },
	{ OPT_MARK, "mark", NULL, O(OPT_MARK),
	  "record that it went: status contacted, contacted: today" },
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
			*grep, *author;
static int		 prospects, mark;
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
	yaml_kv(&b, "status", status ? status : "prospect");
	yaml_kv(&b, "field", field);
	yaml_kv(&b, "known-for", known_for);
	yaml_kv(&b, "connection", connection);
	if (since != NULL) {
		date_format(date_arg("--since", since, today,
		    j->set.week_start), ds);
		yaml_kv(&b, "since", ds);
	}
	yaml_kv(&b, "cadence", cadence);
	yaml_kv(&b, "channel", channel);
	yaml_kv(&b, "contact", contact);
	who = author_name(*j->root ? j->root : NULL);
	yaml_kv(&b, "author", who);
	free(who);
	buf_addstr(&b, "---\n## Expectations\n\n## Boundaries\n");
	slug_make(name.buf, "person", &slug);
	dir = journal_path(j, "people");
	rc = file_create(j->abs, dir, slug.buf, ".md", b.buf, b.len, &made);
	if (rc == 0 && !o.quiet)
		path_put(stdout, made, o.nul);
	free(made);
	free(dir);
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
		if (p == NULL)
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

/*
 * What show gathers from the entries about one person: the last entries
 * they met at (a ring of SHOW_MET, oldest first from met0), and their
 * open action items, kept in a spool (as the reports keep theirs).
 */
#define SHOW_MET	5
struct met {
	mdate	 date;
	char	*id, *path, *title;
};
struct about {
	const char	*id;
	struct met	 met[SHOW_MET];
	size_t		 nmet, met0;
	struct spool	*acts;
	size_t		 nacts;
	struct buf	 rec;
};

/*
 * An entry with the person held up to today is one they met at (entries
 * come in journal order: the last ones are the latest); the open items
 * of an entry with them, or naming them, are theirs.
 */
static void
about_entry(void *ctx, const struct entry *e)
{
	struct about		*ab = ctx;
	const struct item	*t;
	struct met		*m;
	size_t			 i;
	int			 with = strv_has(e->with, e->nwith, ab->id);

	if (with && e->date != DATE_NONE && e->date <= today) {
		if (ab->nmet < SHOW_MET)
			m = &ab->met[ab->nmet++];
		else {
			m = &ab->met[ab->met0];
			ab->met0 = (ab->met0 + 1) % SHOW_MET;
			free(m->id);
			free(m->path);
			free(m->title);
		}
		m->date = e->date;
		m->id = xstrdup(e->id);
		m->path = xstrdup(e->path);
		m->title = xstrdup(e->title);
	}
	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!task_status_live(t->status) || (!with &&
		    !strv_has(t->people, t->npeople, ab->id)))
			continue;
		aitem_put(&ab->rec, ab->id, e, t);
		spool_add(ab->acts, 0, ab->rec.buf, ab->rec.len);
		ab->nacts++;
	}
}

/* An open action item of the person: a row of "actions". */
static void
show_act(void *ctx, const void *rec, size_t len)
{
	struct out	*out = ctx;
	struct aitem	 a;

	(void)len;
	aitem_get(rec, &a);
	out_row(out);
	out_str(out, "path", a.path, O_J);
	out_int(out, "line", a.line, O_J);
	out_str(out, "status", task_status_word(a.status), O_J);
	out_str(out, "text", a.text, O_J);
	out_date(out, "due", a.due, O_J);
	out_bool(out, "overdue", a.overdue, O_J);
	out_text(out, O_T, "  %s:%u: [%c] %s%s", a.path, a.line, a.status,
	    a.text, a.overdue ? "  (overdue)" : "");
	out_text(out, O_M, "- [%c] %s%s (%s:%u)", a.status, a.text,
	    a.overdue ? " **overdue**" : "", a.path, a.line);
	out_nl(out, O_V);
	out_end(out);
}

/* A section's title: "## Title" and a blank line, or "title:". */
static void
show_head(struct out *out, const char *title)
{
	out_blank(out, O_V);
	out_text(out, O_T, "%s:", title);
	out_text(out, O_M, "## %c%s", toupper((unsigned char)title[0]),
	    title + 1);
	out_nl(out, O_V);
	out_blank(out, O_M);
}

/* An empty section of the view. */
static void
none(struct out *out)
{
	out_text(out, O_T, "  ");
	out_text(out, O_V, "(none)");
	out_nl(out, O_V);
}

/* Free Markdown from the record: as it is, or indented in text. */
static void
show_block(struct out *out, const char *key, const char *text)
{
	const char	*p, *e;

	out_str(out, key, text, O_J);
	if (text == NULL) {
		none(out);
		return;
	}
	for (p = text; *p != '\0'; p = *e ? e + 1 : e) {
		if ((e = strchr(p, '\n')) == NULL)
			e = p + strlen(p);
		if (e > p)
			out_text(out, O_T, "  ");
		out_text(out, O_V, "%.*s", (int)(e - p), p);
		out_nl(out, O_V);
		if (e == p)
			out_blank(out, O_V);
	}
}

/* A date line of the view: "lead: date" and more; nothing when absent. */
static void
show_date(struct out *out, const char *lead, mdate d, const char *more)
{
	char	 ds[DATE_STRLEN];

	if (d == DATE_NONE)
		return;
	date_format(d, ds);
	out_item(out, "%s: %s%s", lead, ds, more);
}

/* The person shown alone: fields, sections, goals, entries, items. */
static void
show(struct out *out, const struct scan *s, const struct person *p,
    const struct about *ab)
{
	const struct goal	*g;
	const struct met	*m;
	const char		*cad = p->cadence;
	struct buf		 b = BUF_INIT;
	char			 ds[DATE_STRLEN] = "", more[64];
	size_t			 i, ngoals = 0;

	/* The cadence in force, for someone tracked by it. */
	if (p->tracked && p->has_cad)
		cad = p->cadence_used;
	out_doc(out);
	out_str(out, "id", p->id, O_J);
	out_str(out, "path", p->path, O_J);
	out_text(out, O_T, "%s: %s", p->id, p->name ? p->name : "");
	out_text(out, O_M, "# %s", p->name ? p->name : p->id);
	out_nl(out, O_V);
	out_blank(out, O_M);
	out_str(out, "name", p->name, O_J);
	buf_addstr(&b, p->status);
	if (p->role != NULL)
		buf_addf(&b, " %s", p->role);
	if (p->relationship != NULL)
		buf_addf(&b, ", %s", p->relationship);
	if (p->channel_v == CH_IN_PERSON)
		buf_addstr(&b, ", in person");
	else if (p->channel != NULL)
		buf_addf(&b, ", by %s", p->channel);
	out_item(out, "%s", b.buf);
	out_str(out, "role", p->role, O_J);
	out_str(out, "relationship", p->relationship, O_J);
	out_str(out, "status", p->status, O_J);
	out_str(out, "field", p->field, O_J);
	out_str(out, "known-for", p->known_for, O_J);
	out_str(out, "connection", p->connection, O_J);
	out_strv(out, "areas", p->areas, p->nareas, O_J);
	if (p->field != NULL)
		out_item(out, "field: %s", p->field);
	if (p->known_for != NULL)
		out_item(out, "known for: %s", p->known_for);
	if (p->connection != NULL)
		out_item(out, "connection: %s", p->connection);
	buf_reset(&b);
	for (i = 0; i < p->nareas; i++)
		buf_addf(&b, "%s %s", i ? "," : "", p->areas[i]);
	if (p->nareas > 0)
		out_item(out, "areas:%s", b.buf);
	buf_release(&b);
	if (p->contact != NULL)
		out_item(out, "contact: %s", p->contact);
	show_date(out, "since", p->since, "");
	out_date(out, "since", p->since, O_J);
	out_str(out, "cadence", cad, O_J);
	out_str(out, "channel", p->channel, O_J);
	out_str(out, "contact", p->contact, O_J);
	out_date(out, "contacted", p->contacted, O_J);
	out_date(out, "follow-up", p->followup, O_J);
	if (p->followup != DATE_NONE)
		date_format(p->followup, ds);
	snprintf(more, sizeof(more), ", follow up by %s", ds);
	show_date(out, "contacted", p->contacted, p->followup != DATE_NONE ?
	    more : "");
	if (cad != NULL)
		out_item(out, "cadence: %s%s%s%s", cad, p->tracked ? "" :
		    " (not tracked: ", p->tracked ? "" : p->status,
		    p->tracked ? "" : ")");
	show_date(out, "last check-in", p->last, "");
	snprintf(more, sizeof(more), " (%d day%s overdue)", p->overdue_days,
	    p->overdue_days == 1 ? "" : "s");
	if (p->tracked)
		show_date(out, "next check-in due", p->next_due,
		    p->overdue_days > 0 ? more : "");
	if (p->tracked)
		show_date(out, "planned", p->planned, "");
	out_bool(out, "tracked", p->tracked, O_J);
	out_date(out, "last", p->last, O_J);
	out_date(out, "next-due", p->next_due, O_J);
	out_intn(out, "overdue_days", p->overdue_days, p->tracked &&
	    p->next_due != DATE_NONE, O_J);
	out_date(out, "planned", p->planned, O_J);

	show_head(out, "expectations");
	show_block(out, "expectations", p->expectations);
	show_head(out, "boundaries");
	show_block(out, "boundaries", p->boundaries);

	show_head(out, "goals they mentor");
	out_list(out, "goals", O_J);
	for (i = 0; i < s->ngoals; i++) {
		g = s->goals[i];
		if (g->mentor == NULL || strcmp(g->mentor, p->id) != 0)
			continue;
		ngoals++;
		out_row(out);
		out_str(out, "id", g->id, O_J);
		out_str(out, "path", g->path, O_J);
		out_str(out, "title", g->title, O_J);
		out_str(out, "status", g->status, O_J);
		out_text(out, O_T, "  %s  %s", g->id, g->title);
		out_text(out, O_M, "- [%s](%s)", g->title, g->path);
		if (g->status_v != GS_ACTIVE)
			out_text(out, O_V, " (%s)", g->status);
		out_nl(out, O_V);
		out_end(out);
	}
	out_end(out);
	if (ngoals == 0)
		none(out);

	show_head(out, "last entries");
	out_list(out, "entries", O_J);
	/* The latest first. */
	for (i = ab->nmet; i-- > 0;) {
		m = &ab->met[(ab->met0 + i) % SHOW_MET];
		out_row(out);
		out_str(out, "id", m->id, O_J);
		out_str(out, "path", m->path, O_J);
		out_bullet(out);
		out_date(out, "date", m->date, O_ALL);
		out_str(out, "title", m->title, O_J);
		out_text(out, O_T, "  %s  %s", m->title, m->path);
		out_text(out, O_M, " [%s](%s)", m->title, m->path);
		out_nl(out, O_V);
		out_end(out);
	}
	out_end(out);
	if (ab->nmet == 0)
		none(out);

	show_head(out, "open action items");
	out_list(out, "actions", O_J);
	spool_each(ab->acts, 0, show_act, out);
	out_end(out);
	if (ab->nacts == 0)
		none(out);
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
	struct rec		 r;
	struct scan		 s;
	struct about		 ab;
	struct out		 out;
	const struct person	*p;
	size_t			 i;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT : o.fmt;

	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_person(j, argv[0], &r);
	memset(&ab, 0, sizeof(ab));
	ab.id = r.id;
	ab.acts = spool_new();
	buf_init(&ab.rec);
	scan_init(&s, j, today);
	s.ctx = &ab;
	s.entry = about_entry;
	rc = scan_run(&s);
	if ((p = scan_person(&s, r.id)) != NULL) {
		out_init(&out, fmt, &o);
		show(&out, &s, p, &ab);
		out_done(&out);
	}
	for (i = 0; i < ab.nmet; i++) {
		free(ab.met[i].id);
		free(ab.met[i].path);
		free(ab.met[i].title);
	}
	spool_free(ab.acts);
	buf_release(&ab.rec);
	scan_release(&s);
	rec_release(&r);
	/* A broken record anywhere is 65, as for every reader. */
	return rc;
}

/*
 * `outreach ID [--mark]`: the message on stdout, as a mail (a Subject:
 * line, a blank line, the body) or as JSON; --mark records that it went.
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
	/* Marking an active mentor "contacted" would stop tracking them. */
	if (mark && !person_prospect(p)) {
		warnx("'%s' is %s, not a prospect: not marked", p->id,
		    p->status);
		rc = EX_USAGE;
		goto out;
	}
	outreach_message(&s, p, &subject, &body);
	out_init(&out, fmt, &o);
	out_doc(&out);
	out_str(&out, "id", p->id, O_J);
	out_str(&out, "path", p->path, O_J);
	out_str(&out, "name", p->name, O_J);
	out_str(&out, "contact", p->contact, O_J);
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
	case OPT_CADENCE:
		cadence = arg;
		break;
	case OPT_CHANNEL:
		channel = arg;
		break;
	case OPT_CONNECTION:
		connection = arg;
		break;
	case OPT_CONTACT:
		contact = arg;
		break;
	case OPT_FIELD:
		field = arg;
		break;
	case OPT_GREP:
		grep = arg;
		break;
	case OPT_AUTHOR:
		author = arg;
		break;
	case OPT_KNOWN_FOR:
		known_for = arg;
		break;
	case OPT_MARK:
		mark = 1;
		break;
	case OPT_PROSPECTS:
		prospects = 1;
		break;
	case OPT_RELATIONSHIP:
		relationship = arg;
		break;
	case OPT_ROLE:
		role = arg;
		break;
	case OPT_SINCE:
		since = arg;
		break;
	case OPT_STATUS:
		status = arg;
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
