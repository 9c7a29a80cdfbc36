#include "config.h"

#include <stdio.h>

#include <md4c-html.h>

#include "mentor.h"
#include "render.h"

/*
 * Markdown made HTML by md4c, for html_prose: the one file that needs
 * md4c, so that only a program printing html (mentor-report) links it
 * and every other one starts without loading it.
 */

static void
md_out(const MD_CHAR *s, MD_SIZE n, void *ctx)
{
	buf_add(ctx, s, n);
}

/* Append s[0..n) rendered to out: 0, or -1 when md4c fails. */
int
md_to_html(const char *s, size_t n, struct buf *out)
{
	return md_html(s, (MD_SIZE)n, md_out, out, MD_FLAG_NOHTML |
	    MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS, 0) ==
	    0 ? 0 : -1;
}
