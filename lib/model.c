#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"

/*
 * The model: people, goals, entries and mentor.yaml's settings, built
 * from parsed records.  This is the one place that reads fields.  Every
 * field is first checked against the schema (check_fields, the checks
 * mentor-check runs too), then read: a value that failed its check reads
 * as absent, and the problem stays in the caller's vctx.
 */

static const int problem_check[] = {
	[VP_DATE] = C_DATES, [VP_ENUM] = C_ENUMS, [VP_CADENCE] = C_CADENCE,
	[VP_DURATION] = C_DURATION, [VP_BOOL] = C_TYPES, [VP_WEEKDAY] = C_CONFIG
};

static const char *
shape(const struct ynode *n)
{
	if (n->type == Y_MAP)
		return "a mapping";
	if (n->type == Y_SEQ)
		return "a list";
	return "a single value";
}

/* Check a reference to a record of type t. */
static void
check_ref(struct vctx *cx, const struct ynode *n, enum rtype t,
    const char *key)
{
	const char	*near;

	if (n->type != Y_SCALAR || ynode_null(n) || cx->j == NULL)
		return;
	if (journal_find_id(cx->j, t, n->str) != NULL)
		return;
	if ((near = journal_near(cx->j, t, n->str)) != NULL)
		vctx_report(cx, n->line, n->col, C_REFS, "%s: '%s' names no "
		    "%s (did you mean '%s'?)", key, n->str, rtype_name(t),
		    near);
	else
		vctx_report(cx, n->line, n->col, C_REFS, "%s: '%s' names no "
		    "%s", key, n->str, rtype_name(t));
}

static int
item_cmp(const void *a, const void *b)
{
	const struct ynode	*x = *(const struct ynode *const *)a;
	const struct ynode	*y = *(const struct ynode *const *)b;
	int			 c = strcmp(x->str, y->str);

	return c != 0 ? c : x->off < y->off ? -1 : x->off > y->off;
}

/*
 * A list naming the same value twice (with: [jane-smith, jane-smith])
 * gets a warning at each repeat.  Long lists are sorted, not compared
 * item by item, so a list of any length is checked in n log n.
 */
static void
check_repeats(struct vctx *cx, const struct field *f, struct ynode **items,
    size_t k)
{
	struct ynode	**v;
	size_t		 i, j, n = 0;

	if (!cx->enabled[C_DUPLICATES] || k < 2)
		return;
	v = xreallocarray(NULL, k, sizeof(*v));
	for (i = 0; i < k; i++)
		if (items[i]->type == Y_SCALAR && !ynode_null(items[i]))
			v[n++] = items[i];
	if (n > 1)
		qsort(v, n, sizeof(*v), item_cmp);
	for (i = 0; i < n; i = j)
		for (j = i + 1; j < n && strcmp(v[i]->str, v[j]->str) == 0;
		    j++)
			vctx_report(cx, v[j]->line, v[j]->col, C_DUPLICATES,
			    "%s: '%s' is listed twice (first at line %u)",
			    f->key, v[j]->str, v[i]->line);
	free(v);
}

