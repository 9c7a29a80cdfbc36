#include "config.h"

#include <err.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/* Every empty buf points here, so buf->buf is always a valid string. */
char buf_empty[1];

void
buf_init(struct buf *b)
{
	b->buf = buf_empty;
	b->len = b->alloc = 0;
}

void
buf_release(struct buf *b)
{
	if (b->alloc != 0)
		free(b->buf);
	buf_init(b);
}

char *
buf_detach(struct buf *b, size_t *len)
{
	char	*p;

	if (b->alloc == 0)
		buf_grow(b, 0);
	p = b->buf;
	if (len != NULL)
		*len = b->len;
	buf_init(b);
	return p;
}

/* Make room for extra more bytes and the NUL. */
void
buf_grow(struct buf *b, size_t extra)
{
	size_t	 want;
	int	 fresh = b->alloc == 0;

	if (extra > SIZE_MAX - b->len - 1)
		errx(EX_OSERR, "string too long");
	want = b->len + extra + 1;
	if (want <= b->alloc)
		return;
	if (b->alloc != 0 && want < b->alloc + b->alloc / 2)
		want = b->alloc + b->alloc / 2;
	if (want < 64)
		want = 64;
	b->buf = xreallocarray(fresh ? NULL : b->buf, want, 1);
	b->alloc = want;
	if (fresh)
		b->buf[b->len] = '\0';
}

void
buf_reset(struct buf *b)
{
	buf_setlen(b, 0);
}

void
buf_setlen(struct buf *b, size_t len)
{
	if (b->alloc == 0)
		return;
	b->len = len;
	b->buf[len] = '\0';
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	size_t	 inside;

	if (n == 0)
		return;
	/* Appending part of the buf to itself survives the realloc. */
	if (b->alloc != 0 && (const char *)p >= b->buf &&
	    (const char *)p < b->buf + b->alloc) {
		inside = (size_t)((const char *)p - b->buf);
		buf_grow(b, n);
		p = b->buf + inside;
	} else
		buf_grow(b, n);
	memmove(b->buf + b->len, p, n);
	b->len += n;
	b->buf[b->len] = '\0';
}

void
buf_addstr(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addch(struct buf *b, int c)
{
	buf_grow(b, 1);
	b->buf[b->len++] = (char)c;
	b->buf[b->len] = '\0';
}

/*
 * n in decimal, as "%lld" writes it, without printf's cost: written at
 * the end of d, where the returned string starts.
 */
const char *
int_str(long long n, char d[INT_STRLEN])
{
	char			*p = d + INT_STRLEN;
	unsigned long long	 u = n < 0 ? 0ULL - (unsigned long long)n :
				    (unsigned long long)n;

	*--p = '\0';
	do
		*--p = (char)('0' + u % 10);
	while ((u /= 10) > 0);
	if (n < 0)
		*--p = '-';
	return p;
}

void
buf_addint(struct buf *b, long long n)
{
	char	 d[INT_STRLEN];

	buf_addstr(b, int_str(n, d));
}

void
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	va_list	 cp;
	int	 n;

	/* Room for a short result, so that most are formatted once. */
	buf_grow(b, 64);
	va_copy(cp, ap);
	n = vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, cp);
	va_end(cp);
	if (n < 0)
		return;
	if ((size_t)n >= b->alloc - b->len) {
		buf_grow(b, (size_t)n);
		n = vsnprintf(b->buf + b->len, b->alloc - b->len, fmt, ap);
	}
	b->len += (size_t)n;
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}
