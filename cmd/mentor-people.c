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

enum {
	OPT_ROLE = OPT_FIRST_LOCAL, OPT_RELATIONSHIP, OPT_STATUS, OPT_FIELD,
	OPT_KNOWN_FOR, OPT_CONNECTION, OPT_CADENCE, OPT_CHANNEL, OPT_CONTACT,
	OPT_SINCE, OPT_GREP, OPT_PROSPECTS, OPT_MARK
};
#define O(x)	(1U << ((x) - OPT_FIRST_LOCAL))

static const struct sub subs[] = {
	{ "add", O(OPT_ROLE) | O(OPT_RELATIONSHIP) | O(OPT_STATUS) |
	    O(OPT_FIELD) | O(OPT_KNOWN_FOR) | O(OPT_CONNECTION) |
	    O(OPT_CADENCE) | O(OPT_CHANNEL) | O(OPT_CONTACT) | O(OPT_SINCE),
	  "add name [--role r] [--relationship t] [--status s]\n"
	  "           [--field f] [--known-for text] [--connection text]\n"
	  "           [--cadence c] [--channel c] [--contact c]\n"
	  "           [--since date]" },
	{ "list", O(OPT_ROLE) | O(OPT_STATUS) | O(OPT_RELATIONSHIP) |
	    O(OPT_GREP) | O(OPT_PROSPECTS) | O_I | O_R | O_N,
	  "list [-0iqr] [--prospects] [--role r] [--status s,...]\n"
	  "           [--relationship t] [--grep regex] [-n n] [-f format]\n"
	  "           [person ... | -]" },
	{ "show", 0, "show person [-f text|json|md]" },
	{ "set", 0, "set person key=value..." },
	{ "rename", 0, "rename person new-id" },
	{ "outreach", O(OPT_MARK), "outreach person [--mark] [-f text|json|md]" },
	{ "coverage", 0, "coverage [-f text|tsv|json|jsonl]" },
	{ "edit", 0, "edit person" },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const struct optname optnames[] = {
	{ O(OPT_ROLE), "--role" }, { O(OPT_RELATIONSHIP), "--relationship" },
	{ O(OPT_STATUS), "--status" }, { O(OPT_FIELD), "--field" },
	{ O(OPT_KNOWN_FOR), "--known-for" },
	{ O(OPT_CONNECTION), "--connection" },
	{ O(OPT_CADENCE), "--cadence" }, { O(OPT_CHANNEL), "--channel" },
	{ O(OPT_CONTACT), "--contact" }, { O(OPT_SINCE), "--since" },
	{ O(OPT_GREP), "--grep" }, { O(OPT_PROSPECTS), "--prospects" },
	{ O(OPT_MARK), "--mark" }, { O_I, "-i" }, { O_R, "-r" }, { O_N, "-n" }
};

static const char roles[] = "mentor|mentee|peer";
static const char relationships[] = "formal|informal|traditional|peer|"
    "reverse|group|virtual";
static const char statuses[] = "prospect|contacted|active|paused|ended";
static const char channels[] = "in-person|video|phone|email|chat";

static struct opts	 o;
static const char	*role, *relationship, *status, *field, *known_for,
			*connection, *cadence, *channel, *contact, *since,
			*grep;
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
cmd_add(struct journal *j, int argc, char **argv)
{
	struct buf	 b = BUF_INIT, slug = BUF_INIT, name = BUF_INIT;
	struct cadence	 cad;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *who;
	const char	*p, *e;
	int		 rc;

	if (argc != 1)
		sub_usage(subs, NSUBS, &subs[0], 1);
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
		errx(EX_USAGE, "--cadence: '%s' is not a cadence (weekly, "
		    "biweekly, monthly, quarterly, every N days|weeks, every "
		    "N-M weeks)", cadence);
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

static char *
date_str(mdate d)
{
	char	*s;

	if (d == DATE_NONE)
		return NULL;
	s = xmalloc(DATE_STRLEN);
	date_format(d, s);
	return s;
}

/*
 * Does --grep match the person's words: name, field, known-for,
 * connection or the body?  Keys and enum values are left out, so that
 * "active" finds people who mention it, not every active person.
 */
static int
person_grep(struct journal *j, struct ure *re, const struct person *p)
{
	struct doc		 d;
	struct doc_error	 e;
	const char		*text[] = { p->name, p->field, p->known_for,
				    p->connection }, *body;
	char			*path;
	size_t			 i, blen;
	int			 hit = 0;

	for (i = 0; i < sizeof(text) / sizeof(text[0]); i++)
		if (text[i] != NULL && ure_match(re, text[i], strlen(text[i])))
			return 1;
	path = journal_path(j, p->rel);
	if (doc_loadat(&d, j->dirfd, p->rel, path, &e) == 0 &&
	    doc_body(&d, &body, &blen) == 0)
		hit = ure_match(re, body, blen);
	doc_free(&d);
	free(path);
	return hit;
}

static const struct col people_cols[] = {
	{ "id", COL_STR }, { "name", COL_STR }, { "role", COL_STR },
	{ "status", COL_STR }, { "relationship", COL_STR },
	{ "cadence", COL_STR }, { "last", COL_DATE }, { "next", COL_DATE },
	{ "overdue", COL_INT }
};
static const struct col prospect_cols[] = {
	{ "id", COL_STR }, { "name", COL_STR }, { "field", COL_STR },
	{ "known-for", COL_STR }, { "connection", COL_STR },
	{ "status", COL_STR }, { "contacted", COL_DATE },
	{ "follow-up", COL_DATE }
};

/* The person of that id among those people_scan() found, or NULL. */
static struct person *
find_person(struct person *v, size_t n, const char *id)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i].id, id) == 0)
			return &v[i];
	return NULL;
}

