#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * People and their check-ins (DESIGN.md §2 "Check-ins and cadence"): one
 * pass over the entries finds, for every person, when they were last met
 * and when the next meeting is due.
 */

static char *
dup_str(const struct doc *d, const char *key)
{
	const char	*v = fm_str(d, key);

	return v != NULL ? xstrdup(v) : NULL;
}

static mdate
dup_date(const struct doc *d, const char *key)
{
	const char	*v = fm_str(d, key);
	mdate		 x;

	if (v == NULL || date_iso(v, strlen(v), &x) != 0)
		return DATE_NONE;
	return x;
}

/* Is the kind one that counts as a check-in? */
int
kind_is_checkin(const char *kind)
{
	return kind != NULL && (strcmp(kind, "check-in") == 0 ||
	    strcmp(kind, "meeting") == 0 || strcmp(kind, "feedback") == 0);
}

/* What an entry says about who was met when. */
struct seen {
	mdate	 date;
	int	 checkin;
	char	**with;
	size_t	 nwith;
};

static void
seen_free(void *res)
{
	struct seen	*s = res;
	size_t		 i;

	for (i = 0; i < s->nwith; i++)
		free(s->with[i]);
	free(s->with);
	free(s);
}

/* Only entries with a with: key can name anyone. */
static int
mentions_with(void *ctx, const char *data, size_t len)
{
	return memmem(data, len, "with", 4) != NULL;
}

static void *
seen_look(void *ctx, const struct rec *r, const char *path, struct doc *d,
    int rc, const struct doc_error *e)
{
	struct seen	*s;

	if (rc != 0)
		return NULL;	/* mentor-check's business */
	s = xcalloc(1, sizeof(*s));
	s->date = dup_date(d, "date");
	s->checkin = kind_is_checkin(fm_str(d, "kind"));
	s->with = fm_strv(d, "with", &s->nwith);
	if (s->date == DATE_NONE || s->nwith == 0) {
		seen_free(s);
		return NULL;
	}
	return s;
}

static int
person_id_cmp(const void *key, const void *p)
{
	return strcmp(key, ((const struct person *)p)->id);
}

/*
 * Take in one entry (any order): its date, kind and the people it was
 * with.  Records each check-in's date for the reports.
 */
void
people_see(struct person *v, size_t n, mdate today, mdate date,
    const char *kind, char *const *with, size_t nwith)
{
	struct person	*p;
	size_t		 i;
	int		 checkin = kind_is_checkin(kind);

	if (date == DATE_NONE)
		return;
	for (i = 0; i < nwith; i++) {
		if ((p = bsearch(with[i], v, n, sizeof(*v), person_id_cmp)) ==
		    NULL)
			continue;
		if (p->last_entry == DATE_NONE || date > p->last_entry)
			p->last_entry = date;
		if (!checkin)
			continue;
		if (date > today) {
			if (p->planned == DATE_NONE || date < p->planned)
				p->planned = date;
			continue;
		}
		if (p->last == DATE_NONE || date > p->last)
			p->last = date;
		p->held++;
		p->dates = xgrow(p->dates, p->ndates, sizeof(*p->dates));
		p->dates[p->ndates++] = date;
	}
}

struct scan {
	struct person	*v;
	size_t		 n;
	mdate		 today;
};

static void
seen_out(void *ctx, const char *path, void *res)
{
	struct scan	*sc = ctx;
	struct seen	*s = res;

	people_see(sc->v, sc->n, sc->today, s->date, s->checkin ?
	    "check-in" : "note", s->with, s->nwith);
	seen_free(s);
}

static int
date_cmp(const void *a, const void *b)
{
	mdate	 x = *(const mdate *)a, y = *(const mdate *)b;

	return x < y ? -1 : x > y;
}