/* Check one field's value against its spec. */
static void
check_field(struct vctx *cx, const struct field *f, struct ynode *v,
    int enumcheck)
{
	struct ynode	**items, *one, *val;
	struct buf	 msg = BUF_INIT;
	size_t		 i, k;
	int		 vp;

	switch (f->type) {
	case F_LIST:
	case F_PEOPLE:
	case F_GOALS:
		if (v->type == Y_MAP) {
			vctx_report(cx, v->line, v->col, C_TYPES, "%s: want a "
			    "list or a single value, not a mapping", f->key);
			return;
		}
		k = ynode_items(v, &items, &one);
		for (i = 0; i < k; i++) {
			if (items[i]->type != Y_SCALAR) {
				vctx_report(cx, items[i]->line, items[i]->col,
				    C_TYPES, "%s: list items must be single "
				    "values, not %s", f->key, shape(items[i]));
				continue;
			}
			if (f->type == F_PEOPLE)
				check_ref(cx, items[i], R_PERSON, f->key);
			else if (f->type == F_GOALS)
				check_ref(cx, items[i], R_GOAL, f->key);
		}
		check_repeats(cx, f, items, k);
		return;
	case F_RATINGS:
		if (ynode_null(v))
			return;
		if (v->type != Y_MAP) {
			vctx_report(cx, v->line, v->col, C_TYPES, "ratings: want "
			    "a mapping of skill: rating, not %s", shape(v));
			return;
		}
		for (i = 0; i + 1 < v->nkids; i += 2) {
			val = v->kids[i + 1];
			if (val->type != Y_SCALAR)
				vctx_report(cx, val->line, val->col, C_TYPES,
				    "ratings: '%s' wants a number, not %s",
				    v->kids[i]->str, shape(val));
			else if (rating_value(val->str) == 0)
				vctx_report(cx, val->line, val->col, C_RATINGS,
				    "rating '%s' must be a whole number from "
				    "1 to 5, not '%s'", v->kids[i]->str,
				    val->str);
		}
		return;
	default:
		break;
	}
	if (v->type != Y_SCALAR) {
		vctx_report(cx, v->line, v->col, C_TYPES, "%s: want a single "
		    "value, not %s", f->key, shape(v));
		return;
	}
	if (ynode_null(v))
		return;
	if (f->type == F_PERSON) {
		check_ref(cx, v, R_PERSON, f->key);
		return;
	}
	if ((vp = schema_value(f, v->str, &msg)) != VP_OK)
		vctx_report(cx, v->line, v->col, enumcheck == C_CONFIG &&
		    vp != VP_DATE ? C_CONFIG : problem_check[vp], "%s",
		    msg.buf);
	buf_release(&msg);
}

/*
 * Check the front matter of a record against the fields of its type (or
 * of mentor.yaml): required ones, shapes, values, references; and, under
 * --strict (C_UNKNOWN enabled), the keys the tools do not know.
 */
static void
check_fields(struct vctx *cx, const struct doc *d, int which,
    const char *what, int enumcheck, mdate named)
{
	const struct field	*f;
	struct ynode		*v, *k;
	size_t			 i;

	for (f = schema_fields(which); f->key != NULL; f++) {
		if ((v = fm_get(d, f->key)) == NULL) {
			/* An entry without a date takes its file name's. */
			if (f->required && !(named != DATE_NONE &&
			    strcmp(f->key, "date") == 0))
				vctx_report(cx, 1, 1, C_REQUIRED, "no '%s' (%s "
				    "needs one)", f->key, what);
			continue;
		}
		if (f->required && (ynode_null(v) ||
		    (v->type == Y_SCALAR && v->len == 0))) {
			vctx_report(cx, v->line, v->col, C_REQUIRED, "'%s' is "
			    "empty (%s needs one)", f->key, what);
			continue;
		}
		check_field(cx, f, v, enumcheck);
	}
	if (!cx->enabled[C_UNKNOWN])
		return;
	for (i = 0; i + 1 < d->fm->nkids; i += 2) {
		k = d->fm->kids[i];
		if (schema_field(which, k->str) == NULL)
			vctx_report(cx, k->line, k->col, C_UNKNOWN, "unknown "
			    "key '%s'", k->str);
	}
}

/* The task items' own rules: real dates, done: only when done. */
static void
check_tasks(struct vctx *cx, const struct doc *d)
{
	const struct task	*t;
	size_t			 i;

	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		if (t->badtok_col)
			vctx_report(cx, t->line, t->badtok_col, C_TASKS, "'%s' "
			    "is not a real date (want YYYY-MM-DD)", t->badtok);
		if (t->done != DATE_NONE && t->status != TASK_DONE)
			vctx_report(cx, t->line, t->done_col, C_TASKS, "done: "
			    "on an item that is %s, not done",
			    task_status_word(t->status));
	}
}

/*
 * Reading values, after the checks: what failed a check reads as absent.
 */

/* A scalar field's text (NULL when absent, null or not a scalar). */
static const char *
get_str(struct arena *a, const struct doc *d, const char *key)
{
	return arena_strdup(a, fm_str(d, key));
}

