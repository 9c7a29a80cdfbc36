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
#define O_I	(1U << 24)
#define O_R	(1U << 25)
#define O_N	(1U << 26)

static const struct sub {
	const char	*name;
	unsigned	 opts;
	const char	*usage;
} subs[] = {
	{ "add", O(OPT_ROLE) | O(OPT_RELATIONSHIP) | O(OPT_STATUS) |
	    O(OPT_FIELD) | O(OPT_KNOWN_FOR) | O(OPT_CONNECTION) |
	    O(OPT_CADENCE) | O(OPT_CHANNEL) | O(OPT_CONTACT) | O(OPT_SINCE),
	  "add name [--role r] [--relationship t] [--status s] [--field f]\n"
	  "           [--known-for text] [--connection text] [--cadence c]\n"
	  "           [--channel c] [--contact c] [--since date]" },
	{ "list", O(OPT_ROLE) | O(OPT_STATUS) | O(OPT_RELATIONSHIP) |
	    O(OPT_GREP) | O(OPT_PROSPECTS) | O_I | O_R | O_N,
	  "list [-0iqr] [--prospects] [--role r] [--status s,...]\n"
	  "           [--relationship t] [--grep regex] [-n n] [-f format]\n"
	  "           [person ... | -]" },
	{ "show", 0, "show person [-f text|json|md]" },
	{ "set", 0, "set person key=value..." },
	{ "rename", 0, "rename person new-id" },
	{ "outreach", O(OPT_MARK), "outreach person [--mark]" },
	{ "coverage", 0, "coverage [-f text|tsv|json]" },
	{ "edit", 0, "edit person" },
};
#define NSUBS	(sizeof(subs) / sizeof(subs[0]))

static const char roles[] = "mentor|mentee|peer";
static const char relationships[] = "formal|informal|traditional|peer|"
    "reverse|group|virtual";
static const char statuses[] = "prospect|contacted|active|paused|ended";
static const char channels[] = "in-person|video|phone|email|chat";

static struct opts	 o;
static const char	*role, *relationship, *status, *field, *known_for,
			*connection, *cadence, *channel, *contact, *since,
			*grep;
static int		 prospects, mark, iflag, rflag;
static long		 nflag = -1;
static mdate		 today;

static void MENTOR_NORETURN
usage(int st, const struct sub *s)
{
	FILE	*f = st ? stderr : stdout;
	size_t	 i;

	if (s != NULL)
		fprintf(f, "usage: mentor-people %s\n", s->usage);
	else {
		fprintf(f, "usage: mentor-people [-0hq] [-C dir] [-f format] "
		    "command [argument ...]\n");
		for (i = 0; i < NSUBS; i++)
			fprintf(f, "       mentor-people %s\n", subs[i].usage);
	}
	exit(st ? EX_USAGE : out_close(0));
}

/* An enum argument: exit 64 naming the option and the values. */
static void
check_enum(const char *opt, const char *v, const char *set)
{
	struct buf	 b = BUF_INIT;
	const char	*p;

	if (v == NULL || schema_in_set(v, set))
		return;
	for (p = set; *p != '\0'; p++)
		if (*p == '|')
			buf_addstr(&b, ", ");
		else
			buf_addch(&b, *p);
	errx(EX_USAGE, "%s: unknown value '%s' (one of: %s)", opt, v, b.buf);
}

static void
yaml_line(struct buf *b, const char *key, const char *v)
{
	if (v == NULL)
		return;
	buf_addf(b, "%s: ", key);
	if (yaml_needs_quote(v))
		yaml_quote(v, b);
	else
		buf_addstr(b, v);
	buf_addch(b, '\n');
}

