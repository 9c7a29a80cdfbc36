#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "spool.h"
#include "report/report.h"

/*
 * Actions: every open action item, under the person it is for (people by
 * id, no one last), oldest entry first, then by entry id and line: the
 * order entries come in.  Items wait in a spool, a group a person.
 */

struct who {
	char		*id;
	uint32_t	 group;
};

struct actions {
	struct spool	*sp;
	struct who	*v;		/* sorted by id, no one ("") last */
	size_t		 n;
	size_t		 items;
	struct buf	 rec;
};

static void *
actions_new(const struct rctx *rc)
{
	struct actions	*a = xcalloc(1, sizeof(*a));

	(void)rc;
	a->sp = spool_new();
	buf_init(&a->rec);
	return a;
}

/* People by id, no one ("") last. */
static int
who_cmp(const char *x, const char *y)
{
	if ((*x == '\0') != (*y == '\0'))
		return *x == '\0' ? 1 : -1;
	return strcmp(x, y);
}

/* The spool group of a person, made on first sight. */
static uint32_t
who_group(struct actions *a, const char *id)
{
	size_t	 lo = 0, hi = a->n, mid;
	int	 c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((c = who_cmp(a->v[mid].id, id)) == 0)
			return a->v[mid].group;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	a->v = xreallocarray(a->v, a->n + 1, sizeof(*a->v));
	memmove(a->v + lo + 1, a->v + lo, (a->n - lo) * sizeof(*a->v));
	a->v[lo].id = xstrdup(id);
	a->v[lo].group = (uint32_t)a->n;
	a->n++;
	return a->v[lo].group;
}

/*
 * Keep the entry's open items that concern the --with person: items of
 * an entry with them, or naming them.
 */
static void
actions_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct actions		*a = st;
	const struct item	*t;
	const char		*who;
	size_t			 i;

	if (!concerns(e, rc->with))
		return;
	for (i = 0; i < e->nitems; i++) {
		t = &e->items[i];
		if (!item_open_for(rc, e, t))
			continue;
		who = item_who(rc, e, t);
		aitem_put(&a->rec, who, e, t);
		spool_add(a->sp, who_group(a, who), a->rec.buf, a->rec.len);
		a->items++;
	}
}

static void
item(void *ctx, const void *rec, size_t len)
{
	struct rprint	*pr = ctx;
	struct aitem	 ai;

	(void)len;
	aitem_get(rec, pr->rc->j, &pr->path, &ai);
	aitem_out(pr->o, pr->rc, &ai, 1, NULL);
}

static const char *const actions_tsv[] = { "person", "entry", "path", "line",
	"status", "text", "date", "due", "age_days", "overdue" };

static size_t
actions_print(void *st, const struct rctx *rc, struct out *o)
{
	struct actions	*a = st;
	struct rprint	 pr = { o, rc, BUF_INIT, BUF_INIT };
	size_t		 i;

	report_begin(rc, o, "actions", actions_tsv, 10);
	report_title(rc, o, "Open action items, oldest first", 0);
	out_list(o, "items", O_D);
	for (i = 0; i < a->n; i++) {
		out_heading(o, O_V, who_name(rc, a->v[i].id));
		spool_each(a->sp, a->v[i].group, item, &pr);
	}
	buf_release(&pr.path);
	buf_release(&pr.line);
	out_end(o);
	if (a->items == 0) {
		out_blank(o, O_V);
		out_item(o, "none");
	}
	return a->items;
}

static void
actions_free(void *st)
{
	struct actions	*a = st;
	size_t		 i;

	for (i = 0; i < a->n; i++)
		free(a->v[i].id);
	free(a->v);
	spool_free(a->sp);
	buf_release(&a->rec);
	free(a);
}

const struct report report_actions = {
	"actions", 0, actions_new, actions_entry, actions_print, actions_free
};