/*
 * people_scan() keeps a record it cannot read as a blank person; read it
 * again for the reason, report it, and return the status (65 mostly).
 */
static int
person_broken(struct journal *j, const struct person *p)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*path = journal_path(j, p->rel);
	int			 rc;

	if ((rc = doc_loadat(&d, j->dirfd, p->rel, path, &e)) != 0)
		diag(path, e.line, e.col, "%s", e.msg);
	doc_free(&d);
	free(path);
	return rc != 0 ? rc : EX_DATAERR;
}

static int
cmd_list(struct journal *j, int argc, char **argv)
{
	struct reclist	 args = { NULL, 0, 0 };
	struct person	*v, *p, **pick;
	struct lister	 ls;
	struct ure	*re = NULL;
	char		*cells[9], od[24], *path;
	const char	*colors[9];
	size_t		 n, npick = 0, i, shown = 0;
	int		 rc = 0, st;

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
	n = people_scan(j, today, &v);
	/* Records given are listed in their order, the journal in id order. */
	if (argc > 0) {
		pick = xcalloc(args.n + 1, sizeof(*pick));
		for (i = 0; i < args.n; i++)
			if ((p = find_person(v, n, args.v[i].id)) != NULL)
				pick[npick++] = p;
	} else {
		pick = xcalloc(n + 1, sizeof(*pick));
		for (i = 0; i < n; i++)
			pick[npick++] = &v[i];
	}
	if (prospects)
		lister_begin(&ls, &o, FMT_PATHS, prospect_cols, 8);
	else
		lister_begin(&ls, &o, FMT_PATHS, people_cols, 9);
	for (i = 0; i < npick; i++) {
		p = pick[o.reverse ? npick - 1 - i : i];
		if (!p->ok) {
			rc = status_merge(rc, person_broken(j, p));
			continue;
		}
		if ((prospects && !person_prospect(p)) ||
		    (role != NULL && (p->role == NULL ||
		    strcmp(p->role, role) != 0)) ||
		    (relationship != NULL && (p->relationship == NULL ||
		    strcmp(p->relationship, relationship) != 0)) ||
		    (status != NULL && !csv_has(status, p->status)) ||
		    (re != NULL && !person_grep(j, re, p)))
			continue;
		if (o.limit >= 0 && shown >= (size_t)o.limit)
			break;
		memset(cells, 0, sizeof(cells));
		memset(colors, 0, sizeof(colors));
		cells[0] = p->id;
		cells[1] = p->name;
		if (prospects) {
			cells[2] = p->field;
			cells[3] = p->known_for;
			cells[4] = p->connection;
			cells[5] = p->status;
			cells[6] = date_str(p->contacted);
			cells[7] = date_str(p->followup);
			if (p->followup != DATE_NONE && p->followup <= today)
				colors[7] = "31";
		} else {
			cells[2] = p->role;
			cells[3] = p->status;
			cells[4] = p->relationship;
			cells[5] = p->tracked && p->has_cad ? (p->cadence ?
			    p->cadence : j->set.cadence) : p->cadence;
			cells[6] = date_str(p->last);
			cells[7] = date_str(p->next_due);
			if (p->tracked && p->next_due != DATE_NONE) {
				snprintf(od, sizeof(od), "%d", p->overdue_days);
				cells[8] = od;
				if (p->overdue_days > 0)
					colors[8] = colors[7] = "31";
			}
		}
		path = journal_path(j, p->rel);
		lister_row(&ls, path, (const char *const *)cells, colors);
		free(path);
		free(cells[6]);
		free(cells[7]);
		shown++;
	}
	st = lister_end(&ls);
	rc = status_merge(rc, st);
	free(pick);
	people_free(v, n);
	ure_free(re);
	reclist_release(&args);
	return rc;
}

/* The text of the section under a heading (case-insensitive), trimmed. */
static void
section_text(const struct doc *d, const char *name, struct buf *out)
{
	const char	*p, *end = d->data + d->len, *e;
	unsigned	 line, from = 0, to = 0;
	size_t		 i, k;

	for (i = 0; i < d->nheads; i++)
		if (strcasecmp(d->heads[i].text, name) == 0)
			break;
	if (i == d->nheads)
		return;
	from = d->heads[i].line + 1;
	for (k = i + 1; k < d->nheads; k++)
		if (d->heads[k].level <= d->heads[i].level) {
			to = d->heads[k].line;
			break;
		}
	for (p = d->data + d->close_end, line = d->body_line; p < end;
	    p = e, line++) {
		if ((e = memchr(p, '\n', (size_t)(end - p))) == NULL)
			e = end;
		else
			e++;
		if (line < from || (to != 0 && line >= to))
			continue;
		buf_add(out, p, (size_t)(e - p));
	}
	/* No blank lines at either end. */
	while (out->len > 0 && (out->buf[out->len - 1] == '\n' ||
	    out->buf[out->len - 1] == '\r' || out->buf[out->len - 1] == ' '))
		buf_setlen(out, out->len - 1);
	for (i = 0; i < out->len && (out->buf[i] == '\n' ||
	    out->buf[i] == '\r'); i++)
		;
	if (i > 0) {
		memmove(out->buf, out->buf + i, out->len - i);
		buf_setlen(out, out->len - i);
	}
}

/* What show gathers from the entries about one person. */
struct met {
	mdate	 date;
	char	*eid, *path, *title;
};
struct act {
	char	*path, *text;
	unsigned line;
	int	 status;
	mdate	 due;
	int	 overdue;
};
struct about {
	const char	*id;
	struct met	*met;
	size_t		 nmet;
	struct act	*acts;
	size_t		 nacts;
};
struct seen_entry {
	mdate		 date;
	int		 with;
	char		*title;
	size_t		 n;
	struct act	*acts;
};

