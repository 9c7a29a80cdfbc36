#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/*
 * Printing a list of records in every format of DESIGN.md §3: an aligned
 * table, paths, tsv, a JSON array or JSON lines.  Rows stream out as they
 * come, except text, which must see every row to align the columns.
 */

void
lister_begin(struct lister *l, const struct opts *o, int deflt,
    const struct col *cols, size_t ncols)
{
	const char	*head[16];
	size_t		 i;

	memset(l, 0, sizeof(*l));
	l->fmt = opts_fmt(o, deflt);
	if (l->fmt == FMT_MD)
		errx(EX_USAGE, "lists print text, paths, tsv, json or jsonl, "
		    "not md");
	l->o = o;
	l->cols = cols;
	l->ncols = ncols;
	l->color = l->fmt == FMT_TEXT && color_enabled(o->color,
	    STDOUT_FILENO);
	json_init(&l->js, stdout);
	if (o->quiet)
		return;
	switch (l->fmt) {
	case FMT_TEXT:
		for (i = 0; i < ncols; i++)
			head[i] = cols[i].name;
		table_init(&l->t, ncols, o->no_header ? NULL : head);
		for (i = 0; i < ncols; i++)
			l->t.right[i] = cols[i].type == COL_INT;
		break;
	case FMT_TSV:
		if (!o->no_header) {
			for (i = 0; i < ncols; i++)
				head[i] = cols[i].name;
			tsv_row(stdout, head, ncols);
		}
		break;
	case FMT_JSON:
		json_arr(&l->js);
		break;
	}
}

/* One value of a JSON row, typed by its column. */
static void
json_cell(struct json *js, const struct col *c, const char *v)
{
	char	*end;
	long long n;

	if (v == NULL || (*v == '\0' && c->type != COL_STR)) {
		json_null(js);
		return;
	}
	switch (c->type) {
	case COL_INT:
		n = strtoll(v, &end, 10);
		if (*end == '\0')
			json_int(js, n);
		else
			json_str(js, v);
		break;
	case COL_BOOL:
		json_bool(js, strcmp(v, "true") == 0 || strcmp(v, "yes") == 0);
		break;
	default:
		json_str(js, v);
	}
}

/*
 * Print one record: its path and one string a column (NULL for an absent
 * value).  colors, when not NULL, gives an SGR sequence a column.
 */
void
lister_row(struct lister *l, const char *path, const char *const *cells,
    const char *const *colors)
{
	size_t	 i;

	l->nrows++;
	if (l->o->quiet)
		return;
	switch (l->fmt) {
	case FMT_TEXT:
		table_add(&l->t, cells);
		if (colors != NULL)
			for (i = 0; i < l->ncols; i++)
				if (colors[i] != NULL)
					table_color(&l->t, i, colors[i]);
		break;
	case FMT_PATHS:
		path_put(stdout, path, l->o->nul);
		break;
	case FMT_TSV:
		tsv_row(stdout, cells, l->ncols);
		break;
	case FMT_JSON:
	case FMT_JSONL:
		json_obj(&l->js);
		if (path != NULL) {
			json_key(&l->js, "path");
			json_str(&l->js, path);
		}
		for (i = 0; i < l->ncols; i++) {
			if (path != NULL && strcmp(l->cols[i].name, "path") ==
			    0)
				continue;
			json_key(&l->js, l->cols[i].name);
			json_cell(&l->js, &l->cols[i], cells[i]);
		}
		json_obj_end(&l->js);
		if (l->fmt == FMT_JSONL)
			json_end(&l->js);
		break;
	}
}

/*
 * Finish the list: print the table, close the JSON array.  Returns 0
 * when there was a row, else EX_PROBLEM (nothing matched, like grep).
 */
int
lister_end(struct lister *l)
{
	if (!l->o->quiet) {
		switch (l->fmt) {
		case FMT_TEXT:
			if (l->nrows > 0)
				table_print(&l->t, stdout, l->color);
			table_release(&l->t);
			break;
		case FMT_JSON:
			json_arr_end(&l->js);
			json_end(&l->js);
			break;
		}
	}
	return l->nrows > 0 ? 0 : EX_PROBLEM;
}
