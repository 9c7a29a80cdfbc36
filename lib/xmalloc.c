#include "config.h"

#include <err.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

/* Allocation that never returns NULL: running out of memory is exit 71. */

void *
xmalloc(size_t size)
{
	void	*p;

	if (size == 0)
		size = 1;
	if ((p = malloc(size)) == NULL)
		errx(EX_OSERR, "out of memory allocating %zu bytes", size);
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void	*p;

	if (nmemb == 0 || size == 0)
		nmemb = size = 1;
	if ((p = calloc(nmemb, size)) == NULL)
		errx(EX_OSERR, "out of memory allocating %zu x %zu bytes",
		    nmemb, size);
	return p;
}

void *
xreallocarray(void *ptr, size_t nmemb, size_t size)
{
	void	*p;

	if (nmemb == 0 || size == 0)
		nmemb = size = 1;
	if (SIZE_MAX / nmemb < size)
		errx(EX_OSERR, "allocation of %zu x %zu bytes overflows",
		    nmemb, size);
	if ((p = realloc(ptr, nmemb * size)) == NULL)
		errx(EX_OSERR, "out of memory allocating %zu x %zu bytes",
		    nmemb, size);
	return p;
}

/*
 * Room for element n of a vector that grows one element at a time and
 * only through xgrow: it reallocates when n reaches 8 or a power of two
 * above, doubling, so that appending is not quadratic.
 */
void *
xgrow(void *ptr, size_t n, size_t size)
{
	if (n == 0)
		return xreallocarray(ptr, 8, size);
	if (n < 8 || (n & (n - 1)) != 0)
		return ptr;
	return xreallocarray(ptr, n * 2, size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char	*p;

	n = strnlen(s, n);
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int
xasprintf(char **ret, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;

	/* vasprintf is not POSIX: measure, then write. */
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		errx(EX_SOFTWARE, "cannot format a string");
	*ret = xmalloc((size_t)n + 1);
	va_start(ap, fmt);
	(void)vsnprintf(*ret, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return n;
}