static void *
about_look(void *ctx, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct about		*ab = ctx;
	struct seen_entry	*se;
	struct ynode		**items, *one;
	const struct task	*t;
	const char		*v;
	size_t			 i, k, n;
	int			 named;

	if (rc != 0)
		return NULL;
	se = xcalloc(1, sizeof(*se));
	n = ynode_items(fm_get(d, "with"), &items, &one);
	for (i = 0; i < n; i++)
		if (items[i]->type == Y_SCALAR &&
		    strcmp(items[i]->str, ab->id) == 0)
			se->with = 1;
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (!task_status_live(t->status))
			continue;
		for (named = 0, k = 0; k < t->npeople; k++)
			named |= strcmp(t->people[k], ab->id) == 0;
		if (!named && !se->with)
			continue;
		se->acts = xreallocarray(se->acts, se->n + 1,
		    sizeof(*se->acts));
		se->acts[se->n].path = xstrdup(path);
		se->acts[se->n].text = xstrdup(t->text);
		se->acts[se->n].line = t->line;
		se->acts[se->n].status = t->status;
		se->acts[se->n].due = t->due;
		se->acts[se->n].overdue = task_overdue(t, 1, today);
		se->n++;
	}
	if (!se->with && se->n == 0) {
		free(se);
		return NULL;
	}
	v = fm_str(d, "date");
	if (v == NULL || date_iso(v, strlen(v), &se->date) != 0)
		se->date = DATE_NONE;
	se->title = xstrdup(doc_title(d));
	return se;
}

static void
seen_entry_free(void *res)
{
	struct seen_entry	*se = res;
	size_t			 i;

	for (i = 0; i < se->n; i++) {
		free(se->acts[i].path);
		free(se->acts[i].text);
	}
	free(se->acts);
	free(se->title);
	free(se);
}

static void
about_out(void *ctx, const char *path, void *res)
{
	struct about		*ab = ctx;
	struct seen_entry	*se = res;
	struct met		*m;
	const char		*base = strrchr(path, '/');

	base = base != NULL ? base + 1 : path;
	/* Planned (future) entries are not among the last ones. */
	if (se->with && se->date != DATE_NONE && se->date <= today) {
		ab->met = xreallocarray(ab->met, ab->nmet + 1,
		    sizeof(*ab->met));
		m = &ab->met[ab->nmet++];
		m->date = se->date;
		m->eid = xstrndup(base, strlen(base) - 3);
		m->path = xstrdup(path);
		m->title = se->title;
		se->title = NULL;
	}
	if (se->n > 0) {
		ab->acts = xreallocarray(ab->acts, ab->nacts + se->n,
		    sizeof(*ab->acts));
		memcpy(ab->acts + ab->nacts, se->acts, se->n *
		    sizeof(*se->acts));
		ab->nacts += se->n;
		se->n = 0;
	}
	seen_entry_free(se);
}

static int
met_cmp(const void *a, const void *b)
{
	const struct met	*x = a, *y = b;

	if (x->date != y->date)
		return x->date > y->date ? -1 : 1;
	return -strcmp(x->eid, y->eid);
}

/* A goal the person mentors. */
struct mgoal {
	char	*id, *path, *title, *status;
};

/* The goals whose mentor is id, in id order, whatever their status. */
static size_t
mentored_goals(struct journal *j, const char *id, struct mgoal **out)
{
	const struct reclist	*l = journal_list(j, R_GOAL);
	struct mgoal		*g;
	struct doc		 d;
	struct doc_error	 e;
	const char		*m, *t, *st;
	char			*path;
	size_t			 i, n = 0;

	*out = xcalloc(l->n + 1, sizeof(**out));
	for (i = 0; i < l->n; i++) {
		path = journal_path(j, l->v[i].rel);
		if (doc_loadat(&d, j->dirfd, l->v[i].rel, path, &e) == 0 &&
		    (m = fm_str(&d, "mentor")) != NULL && strcmp(m, id) == 0) {
			g = &(*out)[n++];
			g->id = xstrdup(l->v[i].id);
			g->path = path;
			path = NULL;
			t = fm_str(&d, "title");
			g->title = xstrdup(t != NULL ? t : l->v[i].id);
			st = fm_str(&d, "status");
			g->status = xstrdup(st != NULL ? st : "active");
		}
		doc_free(&d);
		free(path);
	}
	return n;
}

static void
resolve_person(struct journal *j, const char *arg, struct rec *r)
{
	int	 rc;

	if ((rc = journal_resolve(j, RT_MASK(R_PERSON), arg, r)) != 0)
		exit(rc);
}

static void
jstr(struct json *js, const char *key, const char *v)
{
	json_key(js, key);
	json_str(js, v);
}

static void
jdate(struct json *js, const char *key, mdate d)
{
	json_key(js, key);
	json_date(js, d);
}

/* Everything show prints about one person. */
struct showing {
	const struct person	*p;
	const char		*path;
	const char		*cadence;	/* the one in force, or NULL */
	struct buf		 ex, bo;	/* Expectations, Boundaries */
	struct mgoal		*goals;
	size_t			 ngoals;
	struct about		 ab;
	size_t			 nmet;		/* entries shown, at most 5 */
};