static int
cmd_add(struct journal *j, int argc, char **argv)
{
	struct buf	 b = BUF_INIT, slug = BUF_INIT;
	struct cadence	 cad;
	char		 ds[DATE_STRLEN], *dir, *made = NULL, *who;
	const char	*args[] = { argv[0], field, known_for, connection,
			    contact };
	size_t		 i;
	mdate		 d;
	int		 rc;

	if (argc != 1)
		usage(1, &subs[0]);
	for (i = 0; i < sizeof(args) / sizeof(args[0]); i++)
		if (args[i] != NULL && (strpbrk(args[i], "\r\n") != NULL ||
		    !utf8_valid(args[i], strlen(args[i]), NULL)))
			errx(EX_USAGE, "'%s' must be one line of text",
			    args[i]);
	if (*argv[0] == '\0')
		errx(EX_USAGE, "the name is empty");
	check_enum("--role", role, roles);
	check_enum("--relationship", relationship, relationships);
	check_enum("--status", status, statuses);
	check_enum("--channel", channel, channels);
	if (cadence != NULL && cadence_parse(cadence, &cad) != 0)
		errx(EX_USAGE, "--cadence: '%s' is not a cadence (weekly, "
		    "biweekly, monthly, quarterly, every N days|weeks, every "
		    "N-M weeks)", cadence);
	buf_addstr(&b, "---\n");
	yaml_line(&b, "name", argv[0]);
	yaml_line(&b, "role", role);
	yaml_line(&b, "relationship", relationship);
	yaml_line(&b, "status", status ? status : "prospect");
	yaml_line(&b, "field", field);
	yaml_line(&b, "known-for", known_for);
	yaml_line(&b, "connection", connection);
	if (since != NULL) {
		if (date_parse(since, today, j->set.week_start, &d) != 0)
			errx(EX_USAGE, "--since: bad date '%s' (YYYY-MM-DD, "
			    "today, -2w, ...)", since);
		date_format(d, ds);
		yaml_line(&b, "since", ds);
	}
	yaml_line(&b, "cadence", cadence);
	yaml_line(&b, "channel", channel);
	yaml_line(&b, "contact", contact);
	who = author_name(*j->root ? j->root : NULL);
	yaml_line(&b, "author", who);
	free(who);
	buf_addstr(&b, "---\n## Expectations\n\n## Boundaries\n");
	slug_make(argv[0], "person", &slug);
	dir = journal_path(j, "people");
	rc = file_create(j->abs, dir, slug.buf, ".md", b.buf, b.len, &made);
	if (rc == 0 && !o.quiet)
		path_put(stdout, made, o.nul);
	free(made);
	free(dir);
	buf_release(&b);
	buf_release(&slug);
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

static int
in_list(const char *v, const char *list)
{
	size_t		 n = strlen(v);
	const char	*p = list, *e;

	for (;;) {
		e = strchr(p, ',');
		if ((size_t)((e ? e : p + strlen(p)) - p) == n &&
		    strncmp(p, v, n) == 0)
			return 1;
		if (e == NULL)
			return 0;
		p = e + 1;
	}
}

/* Does the person's record match --grep (name, field, known-for...)? */
static int
person_grep(struct journal *j, struct ure *re, const struct person *p)
{
	struct doc		 d;
	struct doc_error	 e;
	char			*path = journal_path(j, p->rel);
	int			 hit = 0;

	if (doc_loadat(&d, j->dirfd, p->rel, path, &e) == 0)
		hit = ure_match(re, d.data, d.len);
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

static int
cmd_list(struct journal *j, int argc, char **argv)
{
	struct reclist	 args = { NULL, 0, 0 };
	struct person	*v, *p;
	struct lister	 ls;
	struct ure	*re = NULL;
	char		*cells[9], od[24], *path;
	const char	*colors[9];
	size_t		 n, i, k, shown = 0;
	int		 rc = 0, st;

	check_enum("--role", role, roles);
	check_enum("--relationship", relationship, relationships);
	if (status != NULL) {
		char *copy = xstrdup(status), *tok, *save;

		for (tok = strtok_r(copy, ",", &save); tok != NULL;
		    tok = strtok_r(NULL, ",", &save))
			check_enum("--status", tok, statuses);
		free(copy);
	}
	if (grep != NULL)
		re = ure_compile(grep, iflag);
	if (argc > 0)
		rc = journal_args(j, RT_MASK(R_PERSON), argc, argv, o.nul,
		    &args);
	n = people_scan(j, today, 0, &v);
	if (prospects)
		lister_begin(&ls, &o, FMT_PATHS, prospect_cols, 8);
	else
		lister_begin(&ls, &o, FMT_PATHS, people_cols, 9);
	for (k = 0; k < n; k++) {
		p = &v[rflag ? n - 1 - k : k];
		if (argc > 0) {
			for (i = 0; i < args.n; i++)
				if (strcmp(args.v[i].id, p->id) == 0)
					break;
			if (i == args.n)
				continue;
		}
		if ((prospects && !person_prospect(p)) ||
		    (role != NULL && (p->role == NULL ||
		    strcmp(p->role, role) != 0)) ||
		    (relationship != NULL && (p->relationship == NULL ||
		    strcmp(p->relationship, relationship) != 0)) ||
		    (status != NULL && !in_list(p->status, status)) ||
		    (re != NULL && !person_grep(j, re, p)))
			continue;
		if (nflag >= 0 && shown >= (size_t)nflag)
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
	if (rc == 0)
		rc = st;
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

/* The goals whose mentor is id, in id order. */
static size_t
mentored_goals(struct journal *j, const char *id, char ***ids,
    char ***titles)
{
	const struct reclist	*l = journal_list(j, R_GOAL);
	struct doc		 d;
	struct doc_error	 e;
	const char		*m;
	char			*path;
	size_t			 i, n = 0;

	*ids = xcalloc(l->n + 1, sizeof(**ids));
	*titles = xcalloc(l->n + 1, sizeof(**titles));
	for (i = 0; i < l->n; i++) {
		path = journal_path(j, l->v[i].rel);
		if (doc_loadat(&d, j->dirfd, l->v[i].rel, path, &e) == 0 &&
		    (m = fm_str(&d, "mentor")) != NULL && strcmp(m, id) == 0) {
			(*ids)[n] = xstrdup(l->v[i].id);
			(*titles)[n++] = xstrdup(fm_str(&d, "title") ?
			    fm_str(&d, "title") : l->v[i].id);
		}
		doc_free(&d);
		free(path);
	}
	return n;
}

static struct person *
find_person(struct person *v, size_t n, const char *id)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i].id, id) == 0)
			return &v[i];
	return NULL;
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

static void
show_json(struct journal *j, const struct person *p, const char *path,
    const struct buf *ex, const struct buf *bo, char **gids,
    char **gtitles, size_t ng, const struct about *ab, size_t nm)
{
	struct json	 js;
	size_t		 i;

	json_init(&js, stdout);
	json_obj(&js);
	jstr(&js, "id", p->id);
	jstr(&js, "path", path);
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
	jstr(&js, "cadence", p->tracked && p->has_cad && p->cadence == NULL ?
	    j->set.cadence : p->cadence);
	jstr(&js, "channel", p->channel);
	jstr(&js, "contact", p->contact);
	jdate(&js, "contacted", p->contacted);
	jdate(&js, "follow-up", p->followup);
	jdate(&js, "last", p->last);
	jdate(&js, "next-due", p->next_due);
	json_key(&js, "overdue_days");
	if (p->tracked && p->next_due != DATE_NONE)
		json_int(&js, p->overdue_days);
	else
		json_null(&js);
	jstr(&js, "expectations", ex->len ? ex->buf : NULL);
	jstr(&js, "boundaries", bo->len ? bo->buf : NULL);
	json_key(&js, "goals");
	json_arr(&js);
	for (i = 0; i < ng; i++) {
		json_obj(&js);
		jstr(&js, "id", gids[i]);
		jstr(&js, "title", gtitles[i]);
		json_obj_end(&js);
	}
	json_arr_end(&js);
	json_key(&js, "entries");
	json_arr(&js);
	for (i = 0; i < nm; i++) {
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

static void
show_text(struct journal *j, const struct person *p, int md,
    const struct buf *ex, const struct buf *bo, char **gids,
    char **gtitles, size_t ng, const struct about *ab, size_t nm)
{
	const char	*ind = md ? "- " : "  ";
	char		 ds[DATE_STRLEN];
	size_t		 i;

	if (md)
		printf("# %s\n\n", p->name ? p->name : p->id);
	else
		printf("%s: %s\n", p->id, p->name ? p->name : "");
	printf("%s%s", ind, p->status);
	if (p->role != NULL)
		printf(" %s", p->role);
	if (p->relationship != NULL)
		printf(", %s", p->relationship);
	if (p->channel != NULL)
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
	if (p->tracked && p->has_cad) {
		printf("%scadence: %s", ind, p->cadence ? p->cadence :
		    j->set.cadence);
		if (p->last != DATE_NONE) {
			date_format(p->last, ds);
			printf(", last check-in %s", ds);
		}
		if (p->next_due != DATE_NONE) {
			date_format(p->next_due, ds);
			printf(", next due %s", ds);
			if (p->overdue_days > 0)
				printf(" (%d day%s overdue)", p->overdue_days,
				    p->overdue_days == 1 ? "" : "s");
		}
		if (p->planned != DATE_NONE) {
			date_format(p->planned, ds);
			printf(", planned %s", ds);
		}
		printf("\n");
	}
	printf("\n%s\n\n%s\n", md ? "## Expectations" : "expectations:",
	    ex->len ? ex->buf : "(none)");
	printf("\n%s\n\n%s\n", md ? "## Boundaries" : "boundaries:",
	    bo->len ? bo->buf : "(none)");
	printf("\n%s\n\n", md ? "## Goals they mentor" :
	    "goals they mentor:");
	for (i = 0; i < ng; i++)
		printf("%s%s  %s\n", ind, gids[i], gtitles[i]);
	if (ng == 0)
		printf("%s(none)\n", ind);
	printf("\n%s\n\n", md ? "## Last entries" : "last entries:");
	for (i = 0; i < nm; i++) {
		date_format(ab->met[i].date, ds);
		if (md)
			printf("- %s [%s](%s)\n", ds, ab->met[i].title,
			    ab->met[i].path);
		else
			printf("  %s  %s  %s\n", ds, ab->met[i].title,
			    ab->met[i].path);
	}
	if (nm == 0)
		printf("%s(none)\n", ind);
	printf("\n%s\n\n", md ? "## Open action items" :
	    "open action items:");
	for (i = 0; i < ab->nacts; i++)
		printf("%s%s:%u: [%c] %s%s\n", ind, ab->acts[i].path,
		    ab->acts[i].line, ab->acts[i].status, ab->acts[i].text,
		    ab->acts[i].overdue ? "  (overdue)" : "");
	if (ab->nacts == 0)
		printf("%s(none)\n", ind);
}

static int
cmd_show(struct journal *j, int argc, char **argv)
{
	struct rec		 r;
	struct doc		 d;
	struct doc_error	 e;
	struct person		*v, *p;
	struct about		 ab;
	struct walk		 w;
	struct buf		 ex = BUF_INIT, bo = BUF_INIT;
	char			**gids, **gtitles, *path;
	size_t			 n, ng, i, nm;
	int			 rc, fmt = o.fmt == FMT_NONE ? FMT_TEXT :
				    o.fmt;

	if (argc != 1)
		usage(1, &subs[2]);
	if (fmt != FMT_TEXT && fmt != FMT_JSON && fmt != FMT_MD)
		errx(EX_USAGE, "show prints text, json or md, not %s",
		    fmt_name(fmt));
	resolve_person(j, argv[0], &r);
	path = journal_path(j, r.rel);
	if ((rc = doc_loadat(&d, j->dirfd, r.rel, path, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(&d);
		free(path);
		rec_release(&r);
		return rc;
	}
	section_text(&d, "Expectations", &ex);
	section_text(&d, "Boundaries", &bo);
	doc_free(&d);
	n = people_scan(j, today, 0, &v);
	p = find_person(v, n, r.id);
	ng = mentored_goals(j, r.id, &gids, &gtitles);
	memset(&ab, 0, sizeof(ab));
	ab.id = r.id;
	memset(&w, 0, sizeof(w));
	w.ctx = &ab;
	w.look = about_look;
	w.out = about_out;
	w.free_res = seen_entry_free;
	walk_records(j, NULL, R_ENTRY, &w);
	if (ab.nmet > 1)
		qsort(ab.met, ab.nmet, sizeof(*ab.met), met_cmp);
	nm = ab.nmet < 5 ? ab.nmet : 5;
	if (o.quiet)
		;
	else if (fmt == FMT_JSON)
		show_json(j, p, path, &ex, &bo, gids, gtitles, ng, &ab, nm);
	else
		show_text(j, p, fmt == FMT_MD, &ex, &bo, gids, gtitles, ng,
		    &ab, nm);
	for (i = 0; i < ab.nmet; i++) {
		free(ab.met[i].eid);
		free(ab.met[i].path);
		free(ab.met[i].title);
	}
	free(ab.met);
	for (i = 0; i < ab.nacts; i++) {
		free(ab.acts[i].path);
		free(ab.acts[i].text);
	}
	free(ab.acts);
	for (i = 0; i < ng; i++) {
		free(gids[i]);
		free(gtitles[i]);
	}
	free(gids);
	free(gtitles);
	people_free(v, n);
	buf_release(&ex);
	buf_release(&bo);
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
 * A first message to a prospect, in Markdown: who is asking and why, the
 * goals that fit their field, what they are known for, how we are
 * connected, and a request for 30 minutes.
 */
static int
cmd_outreach(struct journal *j, int argc, char **argv)
{
	struct rec	 r;
	struct person	*v, *p;
	char		**titles, *first, *sp, *args[2], *known = NULL;
	const char	*owner = j->set.owner ? j->set.owner : "me";
	size_t		 n, nt, i;
	int		 all, rc = 0;

	if (argc != 1)
		usage(1, &subs[5]);
	resolve_person(j, argv[0], &r);
	n = people_scan(j, today, 0, &v);
	p = find_person(v, n, r.id);
	first = xstrdup(p->name ? p->name : p->id);
	if ((sp = strchr(first, ' ')) != NULL)
		*sp = '\0';
	nt = fitting_goals(j, p, &titles, &all);
	/* "Cutting-edge campaigns" reads as "your work on cutting-edge..." */
	if (p->known_for != NULL) {
		known = xstrdup(p->known_for);
		if (isupper((unsigned char)known[0]) &&
		    islower((unsigned char)known[1]))
			known[0] = (char)tolower((unsigned char)known[0]);
	}
	if (!o.quiet) {
		printf("Subject: A 30-minute conversation%s%s?\n\n",
		    p->field ? " about " : "", p->field ? p->field : "");
		printf("Hi %s,\n\n", first);
		printf("My name is %s.", owner);
		if (nt > 0) {
			printf(" I am working on %s:\n\n", all ?
			    "these goals" : "goals close to your field");
			for (i = 0; i < nt; i++)
				printf("- %s\n", titles[i]);
			printf("\n");
		} else
			printf("\n\n");
		if (p->known_for != NULL && p->connection != NULL)
			printf("I am writing to you because of your work on "
			    "%s, and because of how\nwe are connected: %s.\n\n",
			    known, p->connection);
		else if (p->known_for != NULL)
			printf("I am writing to you because of your work on "
			    "%s.\n\n", known);
		else if (p->connection != NULL)
			printf("We are connected through %s.\n\n",
			    p->connection);
		printf("Would you be open to a 30-minute conversation in the "
		    "coming weeks?  I\nwould send a short agenda beforehand "
		    "and keep to the time.  If now is not\na good moment, I "
		    "understand completely.\n\n");
		printf("Thank you for considering it.\n\nBest regards,\n"
		    "%s\n", owner);
	}
	if (mark) {
		struct opts	 q = o;

		q.quiet = 1;
		args[0] = "status=contacted";
		args[1] = "contacted=today";
		rc = recop_set(j, &r, 2, args, &q);
	}
	for (i = 0; i < nt; i++)
		free(titles[i]);
	free(titles);
	free(first);
	free(known);
	people_free(v, n);
	rec_release(&r);
	return rc;
}

static const struct col coverage_cols[] = {
	{ "need", COL_STR }, { "covered", COL_BOOL }, { "people", COL_STR },
	{ "goals", COL_STR }, { "prospects", COL_STR }
};

/* The board of mentors: each need, who covers it, what trains it. */
static int
cmd_coverage(struct journal *j, int argc, char **argv)
{
	const struct reclist	*gl = journal_list(j, R_GOAL);
	struct person		*v;
	struct lister		 ls;
	struct doc		 d;
	struct doc_error	 e;
	struct ynode		**items, *one;
	struct buf		*people, *goals, *pros;
	char			*path, *cells[5];
	size_t			 n, i, k, g, m, pass;
	int			 covered, rc;

	if (argc != 0)
		usage(1, &subs[6]);
	if (j->set.nneeds == 0) {
		warnx("mentor.yaml lists no needs (needs: [public-speaking, "
		    "sql])");
		return EX_PROBLEM;
	}
	n = people_scan(j, today, 0, &v);
	people = xcalloc(j->set.nneeds, sizeof(*people));
	goals = xcalloc(j->set.nneeds, sizeof(*goals));
	pros = xcalloc(j->set.nneeds, sizeof(*pros));
	for (i = 0; i < j->set.nneeds; i++) {
		buf_init(&people[i]);
		buf_init(&goals[i]);
		buf_init(&pros[i]);
		for (k = 0; k < n; k++) {
			if (!person_covers(&v[k], j->set.needs[i]))
				continue;
			if (strcmp(v[k].status, "active") == 0)
				buf_addf(&people[i], "%s%s", people[i].len ?
				    "," : "", v[k].id);
			else if (person_prospect(&v[k]))
				buf_addf(&pros[i], "%s%s", pros[i].len ? "," :
				    "", v[k].id);
		}
	}
	for (g = 0; g < gl->n; g++) {
		path = journal_path(j, gl->v[g].rel);
		if (doc_loadat(&d, j->dirfd, gl->v[g].rel, path, &e) == 0) {
			m = ynode_items(fm_get(&d, "skills"), &items, &one);
			for (i = 0; i < j->set.nneeds; i++)
				for (k = 0; k < m; k++)
					if (items[k]->type == Y_SCALAR &&
					    strcmp(items[k]->str,
					    j->set.needs[i]) == 0)
						buf_addf(&goals[i], "%s%s",
						    goals[i].len ? "," : "",
						    gl->v[g].id);
		}
		doc_free(&d);
		free(path);
	}
	path = journal_path(j, "mentor.yaml");
	lister_begin(&ls, &o, FMT_TEXT, coverage_cols, 5);
	/* Uncovered needs first, then the covered ones, each in order. */
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < j->set.nneeds; i++) {
			covered = people[i].len > 0;
			if (covered != (int)pass)
				continue;
			cells[0] = j->set.needs[i];
			cells[1] = covered ? "yes" : "no";
			cells[2] = people[i].len ? people[i].buf : NULL;
			cells[3] = goals[i].len ? goals[i].buf : NULL;
			cells[4] = !covered && pros[i].len ? pros[i].buf :
			    NULL;
			lister_row(&ls, path, (const char *const *)cells,
			    NULL);
		}
	rc = lister_end(&ls);
	for (i = 0; i < j->set.nneeds; i++) {
		buf_release(&people[i]);
		buf_release(&goals[i]);
		buf_release(&pros[i]);
	}
	free(people);
	free(goals);
	free(pros);
	free(path);
	people_free(v, n);
	return rc;
}

static const struct sub *
find_sub(const char *name)
{
	size_t	 i;

	for (i = 0; i < NSUBS; i++)
		if (strcmp(name, subs[i].name) == 0)
			return &subs[i];
	return NULL;
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
	char		*end;
	int		 c, rc, help = 0;

	out_init();
	opts_init(&o);
	while ((c = getopt_long(argc, argv, COMMON_SHORT "in:r", longopts,
	    NULL)) != -1) {
		if (opts_common(&o, c, optarg))
			continue;
		if (c >= OPT_FIRST_LOCAL && c < OPT_FIRST_LOCAL + 24)
			seen |= O(c);
		switch (c) {
		case 'h':
			help = 1;
			break;
		case 'i':
			iflag = 1;
			seen |= O_I;
			break;
		case 'n':
			nflag = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || nflag < 0)
				errx(EX_USAGE, "-n: bad number '%s'", optarg);
			seen |= O_N;
			break;
		case 'r':
			rflag = 1;
			seen |= O_R;
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
			usage(1, NULL);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage(help ? 0 : 1, NULL);
	if ((s = find_sub(argv[0])) == NULL) {
		warnx("unknown command '%s' (add, list, show, set, rename, "
		    "outreach, coverage, edit)", argv[0]);
		usage(1, NULL);
	}
	if (help)
		usage(0, s);
	if (seen & ~s->opts)
		errx(EX_USAGE, "an option given does not go with '%s' (see "
		    "'mentor-people %s --help')", s->name, s->name);
	argc--;
	argv++;

	today = date_today();
	if ((rc = journal_find(&j, o.C, 0)) != 0)
		return rc;
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
			usage(1, s);
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