static mdate
get_date(const struct doc *d, const char *key)
{
	const char	*v = fm_str(d, key);
	mdate		 x;

	if (v == NULL || date_field(v, strlen(v), &x) != 0)
		return DATE_NONE;
	return x;
}

/*
 * An enum field: its index among the schema's values, or -1 when it is
 * absent or unknown; *text gets it as written (or deflt when absent).
 */
static int
get_enum(struct arena *a, const struct doc *d, int which, const char *key,
    const char *deflt, const char **text)
{
	const char	*v = fm_str(d, key);

	*text = arena_strdup(a, v != NULL ? v : deflt);
	if (*text == NULL)
		return -1;
	return schema_enum(schema_field(which, key), *text);
}

static int
get_bool(const struct doc *d, const char *key)
{
	const char	*v = fm_str(d, key);
	int		 b;

	return v != NULL && parse_bool(v, &b) == 0 && b;
}

/* An empty vector, for the many lists that are. */
static const char *empty[1] = { NULL };

/* A list field's scalars, as a NULL-ended vector in the arena. */
static const char **
get_list(struct arena *a, const struct doc *d, const char *key, size_t *n)
{
	struct ynode	**items, *one;
	const char	**v;
	size_t		 i, k;

	k = ynode_items(fm_get(d, key), &items, &one);
	*n = 0;
	if (k == 0)
		return empty;
	v = arena_alloc(a, (k + 1) * sizeof(*v));
	for (i = *n = 0; i < k; i++)
		if (items[i]->type == Y_SCALAR && !ynode_null(items[i]))
			v[(*n)++] = arena_strdup(a, items[i]->str);
	v[*n] = NULL;
	return v;
}

static const char **
copy_strv(struct arena *a, const char *const *s, size_t n)
{
	const char	**v;
	size_t		 i;

	if (n == 0)
		return empty;
	v = arena_alloc(a, (n + 1) * sizeof(*v));
	for (i = 0; i < n; i++)
		v[i] = arena_strdup(a, s[i]);
	v[n] = NULL;
	return v;
}

/* The task items of a doc, as items; live says whether they can be late. */
static struct item *
get_items(struct arena *a, const struct doc *d, int live, mdate today)
{
	const struct task	*t;
	struct item		*v, *it;
	size_t			 i;

	v = arena_alloc(a, (d->ntasks + 1) * sizeof(*v));
	for (i = 0; i < d->ntasks; i++) {
		t = &d->tasks[i];
		it = &v[i];
		it->line = t->line;
		it->status = t->status;
		it->text = arena_strdup(a, t->text);
		it->due = t->due;
		it->done = t->done;
		it->people = copy_strv(a, t->people, t->npeople);
		it->npeople = t->npeople;
		it->tags = copy_strv(a, t->tags, t->ntags);
		it->ntags = t->ntags;
		it->overdue = live && task_status_live(t->status) &&
		    t->due != DATE_NONE && t->due < today;
	}
	return v;
}

/*
 * What a model of the doc takes, about: its front matter and task items
 * copied (the body only when notes are read), and their vectors.
 */
static size_t
model_size(const struct doc *d, int body)
{
	size_t	 n = d->close_end + 128, i;

	for (i = 0; i < d->ntasks; i++)
		n += d->tasks[i].eol - d->tasks[i].off + sizeof(struct item) +
		    2 * sizeof(char *);
	return body ? n + d->len - d->close_end : n;
}

static struct entry *entry_pack(const struct entry *);

/* Build a person from a parsed record. */
struct person *
model_person(const struct doc *d, const struct rec *r, const char *path,
    struct vctx *cx)
{
	struct person	*p = xcalloc(1, sizeof(*p));
	struct arena	*a = &p->mem;
	struct buf	 b = BUF_INIT;

