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
