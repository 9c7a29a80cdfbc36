#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"
#include "render.h"
#include "report/report.h"

/*
 * Skills: every skill rated in the period, in the order first rated, with
 * its ratings over time (a sparkline of the last ones in the view).  A
 * skill keeps its first, last and last SPARK_MAX ratings, and its whole
 * series only for a format that shows it (the data, and html's chart):
 * in text and md, memory does not follow the number of ratings.
 */

#define SPARK_MAX	24	/* the last ratings a sparkline shows */

struct skill {
	char		*name;
	size_t		 n;		/* ratings */
	struct opoint	 first, last;
	struct opoint	 tail[SPARK_MAX];	/* rating k at k % SPARK_MAX */
	struct opoint	*pts;		/* the series, when kept */
	size_t		 npts, alloc;
};

struct skills {
	struct skill	*v;
	size_t		 n;
};

static void *
skills_new(const struct rctx *rc)
{
	(void)rc;
	return xcalloc(1, sizeof(struct skills));
}

static struct skill *
skill_get(struct skills *sk, const char *name)
{
	size_t	 i;

	for (i = 0; i < sk->n; i++)
		if (strcmp(sk->v[i].name, name) == 0)
			return &sk->v[i];
	sk->v = xreallocarray(sk->v, sk->n + 1, sizeof(*sk->v));
	memset(&sk->v[sk->n], 0, sizeof(sk->v[sk->n]));
	sk->v[sk->n].name = xstrdup(name);
	return &sk->v[sk->n++];
}

/* Every rating of an entry of the period that concerns --with. */
static void
skills_entry(void *st, const struct rctx *rc, const struct entry *e)
{
	struct skills	*sk = st;
	struct skill	*s;
	struct opoint	 pt;
	size_t		 i;
	int		 series = rc->fmt != FMT_TEXT && rc->fmt != FMT_MD;

	if (!concerns(e, rc->with) || !in_period(&rc->per, e->date))
		return;
	for (i = 0; i < e->nratings; i++) {
		s = skill_get(sk, e->ratings[i].skill);
		pt.date = e->date;
		pt.value = e->ratings[i].value;
		if (s->n == 0)
			s->first = pt;
		s->last = pt;
		s->tail[s->n++ % SPARK_MAX] = pt;
		if (!series)
			continue;
		if (s->npts == s->alloc) {
			s->alloc = s->alloc ? s->alloc * 2 : 8;
			s->pts = xreallocarray(s->pts, s->alloc,
			    sizeof(*s->pts));
		}
		s->pts[s->npts++] = pt;
	}
}

static const char *const skills_tsv[] = { "name", "first", "last",
	"change", "count", "series" };

static size_t
skills_print(void *st, const struct rctx *rc, struct out *o)
{
	struct skills	*sk = st;
	struct skill	*s;
	struct buf	 series = BUF_INIT;
	struct opoint	 spark[SPARK_MAX];
	char		 ds[DATE_STRLEN];
	size_t		 i, k, m, w = 0;

	for (i = 0; i < sk->n; i++)
		if (sk->v[i].n > w)
			w = sk->v[i].n;
	if (w > SPARK_MAX)
		w = SPARK_MAX;
	report_begin(rc, o, "skills", skills_tsv, 6);
	report_title(rc, o, "Skills, rated 1 to 5", 1);
	out_blank(o, O_V);
	out_chart(o, OC_LINES, "Ratings over time, 1 to 5", "skill");
	out_list(o, "skills", O_D);
	for (i = 0; i < sk->n; i++) {
		s = &sk->v[i];
		out_row(o);
		out_bullet(o);
		out_str(o, "name", s->name, O_ALL | O_W(22));
		out_text(o, O_TM, " ");
		if (s->npts == s->n)
			out_series(o, s->name, s->pts, s->n, w);
		else {
			/* The sparkline's ratings, from the last kept. */
			m = s->n < SPARK_MAX ? s->n : SPARK_MAX;
			for (k = 0; k < m; k++)
				spark[k] = s->tail[(s->n - m + k) % SPARK_MAX];
			out_series(o, s->name, spark, m, w);
		}
		out_text(o, O_TM, "  ");
		out_text(o, O_H, ": ");
		out_int(o, "first", s->first.value, O_ALL);
		out_text(o, O_V, " -> ");
		out_int(o, "last", s->last.value, O_ALL);
		out_text(o, O_V, " (%+d), ", s->last.value - s->first.value);
		out_int(o, "change", s->last.value - s->first.value, O_D);
		out_int(o, "count", (long long)s->n, O_ALL);
		out_text(o, O_V, " rating%s", s->n == 1 ? "" : "s");
		out_nl(o, O_V);
		out_date(o, "first_date", s->first.date, O_J);
		out_date(o, "last_date", s->last.date, O_J);
		buf_reset(&series);
		out_list(o, "series", O_J);
		for (k = 0; k < s->npts; k++) {
			if (s->pts[k].date != DATE_NONE)
				date_format(s->pts[k].date, ds);
			buf_addf(&series, "%s%s:%d", k ? "," : "",
			    s->pts[k].date != DATE_NONE ? ds : "",
			    s->pts[k].value);
			out_row(o);
			out_date(o, "date", s->pts[k].date, O_J);
			out_int(o, "rating", s->pts[k].value, O_J);
			out_end(o);
		}
		out_end(o);
		out_str(o, "series", series.buf, O_S);
		out_end(o);
	}
	out_end(o);
	out_chart_end(o);
	if (sk->n == 0) {
		out_item(o, "none rated");
	}
	buf_release(&series);
	return sk->n;
}

static void
skills_free(void *st)
{
	struct skills	*sk = st;
	size_t		 i;

	for (i = 0; i < sk->n; i++) {
		free(sk->v[i].name);
		free(sk->v[i].pts);
	}
	free(sk->v);
	free(sk);
}

const struct report report_skills = {
	"skills", 0, skills_new, skills_entry, skills_print, skills_free
};
