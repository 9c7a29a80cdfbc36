#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"

/*
 * Messages to a prospect (mentor-people outreach), written from the
 * model: the first one (who is asking, the goals that fit the prospect's
 * areas, what they are known for, how the owner knows of them) and the
 * follow-up to someone who has not answered.
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
 * Add the user's words as the end of a sentence: kept as written (never
 * a letter's case changed), with a full stop unless they end in one, a
 * question mark or an exclamation mark.
 */
static void
sentence_end(struct buf *b, const char *words)
{
	size_t	 n = strlen(words);

	while (n > 0 && (words[n - 1] == ' ' || words[n - 1] == '\t'))
		n--;
	buf_add(b, words, n);
	if (n == 0 || strchr(".!?", words[n - 1]) == NULL)
		buf_addch(b, '.');
}

/* The greeting, by the first word of their name. */
static void
greeting(const struct person *p, struct buf *body)
{
	char	*first, *sp;

	first = xstrdup(p->name ? p->name : p->id);
	if ((sp = strchr(first, ' ')) != NULL)
		*sp = '\0';
	buf_addf(body, "Hi %s,\n\n", first);
	free(first);
}

/* Who is asking, and the goals that fit the prospect. */
static void
introduction(const struct scan *s, const struct person *p, struct buf *body)
{
	struct buf	 b = BUF_INIT;
	const char	**titles, *owner = s->j->set.owner;
	size_t		 nt, i;
	int		 all;

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
	free(titles);
	buf_release(&b);
}

/* The closing lines, signed by the owner. */
static void
closing(const struct scan *s, struct buf *body)
{
	buf_addstr(body, "Thank you for considering it.\n\nBest regards,\n");
	if (s->j->set.owner != NULL)
		buf_addf(body, "%s\n", s->j->set.owner);
}

/* A date as a letter writes it: "10 November 2026". */
static void
letter_date(struct buf *b, mdate d)
{
	static const char *const months[] = { "January", "February",
	    "March", "April", "May", "June", "July", "August", "September",
	    "October", "November", "December" };
	int	 y, m, dd;

	date_to_ymd(d, &y, &m, &dd);
	buf_addf(b, "%d %s %d", dd, months[m - 1], y);
}

/*
 * A message to a prospect, in Markdown, its subject apart (for a mail
 * header or JSON).  The first message: who is asking and why, the goals
 * that fit their areas, what they are known for, how the owner knows of
 * them, and a request for 30 minutes.  The follow-up (for someone
 * contacted who has not answered): a reminder of the first message, on
 * the date of contacted, and the same request, once more.  Their words
 * (known-for, connection, field) are quoted as written, each where any
 * wording reads well: after a colon, or in the subject.
 */
void
outreach_message(const struct scan *s, const struct person *p, int followup,
    struct buf *subject, struct buf *body)
{
	struct buf	 b = BUF_INIT;

	buf_addf(subject, "%sA 30-minute conversation%s%s?", followup ?
	    "Re: " : "", p->field ? " about " : "", p->field ? p->field : "");
	greeting(p, body);
	if (followup && p->contacted != DATE_NONE) {
		buf_addstr(&b, "I wrote to you on ");
		letter_date(&b, p->contacted);
		buf_addstr(&b, " to ask for a 30-minute conversation, and I am "
		    "following up in case my message got lost.");
		paragraph(body, b.buf);
	}
	introduction(s, p, body);
	buf_reset(&b);
	if (!followup && p->known_for != NULL) {
		buf_addstr(&b, "I am writing to you because of what you are "
		    "known for: ");
		sentence_end(&b, p->known_for);
	}
	if (!followup && p->connection != NULL) {
		buf_addstr(&b, b.len > 0 ? "  How I know of you: " :
		    "How I know of you: ");
		sentence_end(&b, p->connection);
	}
	if (b.len > 0)
		paragraph(body, b.buf);
	if (followup)
		paragraph(body, "If you have time in the coming weeks, I would "
		    "be glad to talk for 30 minutes.  I would send a short "
		    "agenda beforehand and keep to the time.  If now is not a "
		    "good moment, I understand completely, and I will not "
		    "write again.");
	else
		paragraph(body, "Would you be open to a 30-minute conversation "
		    "in the coming weeks?  I would send a short agenda "
		    "beforehand and keep to the time.  If now is not a good "
		    "moment, I understand completely.");
	closing(s, body);
	buf_release(&b);
}