/* Read every person (in id order), with nothing seen of them yet. */
size_t
people_load(struct journal *j, struct person **out)
{
	const struct reclist	*l = journal_list(j, R_PERSON);
	struct person		*v, *p;
	struct doc		 d;
	struct doc_error	 e;
	struct fcache		*c;
	const char		**names;
	char			*path;
	size_t			 i;

	c = fcache_list(j, R_PERSON, &names);
	v = xcalloc(l->n + 1, sizeof(*v));
	for (i = 0; i < l->n; i++) {
		p = &v[i];
		p->id = xstrdup(l->v[i].id);
		p->rel = xstrdup(l->v[i].rel);
		p->last = p->last_entry = p->planned = p->next_due =
		    p->since = p->contacted = p->followup = DATE_NONE;
		path = journal_path(j, l->v[i].rel);
		if (fcache_load(c, i, j, l->v[i].rel, path, &d, &e) == 0) {
			p->name = dup_str(&d, "name");
			p->role = dup_str(&d, "role");
			p->relationship = dup_str(&d, "relationship");
			p->status = dup_str(&d, "status");
			p->field = dup_str(&d, "field");
			p->known_for = dup_str(&d, "known-for");
			p->connection = dup_str(&d, "connection");
			p->cadence = dup_str(&d, "cadence");
			p->channel = dup_str(&d, "channel");
			p->contact = dup_str(&d, "contact");
			p->since = dup_date(&d, "since");
			p->contacted = dup_date(&d, "contacted");
			p->areas = fm_strv(&d, "areas", &p->nareas);
			p->ok = 1;
		} else
			p->areas = xcalloc(1, sizeof(*p->areas));
		doc_free(&d);
		free(path);
		if (p->status == NULL)
			p->status = xstrdup("active");
	}
	fcache_close(c);
	free(names);
	*out = v;
	return l->n;
}

/* After every entry was seen: follow-ups, next due dates, overdue days. */
void
people_finish(struct journal *j, struct person *v, size_t n, mdate today)
{
	struct person	*p;
	const char	*cad;
	mdate		 base;
	size_t		 i;

	for (i = 0; i < n; i++) {
		p = &v[i];
		if (p->ndates > 1)
			qsort(p->dates, p->ndates, sizeof(*p->dates), date_cmp);
		/* Only a prospect awaits an answer. */
		if (person_prospect(p) && p->contacted != DATE_NONE &&
		    (p->last_entry == DATE_NONE ||
		    p->last_entry <= p->contacted))
			p->followup = p->contacted + 7;
		/* A record that cannot be read says nothing to track. */
		p->tracked = p->ok && strcmp(p->status, "active") == 0;
		cad = p->cadence != NULL ? p->cadence : j->set.cadence;
		if (!p->tracked || cad == NULL ||
		    cadence_parse(cad, &p->cad) != 0)
			continue;
		p->has_cad = 1;
		base = p->last != DATE_NONE ? p->last : p->since;
		if (base == DATE_NONE)
			continue;
		p->next_due = cadence_due(&p->cad, base);
		p->late = cadence_late(&p->cad, base);
		if (p->late != DATE_NONE && today > p->late)
			p->overdue_days = today - p->late;
	}
}

/*
 * Read every person and every entry: the people in id order, each with
 * their last check-in, next due date and overdue days as of today, and
 * their check-in dates, sorted.  Returns the number of people.
 */
size_t
people_scan(struct journal *j, mdate today, struct person **out)
{
	struct scan	 sc;
	struct walk	 w;

	memset(&sc, 0, sizeof(sc));
	sc.n = people_load(j, &sc.v);
	sc.today = today;
	memset(&w, 0, sizeof(w));
	w.ctx = &sc;
	w.look = seen_look;
	w.out = seen_out;
	w.free_res = seen_free;
	/* An entry naming nobody can be skipped before it is parsed. */
	w.pre = mentions_with;
	w.fm_only = 1;
	walk_records(j, NULL, R_ENTRY, &w);
	people_finish(j, sc.v, sc.n, today);
	*out = sc.v;
	return sc.n;
}

/* Free what people_scan made. */
void
people_free(struct person *v, size_t n)
{
	size_t	 i, k;

	for (i = 0; i < n; i++) {
		free(v[i].id);
		free(v[i].rel);
		free(v[i].name);
		free(v[i].role);
		free(v[i].relationship);
		free(v[i].status);
		free(v[i].field);
		free(v[i].known_for);
		free(v[i].connection);
		free(v[i].cadence);
		free(v[i].channel);
		free(v[i].contact);
		for (k = 0; k < v[i].nareas; k++)
			free(v[i].areas[k]);
		free(v[i].areas);
		free(v[i].dates);
	}
	free(v);
}

/* Is the person a prospect: status prospect or contacted? */
int
person_prospect(const struct person *p)
{
	return strcmp(p->status, "prospect") == 0 ||
	    strcmp(p->status, "contacted") == 0;
}

/* Does the person's areas list hold s? */
int
person_covers(const struct person *p, const char *s)
{
	size_t	 i;

	for (i = 0; i < p->nareas; i++)
		if (strcmp(p->areas[i], s) == 0)
			return 1;
	return 0;
}