	a->first = model_size(d, 1);
	check_fields(cx, d, R_PERSON, "a person", C_ENUMS, DATE_NONE);
	check_tasks(cx, d);
	p->id = arena_strdup(a, r->id);
	p->rel = arena_strdup(a, r->rel);
	p->path = arena_strdup(a, path);
	p->name = get_str(a, d, "name");
	p->field = get_str(a, d, "field");
	p->known_for = get_str(a, d, "known-for");
	p->connection = get_str(a, d, "connection");
	p->contact = get_str(a, d, "contact");
	p->author = get_str(a, d, "author");
	p->role_v = get_enum(a, d, R_PERSON, "role", NULL, &p->role);
	p->relationship_v = get_enum(a, d, R_PERSON, "relationship", NULL,
	    &p->relationship);
	/* A person with no status is one the user works with. */
	p->status_v = get_enum(a, d, R_PERSON, "status", "active",
	    &p->status);
	p->channel_v = get_enum(a, d, R_PERSON, "channel", NULL, &p->channel);
	p->areas = get_list(a, d, "areas", &p->nareas);
	p->tags = get_list(a, d, "tags", &p->ntags);
	p->since = get_date(d, "since");
	p->contacted = get_date(d, "contacted");
	p->cadence = get_str(a, d, "cadence");
	if (body_section(d, "Expectations", &b) == 0 && b.len > 0)
		p->expectations = arena_strndup(a, b.buf, b.len);
	buf_reset(&b);
	if (body_section(d, "Boundaries", &b) == 0 && b.len > 0)
		p->boundaries = arena_strndup(a, b.buf, b.len);
	buf_release(&b);
	p->last = p->last_entry = p->planned = p->next_due = p->late =
	    p->followup = DATE_NONE;
	return p;
}

/*
 * The day a goal was finished (key done or dropped), read only when its
 * status says so (fits); a date on a goal of another status is warned
 * about, and reads as absent.
 */
static mdate
finished(struct vctx *cx, const struct doc *d, const char *key, int fits)
{
	const struct ynode	*v = fm_get(d, key);
	mdate			 x = get_date(d, key);

	if (x != DATE_NONE && !fits)
		vctx_report(cx, v->line, v->col, C_FINISHED, "%s: on a goal "
		    "whose status is %s, not %s", key, fm_str(d, "status") ?
		    fm_str(d, "status") : "active", key);
	return fits ? x : DATE_NONE;
}

/* Build a goal and its milestones, as of today. */
struct goal *
model_goal(const struct doc *d, const struct rec *r, const char *path,
    mdate today, struct vctx *cx)
{
	struct goal		*g = xcalloc(1, sizeof(*g));
	struct arena		*a = &g->mem;
	const struct item	*m, *nx = NULL;
	size_t			 i;

	a->first = model_size(d, 0);
	check_fields(cx, d, R_GOAL, "a goal", C_ENUMS, DATE_NONE);
	check_tasks(cx, d);
	g->id = arena_strdup(a, r->id);
	g->rel = arena_strdup(a, r->rel);
	g->path = arena_strdup(a, path);
	g->title = get_str(a, d, "title");
	if (g->title == NULL)
		g->title = g->id;
	g->term_v = get_enum(a, d, R_GOAL, "term", NULL, &g->term);
	g->status_v = get_enum(a, d, R_GOAL, "status", "active", &g->status);
	g->mentor = get_str(a, d, "mentor");
	g->author = get_str(a, d, "author");
	g->created = get_date(d, "created");
	g->due = get_date(d, "due");
	g->done_on = finished(cx, d, "done", g->status_v == GS_DONE);
	g->dropped_on = finished(cx, d, "dropped", g->status_v == GS_DROPPED);
	g->skills = get_list(a, d, "skills", &g->nskills);
	g->tags = get_list(a, d, "tags", &g->ntags);
	g->live = g->status_v == GS_ACTIVE;
	g->ms = get_items(a, d, g->live, today);
	g->nms = d->ntasks;
	g->next = -1;
	for (i = 0; i < g->nms; i++) {
		m = &g->ms[i];
		if (m->status == TASK_DROPPED)
			continue;
		g->total++;
		g->done += m->status == TASK_DONE;
		g->noverdue += m->overdue;
		if (!task_status_live(m->status))
			continue;
		/* The earliest due date first, undated last, then file order. */
		if (nx == NULL || (m->due != DATE_NONE && (nx->due == DATE_NONE ||
		    m->due < nx->due))) {
			nx = m;
			g->next = (int)i;
		}
	}
	g->overdue = g->live && ((g->due != DATE_NONE && g->due < today) ||
	    g->noverdue > 0);
	return g;
}