static void
show_json(const struct showing *sh)
{
	const struct person	*p = sh->p;
	const struct about	*ab = &sh->ab;
	struct json		 js;
	size_t			 i;

	json_init(&js, stdout);
	json_obj(&js);
	jstr(&js, "id", p->id);
	jstr(&js, "path", sh->path);
	jstr(&js, "name", p->name);
	jstr(&js, "role", p->role);
	jstr(&js, "relationship", p->relationship);
	jstr(&js, "status", p->status);
	jstr(&js, "field", p->field);
	jstr(&js, "known-for", p->known_for);
	jstr(&js, "connection", p->connection);
	json_key(&js, "areas");
	json_arr(&js);
	for (i = 0; i < p->nareas; i++)
		json_str(&js, p->areas[i]);
	json_arr_end(&js);
	jdate(&js, "since", p->since);
	jstr(&js, "cadence", sh->cadence);
	jstr(&js, "channel", p->channel);
	jstr(&js, "contact", p->contact);
	jdate(&js, "contacted", p->contacted);
	jdate(&js, "follow-up", p->followup);
	json_key(&js, "tracked");
	json_bool(&js, p->tracked);
	jdate(&js, "last", p->last);
	jdate(&js, "next-due", p->next_due);
	json_key(&js, "overdue_days");
	if (p->tracked && p->next_due != DATE_NONE)
		json_int(&js, p->overdue_days);
	else
		json_null(&js);
	jdate(&js, "planned", p->planned);
	jstr(&js, "expectations", sh->ex.len ? sh->ex.buf : NULL);
	jstr(&js, "boundaries", sh->bo.len ? sh->bo.buf : NULL);
	json_key(&js, "goals");
	json_arr(&js);
	for (i = 0; i < sh->ngoals; i++) {
		json_obj(&js);
		jstr(&js, "id", sh->goals[i].id);
		jstr(&js, "path", sh->goals[i].path);
		jstr(&js, "title", sh->goals[i].title);
		jstr(&js, "status", sh->goals[i].status);
		json_obj_end(&js);
	}
	json_arr_end(&js);
	json_key(&js, "entries");
	json_arr(&js);
	for (i = 0; i < sh->nmet; i++) {
		json_obj(&js);
		jstr(&js, "id", ab->met[i].eid);
		jstr(&js, "path", ab->met[i].path);
		jdate(&js, "date", ab->met[i].date);
		jstr(&js, "title", ab->met[i].title);
		json_obj_end(&js);
	}
	json_arr_end(&js);
	json_key(&js, "actions");
	json_arr(&js);
	for (i = 0; i < ab->nacts; i++) {
		json_obj(&js);
		jstr(&js, "path", ab->acts[i].path);
		json_key(&js, "line");
		json_int(&js, ab->acts[i].line);
		jstr(&js, "status", task_status_word(ab->acts[i].status));
		jstr(&js, "text", ab->acts[i].text);
		jdate(&js, "due", ab->acts[i].due);
		json_key(&js, "overdue");
		json_bool(&js, ab->acts[i].overdue);
		json_obj_end(&js);
	}
	json_arr_end(&js);
	json_obj_end(&js);
	json_end(&js);
}

/* A section's title: "## Title" and a blank line, or "title:". */
static void
show_head(int md, const char *title)
{
	if (md)
		printf("\n## %c%s\n\n", toupper((unsigned char)title[0]),
		    title + 1);
	else
		printf("\n%s:\n", title);
}

/* Free Markdown from the record: as it is, or indented in text. */
static void
show_block(int md, const struct buf *b)
{
	const char	*p, *e;

	if (b->len == 0) {
		printf("%s(none)\n", md ? "" : "  ");
		return;
	}
	for (p = b->buf; *p != '\0'; p = *e ? e + 1 : e) {
		if ((e = strchr(p, '\n')) == NULL)
			e = p + strlen(p);
		if (e > p && !md)
			printf("  ");
		printf("%.*s\n", (int)(e - p), p);
	}
}

static void
show_text(const struct showing *sh, int md)
{
	const struct person	*p = sh->p;
	const struct about	*ab = &sh->ab;
	const char		*ind = md ? "- " : "  ";
	char			 ds[DATE_STRLEN];
	size_t			 i;

	if (md)
		printf("# %s\n\n", p->name ? p->name : p->id);
	else
		printf("%s: %s\n", p->id, p->name ? p->name : "");
	printf("%s%s", ind, p->status);
	if (p->role != NULL)
		printf(" %s", p->role);
	if (p->relationship != NULL)
		printf(", %s", p->relationship);
	if (p->channel != NULL && strcmp(p->channel, "in-person") == 0)
		printf(", in person");
	else if (p->channel != NULL)
		printf(", by %s", p->channel);
	printf("\n");
	if (p->field != NULL)
		printf("%sfield: %s\n", ind, p->field);
	if (p->known_for != NULL)
		printf("%sknown for: %s\n", ind, p->known_for);
	if (p->connection != NULL)
		printf("%sconnection: %s\n", ind, p->connection);
	if (p->nareas > 0) {
		printf("%sareas:", ind);
		for (i = 0; i < p->nareas; i++)
			printf("%s %s", i ? "," : "", p->areas[i]);
		printf("\n");
	}
	if (p->contact != NULL)
		printf("%scontact: %s\n", ind, p->contact);
	if (p->since != DATE_NONE) {
		date_format(p->since, ds);
		printf("%ssince: %s\n", ind, ds);
	}
	if (p->contacted != DATE_NONE) {
		date_format(p->contacted, ds);
		printf("%scontacted: %s", ind, ds);
		if (p->followup != DATE_NONE) {
			date_format(p->followup, ds);
			printf(", follow up by %s", ds);
		}
		printf("\n");
	}
	if (sh->cadence != NULL) {
		printf("%scadence: %s", ind, sh->cadence);
		if (!p->tracked)
			printf(" (not tracked: %s)", p->status);
		printf("\n");
	}
	if (p->last != DATE_NONE) {
		date_format(p->last, ds);
		printf("%slast check-in: %s\n", ind, ds);
	}
	if (p->tracked && p->next_due != DATE_NONE) {
		date_format(p->next_due, ds);
		printf("%snext check-in due: %s", ind, ds);
		if (p->overdue_days > 0)
			printf(" (%d day%s overdue)", p->overdue_days,
			    p->overdue_days == 1 ? "" : "s");
		printf("\n");
	}
	if (p->tracked && p->planned != DATE_NONE) {
		date_format(p->planned, ds);
		printf("%splanned: %s\n", ind, ds);
	}

	show_head(md, "expectations");
	show_block(md, &sh->ex);
	show_head(md, "boundaries");
	show_block(md, &sh->bo);

	show_head(md, "goals they mentor");
	for (i = 0; i < sh->ngoals; i++) {
		if (md)
			printf("- [%s](%s)", sh->goals[i].title,
			    sh->goals[i].path);
		else
			printf("  %s  %s", sh->goals[i].id,
			    sh->goals[i].title);
		if (strcmp(sh->goals[i].status, "active") != 0)
			printf(" (%s)", sh->goals[i].status);
		printf("\n");
	}
	if (sh->ngoals == 0)
		printf("%s(none)\n", md ? "" : "  ");

	show_head(md, "last entries");
	for (i = 0; i < sh->nmet; i++) {
		date_format(ab->met[i].date, ds);
		if (md)
			printf("- %s [%s](%s)\n", ds, ab->met[i].title,
			    ab->met[i].path);
		else
			printf("  %s  %s  %s\n", ds, ab->met[i].title,
			    ab->met[i].path);
	}
	if (sh->nmet == 0)
		printf("%s(none)\n", md ? "" : "  ");

	show_head(md, "open action items");
	for (i = 0; i < ab->nacts; i++)
		if (md)
			printf("- [%c] %s%s (%s:%u)\n", ab->acts[i].status,
			    ab->acts[i].text, ab->acts[i].overdue ?
			    " **overdue**" : "", ab->acts[i].path,
			    ab->acts[i].line);
		else
			printf("  %s:%u: [%c] %s%s\n", ab->acts[i].path,
			    ab->acts[i].line, ab->acts[i].status,
			    ab->acts[i].text, ab->acts[i].overdue ?
			    "  (overdue)" : "");
	if (ab->nacts == 0)
		printf("%s(none)\n", md ? "" : "  ");
}

