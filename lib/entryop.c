#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * What mentor-log's writers do to an entry beyond what every writer does
 * (recop.c): an entry planned ahead is held once it is written up.
 */

/* Does the record say planned: true? */
static int
planned_key(const struct doc *d)
{
	const char	*v = fm_str(d, "planned");
	int		 b;

	return v != NULL && parse_bool(v, &b) == 0 && b;
}

/*
 * An entry planned ahead (planned: true, as mentor-log add writes it for
 * a day to come) is held once it is written up: when an edit made on or
 * after its day changes its body, and leaves the key as it was, the key
 * goes in the same write, and a line on standard error says so.  was is
 * the record before the edit; *now (*nowlen bytes, the edit) may be
 * replaced by the text without the key.  Returns 0 or a sysexits code
 * after a message.
 */
int
entry_unplan(const char *path, const char *was, size_t waslen, char **now,
    size_t *nowlen, mdate today)
{
	struct doc		 w, n;
	struct doc_error	 e;
	struct buf		 out = BUF_INIT;
	const char		*wb, *nb, *wv, *nv, *ds;
	size_t			 wl, nl;
	mdate			 date;
	int			 rc, unplan = 0;

	/* A record that did not read before the edit was not planned. */
	if (doc_parse(&w, path, xstrndup(was, waslen), waslen, &e) != 0) {
		doc_free(&w);
		return 0;
	}
	if ((rc = doc_reparse(&n, path, xstrndup(*now, *nowlen), *nowlen,
	    0)) != 0) {
		doc_free(&w);
		return rc;
	}
	wv = fm_str(&w, "planned");
	nv = fm_str(&n, "planned");
	ds = fm_str(&n, "date");
	doc_body(&w, &wb, &wl);
	doc_body(&n, &nb, &nl);
	if (planned_key(&n) && wv != NULL && strcmp(wv, nv) == 0 &&
	    ds != NULL && date_iso(ds, strlen(ds), &date) == 0 &&
	    date <= today && (wl != nl || memcmp(wb, nb, nl) != 0))
		unplan = 1;
	if (unplan && (rc = edit_unset(&n, "planned", &out)) == 0) {
		free(*now);
		*now = buf_detach(&out, nowlen);
		fprintf(stderr, "%s: %s: written up: no longer planned\n",
		    progname(), path);
	}
	buf_release(&out);
	doc_free(&w);
	doc_free(&n);
	return rc;
}

/*
 * The name an entry dated date should have, given its name now (a stem,
 * no ".md"): a name that starts with a date takes the new one, the rest
 * kept ("2026-08-03-kick-off" dated 2025-12-30 is "2025-12-30-kick-off");
 * any other name stays.  Its folder is the year's.
 */
static char *
dated_rel(const char *stem, mdate date, int n)
{
	char	 ds[DATE_STRLEN], suffix[16] = "", *rel;
	mdate	 was;
	int	 dated;

	date_format(date, ds);
	dated = strlen(stem) >= 10 && (stem[10] == '\0' || stem[10] == '-') &&
	    date_iso(stem, 10, &was) == 0;
	if (n > 1)
		(void)snprintf(suffix, sizeof(suffix), "-%d", n);
	xasprintf(&rel, "log/%.4s/%s%s%s.md", ds, dated ? ds : "",
	    dated ? stem + 10 : stem, suffix);
	return rel;
}

/*
 * An entry's file follows its date (DESIGN.md §1: log/YYYY/DATE-slug.md):
 * after a write that set the date of the entry at rel, move it to the
 * name and year folder that date gives, under the journal's exclusive
 * lock (the caller's).  Nothing refers to an entry by its id, so nothing
 * else changes.  A name taken gets a -2, -3... suffix, as a new entry's
 * would.  A line on standard error says where it went, and *moved gets
 * its new path in the journal (else NULL).  A crash before the move
 * leaves an entry mentor-check's log-names check names, and setting the
 * same date again moves it.  0, or a sysexits code after a message.
 */
int
entry_follow_date(struct journal *j, const char *rel, char **moved)
{
	struct doc		 d;
	struct doc_error	 e;
	const char		*ds, *base;
	char			*path = journal_path(j, rel), *stem, *to = NULL;
	char			*shown;
	mdate			 date;
	int			 rc, n;

	*moved = NULL;
	if ((rc = journal_load(j, rel, path, 0, &d, &e)) != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		goto out;
	}
	if ((ds = fm_str(&d, "date")) == NULL ||
	    date_field(ds, strlen(ds), &date) != 0)
		goto out;
	base = strrchr(rel, '/') != NULL ? strrchr(rel, '/') + 1 : rel;
	stem = xstrndup(base, strlen(base) - (strlen(base) > 3 &&
	    strcmp(base + strlen(base) - 3, ".md") == 0 ? 3 : 0));
	for (n = 1; n < 1000; n++) {
		free(to);
		to = dated_rel(stem, date, n);
		if (strcmp(to, rel) == 0 || !journal_exists(j, to))
			break;
	}
	free(stem);
	if (strcmp(to, rel) == 0)
		goto out;
	if ((rc = file_move(j, rel, to)) == 0) {
		shown = journal_path(j, to);
		fprintf(stderr, "%s: %s: dated %s, moved to %s\n", progname(),
		    path, ds, shown);
		free(shown);
		*moved = to;
		to = NULL;
	}
out:
	doc_free(&d);
	free(to);
	free(path);
	return rc;
}