/* The ratings: skill names with a rating from 1 to 5, in file order. */
static struct rating *
get_ratings(struct arena *a, const struct doc *d, size_t *n)
{
	const struct ynode	*rt = fm_get(d, "ratings");
	struct rating		*v;
	size_t			 i;

	*n = 0;
	if (rt == NULL || rt->type != Y_MAP)
		return NULL;
	v = arena_alloc(a, (rt->nkids / 2 + 1) * sizeof(*v));
	for (i = 0; i + 1 < rt->nkids; i += 2)
		if (rt->kids[i + 1]->type == Y_SCALAR &&
		    rating_value(rt->kids[i + 1]->str) > 0) {
			v[*n].skill = arena_strdup(a, rt->kids[i]->str);
			v[*n].value = rating_value(rt->kids[i + 1]->str);
			(*n)++;
		}
	return v;
}

/*
 * Is the entry planned (not held, yet): planned: true, or dated after
 * today?  One planned for a day that has passed is mentor-check's
 * warning: its notes were never written, or the key never removed.
 */
static int
planned(struct vctx *cx, const struct doc *d, mdate date, mdate today)
{
	const struct ynode	*v;
	char			 ds[DATE_STRLEN];

	if (!get_bool(d, "planned"))
		return date != DATE_NONE && date > today;
	if (date != DATE_NONE && date < today) {
		v = fm_get(d, "planned");
		date_format(date, ds);
		vctx_report(cx, v->line, v->col, C_PLANNED, "planned for %s, "
		    "which has passed: write it up (mentor-log edit) or remove "
		    "the key", ds);
	}
	return 1;
}

/*
 * Build an entry, as of today.  With MODEL_NOTES its feedback and
 * encouragement are read; with MODEL_SHARE what --share holds back is
 * left out (DESIGN.md §3): free prose (feedback, notes; a title from the
 * body gives way to the id), and of a private entry all but its numbers:
 * no id, path, title or text.  It is built in the doc's arena, then made
 * one block of its own (entry_pack): entry_free frees it.
 */
struct entry *
model_entry(struct doc *d, const struct rec *r, const char *path,
    mdate today, unsigned flags, struct vctx *cx)
{
	struct entry	 built, *e = &built;
	struct arena	*a = &d->mem;
	struct bnotes	 n;
	size_t		 i;
	mdate		 named;

	memset(e, 0, sizeof(*e));
	/* "2023-12-25-title": the date of an entry that gives none. */
	if (fm_get(d, "date") != NULL || strlen(r->id) < 11 ||
	    r->id[10] != '-' || date_iso(r->id, 10, &named) != 0)
		named = DATE_NONE;
	check_fields(cx, d, R_ENTRY, "an entry", C_ENUMS, named);
	check_tasks(cx, d);
	e->id = arena_strdup(a, r->id);
	e->rel = arena_strdup(a, r->rel);
	e->path = strcmp(path, r->rel) == 0 ? e->rel : arena_strdup(a, path);
	e->titled = fm_str(d, "title") != NULL;
	e->title = arena_strdup(a, doc_title(d));
	e->date = named != DATE_NONE ? named : get_date(d, "date");
	e->kind_v = get_enum(a, d, R_ENTRY, "kind", "note", &e->kind);
	e->with = get_list(a, d, "with", &e->nwith);
	e->goals = get_list(a, d, "goals", &e->ngoals);
	e->tags = get_list(a, d, "tags", &e->ntags);
	e->duration = get_str(a, d, "duration");
	if (e->duration != NULL && !duration_ok(e->duration))
		e->duration = NULL;
	e->author = get_str(a, d, "author");
	e->ratings = get_ratings(a, d, &e->nratings);
	e->private = get_bool(d, "private");
	e->planned = planned(cx, d, e->date, today);
	e->items = get_items(a, d, 1, today);
	e->nitems = d->ntasks;
	if (flags & MODEL_NOTES) {
		body_notes(d, &n);
		e->feedback = arena_strdup(a, n.feedback);
		e->enc = copy_strv(a, n.enc, n.nenc);
		e->nenc = n.nenc;
	}
	if (flags & MODEL_SHARE) {
		/* Free prose goes: a title from the body, feedback, notes. */
		if (!e->titled)
			e->title = e->id;
		e->feedback = NULL;
		e->nenc = 0;
		if (e->private) {
			e->id = e->rel = e->path = e->title = NULL;
			for (i = 0; i < e->nitems; i++)
				e->items[i].text = NULL;
		}
	}
	return entry_pack(e);
}

