#include "config.h"

#include <stdio.h>

#include "mentor.h"
#include "render.h"

/* Small pieces of the view that reports draw: day counts, bars, cells. */

/* "1 day", "3 days", "-2 days". */
const char *
out_days(char *s, size_t n, int d)
{
	snprintf(s, n, "%d day%s", d, d == 1 || d == -1 ? "" : "s");
	return s;
}

/*
 * Drawing in the view: a progress bar of w cells in Unicode blocks, or
 * ASCII when the locale's charset is not UTF-8.
 */
void
out_bar(const struct out *o, struct buf *b, int done, int total, int w)
{
	int	 i, fill = total > 0 ? (done * w + total / 2) / total : 0;

	for (i = 0; i < w; i++)
		buf_addstr(b, i < fill ? (o->utf8 ? "\xe2\x96\x88" : "#") :
		    (o->utf8 ? "\xe2\x96\x91" : "."));
}

/* A calendar cell: filled for a week with something, else a dot. */
void
out_block(const struct out *o, struct buf *b, int filled)
{
	buf_addstr(b, filled ? (o->utf8 ? "\xe2\x96\x88" : "#") :
	    (o->utf8 ? "\xc2\xb7" : "."));
}
