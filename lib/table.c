#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/*
 * Text tables: rows of cells printed aligned by display width, fitted to
 * a terminal's width when asked.
 */

#define TABLE_MAXCOLS	(sizeof(((struct table *)0)->right) / sizeof(int))

/*
 * A copy of a cell fit for a terminal: control characters (C0, DEL and
 * C1) become one space each, so that they can neither break the line nor
 * move the cursor, and trailing spaces go, so that no line ends in them.
 */
static char *
cell_dup(const char *s)
{
	const unsigned char	*p;
	char			*d, *q;
	size_t			 n;

	if (s == NULL)
		s = "";
	n = strlen(s);
	d = q = xmalloc(n + 1);
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p < 0x20 || *p == 0x7F)
			*q++ = ' ';
		else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			*q++ = ' ';
			p++;
		} else
			*q++ = (char)*p;
	}
	while (q > d && q[-1] == ' ')
		q--;
	*q = '\0';
	return d;
}

/* Start an empty table of ncols columns, with a header unless head is NULL. */
void
table_init(struct table *t, size_t ncols, const char *const *head)
{
	size_t	 i;

	if (ncols > TABLE_MAXCOLS)
		errx(EX_SOFTWARE, "table of %zu columns (at most %zu)", ncols,
		    TABLE_MAXCOLS);
	memset(t, 0, sizeof(*t));
	t->ncols = ncols;
	if (head == NULL)
		return;
	t->head = xreallocarray(NULL, ncols, sizeof(*t->head));
	for (i = 0; i < ncols; i++)
		t->head[i] = cell_dup(head[i]);
}

/* Append a row: a copy of each of the table's ncols cells. */
void
table_add(struct table *t, const char *const *cells)
{
	size_t	 i, base;

	if (t->nrows == t->alloc) {
		t->alloc = t->alloc == 0 ? 16 : t->alloc * 2;
		t->cells = xreallocarray(t->cells, t->alloc,
		    t->ncols * sizeof(*t->cells));
		t->colors = xreallocarray(t->colors, t->alloc,
		    t->ncols * sizeof(*t->colors));
	}
	base = t->nrows * t->ncols;
	for (i = 0; i < t->ncols; i++) {
		t->cells[base + i] = cell_dup(cells[i]);
		t->colors[base + i] = NULL;
	}
	t->nrows++;
}

/* Give cell col of the last row added an SGR colour, such as "1;33". */
void
table_color(struct table *t, size_t col, const char *sgr)
{
	if (t->nrows == 0 || col >= t->ncols)
		return;
	t->colors[(t->nrows - 1) * t->ncols + col] = sgr;
}

static void
put_spaces(FILE *f, size_t n)
{
	while (n-- > 0)
		putc(' ', f);
}

/*
 * Print a cell in width w: as it is when it fits, else cut between
 * characters and ended by an ellipsis.  Returns the width printed.
 */
static size_t
put_cell(const struct table *t, FILE *f, const char *s, size_t w)
{
	size_t	 n = strlen(s), ew = t->utf8 ? 1 : 3, cw;

	if ((cw = utf8_width(s, n)) <= w || w <= ew) {
		fputs(s, f);
		return cw;
	}
	n = utf8_fit(s, n, w - ew, NULL);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	fwrite(s, 1, n, f);
	fputs(t->utf8 ? "\xe2\x80\xa6" : "...", f);
	return utf8_width(s, n) + ew;
}

/*
 * Print one line of the cells shown, padded to the widths w[]; with
 * t->width, a line still wider is cut there, its last cell ending in an
 * ellipsis.  Blanks are written only before something: no line ends in
 * one.
 */
static void
table_line(const struct table *t, FILE *f, char *const *cells,
    const char *const *colors, const size_t *w, const int *shown, int color)
{
	size_t	 c, cw, room, at = 0, gap = 0, lead;
	int	 first = 1, cut;

	for (c = 0; c < t->ncols; c++) {
		if (!shown[c])
			continue;
		if (!first)
			gap += 2;
		first = 0;
		if (cells[c][0] == '\0') {
			gap += w[c];
			continue;
		}
		cw = utf8_width(cells[c], strlen(cells[c]));
		if (cw > w[c])
			cw = w[c];
		lead = t->right[c] ? w[c] - cw : 0;
		room = w[c] - lead;
		cut = t->width > 0 && at + gap + lead + cw > t->width;
		if (cut) {
			/* Room for a character and the ellipsis, or stop. */
			if (at + gap + lead + (t->utf8 ? 2 : 4) > t->width)
				break;
			room = t->width - at - gap - lead;
		}
		put_spaces(f, gap + lead);
		at += gap + lead;
		if (color && colors != NULL && colors[c] != NULL)
			fprintf(f, "\033[%sm", colors[c]);
		cw = put_cell(t, f, cells[c], room);
		if (color && colors != NULL && colors[c] != NULL)
			fputs("\033[0m", f);
		at += cw;
		if (cut)
			break;
		gap = w[c] - lead - cw;
	}
}