/*
 * Every check of mentor-check on one parsed record (its model's and the
 * journal's), for an editor that checks a record before it is written.
 */
void
model_check(struct doc *d, const struct rec *r, mdate today,
    struct vctx *cx)
{
	switch (r->type) {
	case R_PERSON:
		person_free(model_person(d, r, d->path, cx));
		break;
	case R_GOAL:
		goal_free(model_goal(d, r, d->path, today, cx));
		break;
	default:
		entry_free(model_entry(d, r, d->path, today, 0, cx));
	}
	validate_record(cx, d, r);
}

/* mentor.yaml's settings (defaults for what is absent or bad). */
void
model_settings(const struct doc *d, struct settings *set, struct vctx *cx)
{
	struct ynode	**items, *one;
	const char	*v;
	size_t		 i, k;
	int		 b;

	check_fields(cx, d, SCHEMA_CONFIG, "mentor.yaml", C_CONFIG,
	    DATE_NONE);
	if ((v = fm_str(d, "owner")) != NULL)
		set->owner = xstrdup(v);
	if ((v = fm_str(d, "role")) != NULL)
		set->role = xstrdup(v);
	if ((v = fm_str(d, "cadence")) != NULL)
		set->cadence = xstrdup(v);
	if ((v = fm_str(d, "week-start")) != NULL && parse_weekday(v) >= 0)
		set->week_start = parse_weekday(v);
	if ((v = fm_str(d, "shared")) != NULL && parse_bool(v, &b) == 0)
		set->shared = b;
	if ((v = fm_str(d, "autocommit")) != NULL && parse_bool(v, &b) == 0)
		set->autocommit = b;
	k = ynode_items(fm_get(d, "needs"), &items, &one);
	set->needs = xreallocarray(set->needs, set->nneeds + k + 1,
	    sizeof(*set->needs));
	for (i = 0; i < k; i++)
		if (items[i]->type == Y_SCALAR && !ynode_null(items[i]))
			set->needs[set->nneeds++] = xstrdup(items[i]->str);
}

/*
 * Packing an entry into one block of exactly the memory it needs: the
 * scan keeps a year folder's entries while it puts them in date order,
 * and a block a few hundred bytes long is all each then takes (and one
 * malloc).  The block holds the entry, its items and ratings, the
 * pointer vectors, then the strings.
 */
struct packer {
	char	*p;		/* the next free byte */
};

static size_t
str_size(const char *s)
{
	return s != NULL ? strlen(s) + 1 : 0;
}

static size_t
strv_size(const char *const *v, size_t n)
{
	size_t	 i, k = 0;

	for (i = 0; i < n; i++)
		k += str_size(v[i]);
	return k;
}

static const char *
pack_str(struct packer *pk, const char *s)
{
	char	*d;
	size_t	 n;

	if (s == NULL)
		return NULL;
	n = strlen(s) + 1;
	d = memcpy(pk->p, s, n);
	pk->p += n;
	return d;
}

/* A vector's pointers, taken from vp (aligned); its strings from pk. */
static const char **
pack_strv(char **vp, struct packer *pk, const char *const *v, size_t n)
{
	const char	**d;
	size_t		 i;

	if (n == 0)
		return empty;
	d = (const char **)(void *)*vp;
	*vp += (n + 1) * sizeof(*d);
	for (i = 0; i < n; i++)
		d[i] = pack_str(pk, v[i]);
	d[n] = NULL;
	return d;
}