static int
cmd_show(struct journal *j, int argc, char **argv)
{
	struct showing		 sh;
	struct rec		 r;
	struct doc		 d;
	struct doc_error	 e;
	struct person		*v;
	struct walk		 w;
	char			*path;
	size_t			 n, i;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT :
				    o.fmt;

	if (argc != 1)
		sub_usage(subs, NSUBS, &subs[2], 1);
	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_person(j, argv[0], &r);
	path = journal_path(j, r.rel);
	memset(&sh, 0, sizeof(sh));
	buf_init(&sh.ex);
	buf_init(&sh.bo);
	if ((rc = doc_loadat(&d, j->dirfd, r.rel, path, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(&d);
		free(path);
		rec_release(&r);
		return rc;
	}
	section_text(&d, "Expectations", &sh.ex);
	section_text(&d, "Boundaries", &sh.bo);
	doc_free(&d);
	n = people_scan(j, today, &v);
	sh.p = find_person(v, n, r.id);
	sh.path = path;
	sh.cadence = sh.p->cadence;
	if (sh.p->tracked && sh.p->has_cad && sh.cadence == NULL)
		sh.cadence = j->set.cadence;
	sh.ngoals = mentored_goals(j, r.id, &sh.goals);
	sh.ab.id = r.id;
	memset(&w, 0, sizeof(w));
	w.ctx = &sh.ab;
	w.look = about_look;
	w.out = about_out;
	w.free_res = seen_entry_free;
	walk_records(j, NULL, R_ENTRY, &w);
	if (sh.ab.nmet > 1)
		qsort(sh.ab.met, sh.ab.nmet, sizeof(*sh.ab.met), met_cmp);
	sh.nmet = sh.ab.nmet < 5 ? sh.ab.nmet : 5;
	if (o.quiet)
		;
	else if (fmt == FMT_JSON)
		show_json(&sh);
	else
		show_text(&sh, fmt == FMT_MD);
	for (i = 0; i < sh.ab.nmet; i++) {
		free(sh.ab.met[i].eid);
		free(sh.ab.met[i].path);
		free(sh.ab.met[i].title);
	}
	free(sh.ab.met);
	for (i = 0; i < sh.ab.nacts; i++) {
		free(sh.ab.acts[i].path);
		free(sh.ab.acts[i].text);
	}
	free(sh.ab.acts);
	for (i = 0; i < sh.ngoals; i++) {
		free(sh.goals[i].id);
		free(sh.goals[i].path);
		free(sh.goals[i].title);
		free(sh.goals[i].status);
	}
	free(sh.goals);
	people_free(v, n);
	buf_release(&sh.ex);
	buf_release(&sh.bo);
	free(path);
	rec_release(&r);
	return 0;
}

/* Active goals that fit the prospect: skills or tags in their areas. */
static size_t
fitting_goals(struct journal *j, const struct person *p, char ***titles,
    int *all)
{
	const struct reclist	*l = journal_list(j, R_GOAL);
	struct doc		 d;
	struct doc_error	 e;
	struct ynode		**items, *one;
	char			*path, **fit, **act;
	const char		*st, *t;
	size_t			 i, k, n, nfit = 0, nact = 0;
	int			 ok;

	fit = xcalloc(l->n + 1, sizeof(*fit));
	act = xcalloc(l->n + 1, sizeof(*act));
	for (i = 0; i < l->n; i++) {
		path = journal_path(j, l->v[i].rel);
		if (doc_loadat(&d, j->dirfd, l->v[i].rel, path, &e) != 0 ||
		    ((st = fm_str(&d, "status")) != NULL &&
		    strcmp(st, "active") != 0)) {
			doc_free(&d);
			free(path);
			continue;
		}
		t = fm_str(&d, "title") ? fm_str(&d, "title") : l->v[i].id;
		act[nact++] = xstrdup(t);
		ok = 0;
		n = ynode_items(fm_get(&d, "skills"), &items, &one);
		for (k = 0; k < n && !ok; k++)
			ok = items[k]->type == Y_SCALAR &&
			    person_covers(p, items[k]->str);
		n = ynode_items(fm_get(&d, "tags"), &items, &one);
		for (k = 0; k < n && !ok; k++)
			ok = items[k]->type == Y_SCALAR &&
			    person_covers(p, items[k]->str);
		if (ok)
			fit[nfit++] = xstrdup(t);
		doc_free(&d);
		free(path);
	}
	*all = nfit == 0;
	if (nfit == 0) {
		free(fit);
		*titles = act;
		return nact;
	}
	for (i = 0; i < nact; i++)
		free(act[i]);
	free(act);
	*titles = fit;
	return nfit;
}

/*
 * Add a paragraph wrapped at 72 columns, then a blank line.  Two spaces
 * between sentences stay two, as typed.
 */
static void
paragraph(struct buf *out, const char *text)
{
	const char	*p = text, *w;
	size_t		 col = 0, ww, n, sp;

	for (;;) {
		for (sp = 0; *p == ' '; p++)
			sp++;
		if (*p == '\0')
			break;
		for (w = p; *p != '\0' && *p != ' '; p++)
			;
		n = (size_t)(p - w);
		ww = utf8_width(w, n);
		sp = sp > 1 ? 2 : 1;
		if (col > 0 && col + sp + ww > 72) {
			buf_addch(out, '\n');
			col = 0;
		} else if (col > 0) {
			buf_add(out, "  ", sp);
			col += sp;
		}
		buf_add(out, w, n);
		col += ww;
	}
	buf_addstr(out, "\n\n");
}

/*
 * Text for the middle of a sentence: no final full stop, and "Cutting-edge
 * campaigns" as "cutting-edge campaigns" (but "API design" as it is).
 */
static char *
phrase(const char *s, int lower)
{
	char	*v = xstrdup(s);
	size_t	 n = strlen(v);

	while (n > 0 && (v[n - 1] == '.' || v[n - 1] == ' '))
		v[--n] = '\0';
	if (lower && isupper((unsigned char)v[0]) &&
	    islower((unsigned char)v[1]))
		v[0] = (char)tolower((unsigned char)v[0]);
	return v;
}

/*
 * A first message to a prospect, in Markdown: who is asking and why, the
 * goals that fit their areas, what they are known for, how we are
 * connected, and a request for 30 minutes.  The subject goes apart, for
 * a mail header or JSON.
 */
static void
outreach_message(struct journal *j, const struct person *p,
    struct buf *subject, struct buf *body)
{
	struct buf	 b = BUF_INIT;
	char		**titles, *first, *sp, *known, *conn;
	const char	*owner = j->set.owner;
	size_t		 nt, i;
	int		 all;

	buf_addf(subject, "A 30-minute conversation%s%s?",
	    p->field ? " about " : "", p->field ? p->field : "");
	first = xstrdup(p->name ? p->name : p->id);
	if ((sp = strchr(first, ' ')) != NULL)
		*sp = '\0';
	buf_addf(body, "Hi %s,\n\n", first);
	nt = fitting_goals(j, p, &titles, &all);
	if (owner != NULL)
		buf_addf(&b, "My name is %s.  ", owner);
	if (nt > 0)
		buf_addf(&b, "I am working on %s:", all ? "these goals" :
		    "goals close to your field");
	if (b.len > 0)
		paragraph(body, b.buf);
	for (i = 0; i < nt; i++)
		buf_addf(body, "- %s\n", titles[i]);
	if (nt > 0)
		buf_addch(body, '\n');
	known = p->known_for != NULL ? phrase(p->known_for, 1) : NULL;
	conn = p->connection != NULL ? phrase(p->connection, 0) : NULL;
	buf_reset(&b);
	if (known != NULL && conn != NULL)
		buf_addf(&b, "I am writing to you because of your work on %s, "
		    "and because of how we are connected: %s.", known, conn);
	else if (known != NULL)
		buf_addf(&b, "I am writing to you because of your work on "
		    "%s.", known);
	else if (conn != NULL)
		buf_addf(&b, "I am writing to you because of how we are "
		    "connected: %s.", conn);
	if (b.len > 0)
		paragraph(body, b.buf);
	paragraph(body, "Would you be open to a 30-minute conversation in "
	    "the coming weeks?  I would send a short agenda beforehand and "
	    "keep to the time.  If now is not a good moment, I understand "
	    "completely.");
	buf_addstr(body, "Thank you for considering it.\n\nBest regards,\n");
	if (owner != NULL)
		buf_addf(body, "%s\n", owner);
	for (i = 0; i < nt; i++)
		free(titles[i]);
	free(titles);
	free(first);
	free(known);
	free(conn);
	buf_release(&b);
}

/*
 * `outreach ID [--mark]`: the message on stdout, as a mail (a Subject:
 * line, a blank line, the body) or as JSON; --mark records that it went.
 */
static int
cmd_outreach(struct journal *j, int argc, char **argv)
{
	struct rec	 r;
	struct person	*v, *p;
	struct buf	 subject = BUF_INIT, body = BUF_INIT;
	struct json	 js;
	char		*args[2], *path;
	size_t		 n;
	int		 rc = 0, fmt = o.fmt == FMT_NONE ? FMT_MD : o.fmt;

	if (argc != 1)
		sub_usage(subs, NSUBS, &subs[5], 1);
	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "outreach prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_person(j, argv[0], &r);
	n = people_scan(j, today, &v);
	p = find_person(v, n, r.id);
	if (!p->ok) {
		rc = person_broken(j, p);
		goto out;
	}
	/* Marking an active mentor "contacted" would stop tracking them. */
	if (mark && !person_prospect(p)) {
		warnx("'%s' is %s, not a prospect: not marked", p->id,
		    p->status);
		rc = EX_USAGE;
		goto out;
	}
	outreach_message(j, p, &subject, &body);
	if (o.quiet)
		;
	else if (fmt == FMT_JSON) {
		path = journal_path(j, r.rel);
		json_init(&js, stdout);
		json_obj(&js);
		jstr(&js, "id", p->id);
		jstr(&js, "path", path);
		jstr(&js, "name", p->name);
		jstr(&js, "contact", p->contact);
		jstr(&js, "subject", subject.buf);
		jstr(&js, "body", body.buf);
		json_obj_end(&js);
		json_end(&js);
		free(path);
	} else
		printf("Subject: %s\n\n%s", subject.buf, body.buf);
	if (mark) {
		struct opts	 q = o;

		q.quiet = 1;
		args[0] = "status=contacted";
		args[1] = "contacted=today";
		rc = recop_set(j, &r, 2, args, &q);
	}
out:
	buf_release(&subject);
	buf_release(&body);
	people_free(v, n);
	rec_release(&r);
	return rc;
}

static const struct col coverage_cols[] = {
	{ "need", COL_STR }, { "covered", COL_BOOL }, { "people", COL_STR },
	{ "goals", COL_STR }, { "prospects", COL_STR }
};

/* One need of mentor.yaml and what answers it. */
struct need {
	const char	*name;
	struct buf	 ids[3];	/* people, goals, prospects: "a,b" */
};

static void
need_add(struct buf *b, const char *id)
{
	if (b->len > 0)
		buf_addch(b, ',');
	buf_addstr(b, id);
}

/* A comma-joined list of ids as a JSON array. */
static void
json_ids(struct json *js, const char *key, const struct buf *b)
{
	const char	*p, *e;

	json_key(js, key);
	json_arr(js);
	for (p = b->buf; b->len > 0; p = e + 1) {
		e = strchr(p, ',');
		json_strn(js, p, e != NULL ? (size_t)(e - p) : strlen(p));
		if (e == NULL)
			break;
	}
	json_arr_end(js);
}

/*
 * The board of mentors: each need of mentor.yaml, the active people whose
 * areas cover it and the goals whose skills train it; the needs no one
 * covers come first, with the prospects who would cover them.
 */
static int
cmd_coverage(struct journal *j, int argc, char **argv)
{
	const struct reclist	*gl = journal_list(j, R_GOAL);
	struct person		*v;
	struct need		*nd;
	struct lister		 ls;
	struct json		 js;
	struct doc		 d;
	struct doc_error	 e;
	struct ynode		**items, *one;
	const char		*cells[5];
	char			*path;
	size_t			 n, nn = j->set.nneeds, i, k, g, m, pass;
	int			 fmt, covered, rc = 0, st;

	if (argc != 0)
		sub_usage(subs, NSUBS, &subs[6], 1);
	fmt = opts_fmt(&o, FMT_TEXT);
	if (fmt == FMT_PATHS || fmt == FMT_MD)
		errx(EX_USAGE, "coverage prints text, tsv, json or jsonl, "
		    "not %s", fmt_name(fmt));
	if (nn == 0) {
		warnx("mentor.yaml lists no needs (needs: [public-speaking, "
		    "sql])");
		return EX_PROBLEM;
	}
	nd = xcalloc(nn, sizeof(*nd));
	for (i = 0; i < nn; i++) {
		nd[i].name = j->set.needs[i];
		for (k = 0; k < 3; k++)
			buf_init(&nd[i].ids[k]);
	}
	n = people_scan(j, today, &v);
	for (k = 0; k < n; k++) {
		if (!v[k].ok) {
			rc = status_merge(rc, person_broken(j, &v[k]));
			continue;
		}
		for (i = 0; i < nn; i++) {
			if (!person_covers(&v[k], nd[i].name))
				continue;
			if (strcmp(v[k].status, "active") == 0)
				need_add(&nd[i].ids[0], v[k].id);
			else if (person_prospect(&v[k]))
				need_add(&nd[i].ids[2], v[k].id);
		}
	}
	for (g = 0; g < gl->n; g++) {
		path = journal_path(j, gl->v[g].rel);
		if ((st = doc_loadat(&d, j->dirfd, gl->v[g].rel, path, &e)) !=
		    0) {
			diag(path, e.line, e.col, "%s", e.msg);
			rc = status_merge(rc, st);
		} else {
			m = ynode_items(fm_get(&d, "skills"), &items, &one);
			for (i = 0; i < nn; i++)
				for (k = 0; k < m; k++)
					if (items[k]->type == Y_SCALAR &&
					    strcmp(items[k]->str,
					    nd[i].name) == 0) {
						need_add(&nd[i].ids[1],
						    gl->v[g].id);
						break;
					}
		}
		doc_free(&d);
		free(path);
	}
	/* A covered need does not ask for prospects. */
	for (i = 0; i < nn; i++)
		if (nd[i].ids[0].len > 0)
			buf_reset(&nd[i].ids[2]);

	if (fmt == FMT_JSON || fmt == FMT_JSONL) {
		json_init(&js, stdout);
		if (fmt == FMT_JSON && !o.quiet)
			json_arr(&js);
	} else
		lister_begin(&ls, &o, FMT_TEXT, coverage_cols, 5);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < nn; i++) {
			covered = nd[i].ids[0].len > 0;
			if (covered != (int)pass || o.quiet)
				continue;
			if (fmt == FMT_JSON || fmt == FMT_JSONL) {
				json_obj(&js);
				json_key(&js, "need");
				json_str(&js, nd[i].name);
				json_key(&js, "covered");
				json_bool(&js, covered);
				json_ids(&js, "people", &nd[i].ids[0]);
				json_ids(&js, "goals", &nd[i].ids[1]);
				json_ids(&js, "prospects", &nd[i].ids[2]);
				json_obj_end(&js);
				if (fmt == FMT_JSONL)
					json_end(&js);
				continue;
			}
			cells[0] = nd[i].name;
			cells[1] = covered ? "yes" : "no";
			for (k = 0; k < 3; k++)
				cells[2 + k] = nd[i].ids[k].len ?
				    nd[i].ids[k].buf : NULL;
			lister_row(&ls, NULL, cells, NULL);
		}
	if (fmt == FMT_JSON || fmt == FMT_JSONL) {
		if (fmt == FMT_JSON && !o.quiet) {
			json_arr_end(&js);
			json_end(&js);
		}
	} else
		(void)lister_end(&ls);
	for (i = 0; i < nn; i++)
		for (k = 0; k < 3; k++)
			buf_release(&nd[i].ids[k]);
	free(nd);
	people_free(v, n);
	return rc;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		COMMON_LONG,
		{ "cadence",	  required_argument, NULL, OPT_CADENCE },
		{ "channel",	  required_argument, NULL, OPT_CHANNEL },
		{ "connection",	  required_argument, NULL, OPT_CONNECTION },
		{ "contact",	  required_argument, NULL, OPT_CONTACT },
		{ "field",	  required_argument, NULL, OPT_FIELD },
		{ "grep",	  required_argument, NULL, OPT_GREP },
		{ "ignore-case",  no_argument,	     NULL, 'i' },
		{ "known-for",	  required_argument, NULL, OPT_KNOWN_FOR },
		{ "mark",	  no_argument,	     NULL, OPT_MARK },
		{ "prospects",	  no_argument,	     NULL, OPT_PROSPECTS },
		{ "relationship", required_argument, NULL, OPT_RELATIONSHIP },
		{ "reverse",	  no_argument,	     NULL, 'r' },
		{ "role",	  required_argument, NULL, OPT_ROLE },
		{ "since",	  required_argument, NULL, OPT_SINCE },
		{ "status",	  required_argument, NULL, OPT_STATUS },
		{ NULL,		  0,		     NULL, 0 }
	};
	struct journal	 j;
	struct rec	 r;
	const struct sub *s;
	unsigned	 seen = 0;
	int		 c, rc, help = 0;

	out_init();
	opts_init(&o);
	while ((c = getopt_long(argc, argv, COMMON_SHORT LISTING_SHORT, longopts,
	    NULL)) != -1) {
		if (opts_common(&o, c, optarg) ||
		    opts_listing(&o, c, optarg, &seen))
			continue;
		if (c >= OPT_FIRST_LOCAL && c < OPT_FIRST_LOCAL + 24)
			seen |= O(c);
		switch (c) {
		case 'h':
			help = 1;
			break;
		case OPT_CADENCE:
			cadence = optarg;
			break;
		case OPT_CHANNEL:
			channel = optarg;
			break;
		case OPT_CONNECTION:
			connection = optarg;
			break;
		case OPT_CONTACT:
			contact = optarg;
			break;
		case OPT_FIELD:
			field = optarg;
			break;
		case OPT_GREP:
			grep = optarg;
			break;
		case OPT_KNOWN_FOR:
			known_for = optarg;
			break;
		case OPT_MARK:
			mark = 1;
			break;
		case OPT_PROSPECTS:
			prospects = 1;
			break;
		case OPT_RELATIONSHIP:
			relationship = optarg;
			break;
		case OPT_ROLE:
			role = optarg;
			break;
		case OPT_SINCE:
			since = optarg;
			break;
		case OPT_STATUS:
			status = optarg;
			break;
		default:
			sub_usage(subs, NSUBS, NULL, 1);
		}
	}
	argc -= optind;
	argv += optind;
	s = sub_select(subs, NSUBS, argc, argv, help, seen, optnames,
	    sizeof(optnames) / sizeof(optnames[0]));
	argc--;
	argv++;

	today = date_today();
	if ((rc = journal_find(&j, o.C, 0)) != 0)
		return rc;
	/* Writers commit what they write when autocommit is on. */
	if (strcmp(s->name, "list") != 0 && strcmp(s->name, "show") != 0 &&
	    strcmp(s->name, "coverage") != 0 &&
	    (strcmp(s->name, "outreach") != 0 || mark))
		commit_setup(&j, s->name);
	if (strcmp(s->name, "add") == 0)
		rc = cmd_add(&j, argc, argv);
	else if (strcmp(s->name, "list") == 0)
		rc = cmd_list(&j, argc, argv);
	else if (strcmp(s->name, "show") == 0)
		rc = cmd_show(&j, argc, argv);
	else if (strcmp(s->name, "outreach") == 0)
		rc = cmd_outreach(&j, argc, argv);
	else if (strcmp(s->name, "coverage") == 0)
		rc = cmd_coverage(&j, argc, argv);
	else {
		if (argc < 1 || (strcmp(s->name, "edit") == 0 && argc != 1) ||
		    (strcmp(s->name, "rename") == 0 && argc != 2) ||
		    (strcmp(s->name, "set") == 0 && argc < 2))
			sub_usage(subs, NSUBS, s, 1);
		resolve_person(&j, argv[0], &r);
		if (strcmp(s->name, "set") == 0)
			rc = recop_set(&j, &r, argc - 1, argv + 1, &o);
		else if (strcmp(s->name, "rename") == 0)
			rc = recop_rename(&j, &r, argv[1], &o);
		else
			rc = recop_edit(&j, &r, &o);
		rec_release(&r);
	}
	journal_close(&j);
	return out_close(rc);
}