/* The width of the columns shown, two spaces apart. */
static size_t
table_span(const struct table *t, const size_t *w, const int *shown)
{
	size_t	 c, n = 0, sum = 0;

	for (c = 0; c < t->ncols; c++)
		if (shown[c]) {
			sum += w[c];
			n++;
		}
	return n > 1 ? sum + 2 * (n - 1) : sum;
}

/*
 * Cut the flex columns of w, the widest first, till the columns shown fit
 * t->width or each is down to its floor; returns their width.
 */
static size_t
table_shrink(const struct table *t, size_t *w, const int *shown,
    const size_t *floor)
{
	size_t	 c, span, widest, next, cut;
	int	 best;

	while ((span = table_span(t, w, shown)) > t->width) {
		best = -1;
		widest = 0;
		for (c = 0; c < t->ncols; c++)
			if (shown[c] && t->flex[c] && w[c] > floor[c] &&
			    w[c] > widest) {
				widest = w[c];
				best = (int)c;
			}
		if (best < 0)
			break;
		/* Down to the next widest, or by what is over. */
		next = floor[best];
		for (c = 0; c < t->ncols; c++)
			if (shown[c] && t->flex[c] && (int)c != best &&
			    w[c] > next)
				next = w[c];
		cut = w[best] - next;
		if (cut == 0 || cut > span - t->width)
			cut = span - t->width < w[best] - floor[best] ?
			    span - t->width : w[best] - floor[best];
		w[best] -= cut;
	}
	return span;
}

/*
 * Fit the table in t->width: cut the flex columns down to 16 columns (or
 * their header's width); then leave columns out, drop 1 first, and fit
 * again with what is left; at last cut the flex columns down to their
 * header's width.  What still does not fit is cut at the width when
 * printed.
 */
static void
table_fit(const struct table *t, const size_t *nat, size_t *w, int *shown)
{
	size_t	 c, head[TABLE_MAXCOLS], floor[TABLE_MAXCOLS];
	int	 level;

	for (c = 0; c < t->ncols; c++) {
		head[c] = t->head != NULL ? utf8_width(t->head[c],
		    strlen(t->head[c])) : 0;
		if (head[c] < 6)
			head[c] = 6;
		floor[c] = head[c] < 16 ? 16 : head[c];
	}
	for (level = 1; ; level++) {
		memcpy(w, nat, t->ncols * sizeof(*w));
		if (table_shrink(t, w, shown, floor) <= t->width)
			return;
		if (level > 3)
			break;
		for (c = 0; c < t->ncols; c++)
			if (t->drop[c] == level)
				shown[c] = 0;
	}
	(void)table_shrink(t, w, shown, head);
}

/*
 * Print the table to f, the header first (bold when color is non-zero),
 * then every row, columns aligned by display width and two spaces apart,
 * fitted to t->width when it is set.
 */
void
table_print(struct table *t, FILE *f, int color)
{
	size_t	 nat[TABLE_MAXCOLS] = { 0 }, w[TABLE_MAXCOLS];
	size_t	 r, c, cw;
	int	 shown[TABLE_MAXCOLS], blank = 1;

	for (c = 0; c < t->ncols; c++)
		shown[c] = 1;
	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++) {
			cw = utf8_width(t->cells[r * t->ncols + c],
			    strlen(t->cells[r * t->ncols + c]));
			if (cw > nat[c])
				nat[c] = cw;
		}
	if (t->head != NULL)
		for (c = 0; c < t->ncols; c++) {
			cw = utf8_width(t->head[c], strlen(t->head[c]));
			if (cw > nat[c])
				nat[c] = cw;
			if (t->head[c][0] != '\0')
				blank = 0;
		}
	memcpy(w, nat, sizeof(w));
	if (t->width > 0)
		table_fit(t, nat, w, shown);
	if (t->head != NULL) {
		if (color && !blank)
			fputs("\033[1m", f);
		table_line(t, f, t->head, NULL, w, shown, 0);
		if (color && !blank)
			fputs("\033[0m", f);
		putc('\n', f);
	}
	for (r = 0; r < t->nrows; r++) {
		table_line(t, f, t->cells + r * t->ncols,
		    t->colors + r * t->ncols, w, shown, color);
		putc('\n', f);
	}
}

/* Free everything the table holds; table_init makes it usable again. */
void
table_release(struct table *t)
{
	size_t	 i;

	if (t->head != NULL)
		for (i = 0; i < t->ncols; i++)
			free(t->head[i]);
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->head);
	free(t->cells);
	free(t->colors);
	memset(t, 0, sizeof(*t));
}
