#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * What mentor-people writes into a person beyond what every writer does
 * (recop.c): a prospect's answer, and with a yes the agreement reached,
 * its expectations and boundaries, in one atomic write.
 */

/* The line ending that follows a line ending at eol ("" at the end). */
static const char *
past_eol(const char *eol, const char *end)
{
	if (eol < end && *eol == '\r')
		eol++;
	if (eol < end && *eol == '\n')
		eol++;
	return eol;
}

/*
 * Append a bullet "- text" to the section under heading (the first of
 * that name, any case, as body_section reads it), after its last line
 * that is not blank, or right under the heading when it has none; a
 * missing section is added at the end of the file as "## heading".  The
 * whole new file goes to out, every other byte as it was.
 */
static int
section_append(const struct doc *d, const char *heading, const char *text,
    struct buf *out)
{
	struct bscan	 s;
	struct bline	 l;
	const char	*eol = d->crlf ? "\r\n" : "\n", *end = d->data + d->len;
	size_t		 at = (size_t)-1, i, nl;
	int		 h, in = 0;

	if ((h = body_heading(d, heading)) >= 0) {
		body_begin(&s, d);
		while (body_next(&s, &l)) {
			if (l.kind == BL_HEADING && l.head == h) {
				in = 1;
				at = (size_t)(past_eol(l.eol, end) - d->data);
			} else if (in && l.kind == BL_HEADING &&
			    l.level <= d->heads[h].level)
				break;
			else if (!in || l.kind == BL_BLANK)
				continue;
			at = (size_t)(past_eol(l.eol, end) - d->data);
		}
	}
	if (h < 0)
		at = d->len;
	buf_add(out, d->data, at);
	/* The line before must end, and be blank before a new heading. */
	if (at > 0 && d->data[at - 1] != '\n')
		buf_addstr(out, eol);
	if (h < 0) {
		/* A blank line first, unless the body is empty or ends in one. */
		for (i = out->len, nl = 0; i > d->close_end && (out->buf[i - 1] ==
		    '\n' || out->buf[i - 1] == '\r'); i--)
			nl += out->buf[i - 1] == '\n';
		if (out->len > d->close_end && nl < 2)
			buf_addstr(out, eol);
		buf_addf(out, "## %s%s", heading, eol);
	}
	buf_addf(out, "- %s%s", text, eol);
	buf_add(out, d->data + at, d->len - at);
	return 0;
}

/* One more change to d: out becomes d's data, read back into d. */
static int
step(struct doc *d, const char *path, int rc, struct buf *b)
{
	char	*data;
	size_t	 n;

	doc_free(d);
	if (rc != 0) {
		buf_release(b);
		return rc;
	}
	data = buf_detach(b, &n);
	return doc_reparse(d, path, data, n, 0);
}

static int
answer_cb(void *ctx, const char *path, char *data, size_t len,
    struct buf *out)
{
	const struct answer	*a = ctx;
	const char		*keys[] = { "status", "since", "cadence" };
	const char		*vals[3];
	struct doc		 d;
	struct buf		 b = BUF_INIT;
	size_t			 i;
	int			 rc;

	vals[0] = a->status;
	vals[1] = a->since;
	vals[2] = a->cadence;
	if ((rc = doc_reparse(&d, path, data, len, 0)) != 0)
		return rc;
	for (i = 0; i < 3; i++)
		if (vals[i] != NULL && (rc = step(&d, path, edit_set(&d,
		    keys[i], &vals[i], 1, 0, &b), &b)) != 0)
			return rc;
	for (i = 0; i < a->nexpect; i++)
		if ((rc = step(&d, path, section_append(&d, "Expectations",
		    a->expect[i], &b), &b)) != 0)
			return rc;
	for (i = 0; i < a->nboundary; i++)
		if ((rc = step(&d, path, section_append(&d, "Boundaries",
		    a->boundary[i], &b), &b)) != 0)
			return rc;
	buf_add(out, d.data, d.len);
	doc_free(&d);
	return 0;
}

/*
 * Write a prospect's answer into the person at rel, in one atomic write:
 * status, since and cadence set (those not NULL), each expectation and
 * boundary a bullet of its section.  The values must be checked before.
 * Returns 0 or a sysexits code after a message.
 */
int
person_answer(struct journal *j, const char *rel, const struct answer *a)
{
	return file_update(j, rel, answer_cb, (void *)a);
}