/* The entry e as one block (freed by entry_free); e stays as it was. */
static struct entry *
entry_pack(const struct entry *e)
{
	struct entry	*d;
	struct packer	 pk;
	char		*vp;
	size_t		 i, vec, strs, pl = 0, rl = 0;
	int		 tail;

	vec = (e->nwith + e->ngoals + e->ntags + e->nenc + 4) * sizeof(char *);
	strs = str_size(e->id) + str_size(e->rel) + str_size(e->title) +
	    str_size(e->kind) + str_size(e->duration) + str_size(e->author) +
	    str_size(e->feedback) + strv_size(e->with, e->nwith) +
	    strv_size(e->goals, e->ngoals) + strv_size(e->tags, e->ntags) +
	    strv_size(e->enc, e->nenc);
	/* The path ends with rel (root/rel): one string for both. */
	tail = e->path != NULL && e->rel != NULL && e->path != e->rel &&
	    (pl = strlen(e->path)) > (rl = strlen(e->rel)) &&
	    e->path[pl - rl - 1] == '/' && strcmp(e->path + pl - rl, e->rel) == 0;
	if (tail)
		strs -= str_size(e->rel);
	if (e->path != e->rel)
		strs += str_size(e->path);
	for (i = 0; i < e->nratings; i++)
		strs += str_size(e->ratings[i].skill);
	for (i = 0; i < e->nitems; i++) {
		vec += (e->items[i].npeople + e->items[i].ntags + 2) *
		    sizeof(char *);
		strs += str_size(e->items[i].text) +
		    strv_size(e->items[i].people, e->items[i].npeople) +
		    strv_size(e->items[i].tags, e->items[i].ntags);
	}
	d = xmalloc(sizeof(*d) + e->nitems * sizeof(*d->items) +
	    e->nratings * sizeof(*d->ratings) + vec + strs);
	*d = *e;
	d->items = (struct item *)(d + 1);
	d->ratings = (struct rating *)(d->items + e->nitems);
	vp = (char *)(d->ratings + e->nratings);
	pk.p = vp + vec;
	d->id = pack_str(&pk, e->id);
	if (tail) {
		d->path = pack_str(&pk, e->path);
		d->rel = d->path + (pl - rl);
	} else {
		d->rel = pack_str(&pk, e->rel);
		d->path = e->path == e->rel ? d->rel : pack_str(&pk, e->path);
	}
	d->title = e->title == e->id ? d->id : pack_str(&pk, e->title);
	d->kind = pack_str(&pk, e->kind);
	d->duration = pack_str(&pk, e->duration);
	d->author = pack_str(&pk, e->author);
	d->feedback = pack_str(&pk, e->feedback);
	d->with = pack_strv(&vp, &pk, e->with, e->nwith);
	d->goals = pack_strv(&vp, &pk, e->goals, e->ngoals);
	d->tags = pack_strv(&vp, &pk, e->tags, e->ntags);
	d->enc = pack_strv(&vp, &pk, e->enc, e->nenc);
	for (i = 0; i < e->nratings; i++) {
		d->ratings[i].skill = pack_str(&pk, e->ratings[i].skill);
		d->ratings[i].value = e->ratings[i].value;
	}
	for (i = 0; i < e->nitems; i++) {
		d->items[i] = e->items[i];
		d->items[i].text = pack_str(&pk, e->items[i].text);
		d->items[i].people = pack_strv(&vp, &pk, e->items[i].people,
		    e->items[i].npeople);
		d->items[i].tags = pack_strv(&vp, &pk, e->items[i].tags,
		    e->items[i].ntags);
	}
	return d;
}

void
person_free(struct person *p)
{
	if (p == NULL)
		return;
	free(p->dates);
	arena_free(&p->mem);
	free(p);
}

void
goal_free(struct goal *g)
{
	if (g == NULL)
		return;
	arena_free(&g->mem);
	free(g);
}

/* An entry is one block (entry_pack). */
void
entry_free(struct entry *e)
{
	free(e);
}

/* Does v (n strings) hold s? */
int
strv_has(const char *const *v, size_t n, const char *s)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return 1;
	return 0;
}

/* Does the person's areas list hold s? */
int
person_covers(const struct person *p, const char *s)
{
	return strv_has(p->areas, p->nareas, s);
}
