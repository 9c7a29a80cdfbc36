#include "config.h"

#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"
#include "model.h"

/*
 * What a writer checks before it writes a record (DESIGN.md §3): a
 * writer never writes what mentor-check calls an error.  The new bytes
 * must be at most RECORD_MAX, parse, and bring no error that the old
 * bytes did not have, by the same code mentor-check runs (model_check)
 * against the journal as it is under the lock.  Problems the record had
 * before are left for its owner to fix (mentor-check names them): a
 * writer adds none, and may still change the record.
 */

/* The errors mentor-check would report in the record held in data. */
static int
errors_of(const struct rec *r, const char *shown, const char *data,
    size_t len, struct vctx *cx, struct doc_error *e)
{
	struct doc	 d;
	char		*copy = xmalloc(len + 1);
	int		 rc;

	memcpy(copy, data, len);
	copy[len] = '\0';
	if ((rc = doc_parse(&d, shown, copy, len, e)) == 0)
		model_check(&d, r, date_today(), cx);
	doc_free(&d);
	return rc;
}

/*
 * A new entry's id used in another year folder (mentor-check's
 * unique-ids), looked for by name in each: the check of the others
 * needs every year folder read, which a writer does not.
 */
static void
check_new_id(struct journal *v, const struct rec *r, struct vctx *cx)
{
	char	**years, *rel;
	size_t	 ny, y;

	ny = journal_years(v, &years);
	for (y = 0; y < ny; y++) {
		xasprintf(&rel, "log/%s/%s.md", years[y], r->id);
		if (strcmp(rel, r->rel) != 0 && journal_exists(v, rel))
			vctx_report(cx, 1, 1, C_UNIQUE, "entry id '%s' is also "
			    "used by '%s'", r->id, rel);
		free(rel);
	}
}

/* Is problem p of cx among those of old not yet matched (and match it)? */
static int
had_before(struct vctx *old, int *used, const struct vdiag *p)
{
	size_t	 i;

	for (i = 0; i < old->n; i++)
		if (!used[i] && old->v[i].sev == SEV_ERROR &&
		    old->v[i].check == p->check &&
		    strcmp(old->v[i].msg, p->msg) == 0) {
			used[i] = 1;
			return 1;
		}
	return 0;
}

/*
 * Check the bytes about to replace the record rel of the journal (old,
 * NULL for a new record), shown as shown.  0 when they may be written;
 * else EX_DATAERR after a message for each problem, nothing written.
 * A path that is not a record's is not checked.
 */
int
write_check(struct journal *j, const char *rel, const char *shown,
    const char *old, size_t oldlen, const char *data, size_t len)
{
	struct rec		 r;
	struct doc_error	 e;
	struct vctx		 cn, co;
	struct journal		*v;
	int			 enabled[C_NCHECKS], *used = NULL;
	size_t			 i, bad = 0;

	if (rec_from_rel(rel, &r) != 0)
		return 0;
	if (len > RECORD_MAX) {
		warnx("'%s' would be larger than 16 MiB (%zu bytes); nothing "
		    "written", shown, len);
		rec_release(&r);
		return EX_DATAERR;
	}
	for (i = 0; i < C_NCHECKS; i++)
		enabled[i] = checks[i].sev == SEV_ERROR;
	memset(&cn, 0, sizeof(cn));
	memset(&co, 0, sizeof(co));
	/*
	 * People and goals are listed afresh (the view's lists live for one
	 * command), and only when the record names one: most records a
	 * writer makes name none.  Entry ids are not indexed (it reads every
	 * year folder): an update cannot change whether its id is unique,
	 * and a new entry's is looked for by name.
	 */
	v = write_view(j);
	v->ids_done = 1;
	cn.j = co.j = v;
	cn.enabled = co.enabled = enabled;
	if (old == NULL && r.type == R_ENTRY)
		check_new_id(v, &r, &cn);
	if (errors_of(&r, shown, data, len, &cn, &e) != 0) {
		diag(shown, e.line, e.col, "%s", e.msg);
		warnx("'%s' would not read back; nothing written", shown);
		bad = 1;
		goto out;
	}
	if (cn.n == 0)
		goto out;
	if (old != NULL && errors_of(&r, shown, old, oldlen, &co, &e) != 0)
		vctx_clear(&co);
	used = xcalloc(co.n + 1, sizeof(*used));
	vctx_sort(&cn);
	for (i = 0; i < cn.n; i++) {
		if (had_before(&co, used, &cn.v[i]))
			continue;
		diag(shown, cn.v[i].line, cn.v[i].col, "error: %s [%s]",
		    cn.v[i].msg, checks[cn.v[i].check].name);
		bad++;
	}
	if (bad > 0)
		warnx("'%s' would not pass mentor-check; nothing written",
		    shown);
out:
	free(used);
	vctx_release(&cn);
	vctx_release(&co);
	rec_release(&r);
	return bad > 0 ? EX_DATAERR : 0;
}
