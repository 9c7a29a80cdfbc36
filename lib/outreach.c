#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"

/*
 * A first message to a prospect (mentor-people outreach), written from
 * the model: who is asking, the goals that fit the prospect's areas, what
 * they are known for and how we are connected.
 */

/* Active goals that fit the prospect: skills or tags in their areas. */
static size_t
fitting_goals(const struct scan *s, const struct person *p,
    const char ***titles, int *all)
{
	const struct goal	*g;
	const char		**fit, **act;
	size_t			 i, k, nfit = 0, nact = 0;
	int			 ok;

	fit = xcalloc(s->ngoals + 1, sizeof(*fit));
	act = xcalloc(s->ngoals + 1, sizeof(*act));
	for (i = 0; i < s->ngoals; i++) {
		g = s->goals[i];
		if (g->status_v != GS_ACTIVE)
			continue;
		act[nact++] = g->title;
		for (ok = 0, k = 0; k < g->nskills && !ok; k++)
			ok = person_covers(p, g->skills[k]);
		for (k = 0; k < g->ntags && !ok; k++)
			ok = person_covers(p, g->tags[k]);
		if (ok)
			fit[nfit++] = g->title;
	}
	*all = nfit == 0;
	if (nfit == 0) {
		free(fit);
		*titles = act;
		return nact;
	}
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
void
outreach_message(const struct scan *s, const struct person *p,
    struct buf *subject, struct buf *body)
{
	struct buf	 b = BUF_INIT;
	const char	**titles, *owner = s->j->set.owner;
	char		*first, *sp, *known, *conn;
	size_t		 nt, i;
	int		 all;

	buf_addf(subject, "A 30-minute conversation%s%s?",
	    p->field ? " about " : "", p->field ? p->field : "");
	first = xstrdup(p->name ? p->name : p->id);
	if ((sp = strchr(first, ' ')) != NULL)
		*sp = '\0';
	buf_addf(body, "Hi %s,\n\n", first);
	nt = fitting_goals(s, p, &titles, &all);
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
	free(titles);
	free(first);
	free(known);
	free(conn);
	buf_release(&b);
}

