#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "spool.h"
#include "report/report.h"

/*
 * mentor-people show: one person and what the journal says of them, its
 * fields and sections, the goals they mentor, the entries they were at
 * and their open action items.
 */

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
 * An entry with the person that was held is one they met at (entries
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

	if (with && entry_held(e)) {
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

/* What show_act prints with: the output, and a path made for each item. */
struct actprint {
	struct out		*out;
	const struct journal	*j;
	struct buf		 path;
};

/* An open action item of the person: a row of "actions". */
static void
show_act(void *ctx, const void *rec, size_t len)
{
	struct actprint	*ap = ctx;
	struct out	*out = ap->out;
	struct aitem	 a;

	(void)len;
	aitem_get(rec, ap->j, &ap->path, &a);
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
	struct actprint		 ap;
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
	ap.out = out;
	ap.j = s->j;
	buf_init(&ap.path);
	spool_each(ab->acts, 0, show_act, &ap);
	buf_release(&ap.path);
	out_end(out);
	if (ab->nacts == 0)
		none(out);
}

/*
 * Show the person with id: scan the journal for what the entries say of
 * them and describe it to a new output of format fmt.  Returns the scan's
 * status (65 for a broken record anywhere, as for every reader).
 */
int
person_show(struct journal *j, const char *id, mdate today, int fmt,
    const struct opts *o)
{
	struct scan		 s;
	struct about		 ab;
	struct out		 out;
	const struct person	*p;
	size_t			 i;
	int			 rc;

	memset(&ab, 0, sizeof(ab));
	ab.id = id;
	ab.acts = spool_new();
	buf_init(&ab.rec);
	scan_init(&s, j, today);
	s.ctx = &ab;
	s.entry = about_entry;
	rc = scan_run(&s);
	if ((p = scan_person(&s, id)) != NULL) {
		out_init(&out, fmt, o);
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
	return rc;
}
