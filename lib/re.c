#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "mentor.h"

/*
 * User patterns (--grep): PCRE2 with UTF and JIT, and match and depth
 * limits so that a pathological pattern ends the command with a message
 * (exit 64) instead of running for ever.
 */
#define RE_MATCH_LIMIT	10000000U
#define RE_DEPTH_LIMIT	10000U

struct ure {
	pcre2_code		*code;
	pcre2_match_context	*mc;
	char			*pat;
};

/* Compile a user's pattern; exit 64 with PCRE2's message when it is bad. */
struct ure *
ure_compile(const char *pat, int caseless)
{
	struct ure	*u;
	pcre2_code	*code;
	PCRE2_UCHAR	 msg[256];
	PCRE2_SIZE	 eo;
	int		 ec;

	code = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MULTILINE |
	    (caseless ? PCRE2_CASELESS : 0), &ec, &eo, NULL);
	if (code == NULL) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		errx(EX_USAGE, "bad regex '%s': %s at offset %zu", pat,
		    (char *)msg, (size_t)eo);
	}
	u = xcalloc(1, sizeof(*u));
	u->code = code;
	(void)pcre2_jit_compile(u->code, PCRE2_JIT_COMPLETE);
	u->mc = pcre2_match_context_create(NULL);
	if (u->mc == NULL)
		errx(EX_OSERR, "out of memory");
	pcre2_set_match_limit(u->mc, RE_MATCH_LIMIT);
	pcre2_set_depth_limit(u->mc, RE_DEPTH_LIMIT);
	u->pat = xstrdup(pat);
	return u;
}

/*
 * Does the pattern match n bytes at s (valid UTF-8)?  Safe on several
 * threads at once: each call has match data of its own.
 */
int
ure_match(struct ure *u, const char *s, size_t n)
{
	pcre2_match_data	*md;
	PCRE2_UCHAR		 msg[256];
	int			 rc;

	if ((md = pcre2_match_data_create(1, NULL)) == NULL)
		errx(EX_OSERR, "out of memory");
	rc = pcre2_match(u->code, (PCRE2_SPTR)s, n, 0, PCRE2_NO_UTF_CHECK,
	    md, u->mc);
	pcre2_match_data_free(md);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	pcre2_get_error_message(rc, msg, sizeof(msg));
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_HEAPLIMIT)
		errx(EX_USAGE, "regex '%s' hit a PCRE2 limit (%s); simplify "
		    "it", u->pat, (char *)msg);
	errx(EX_USAGE, "regex '%s': %s", u->pat, (char *)msg);
}

void
ure_free(struct ure *u)
{
	if (u == NULL)
		return;
	pcre2_match_context_free(u->mc);
	pcre2_code_free(u->code);
	free(u->pat);
	free(u);
}
