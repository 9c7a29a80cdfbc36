#include "config.h"

#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"

/* Reading a record file whole and parsing it. */

/*
 * Read the open file fd whole into a new buffer (NUL after the last byte),
 * refusing anything over RECORD_MAX: 0, or EX_IOERR or EX_DATAERR with
 * err filled.
 */
int
doc_readfd(int fd, char **data, size_t *len, struct doc_error *err)
{
	struct stat	 st;
	size_t		 alloc, n = 0;
	ssize_t		 r;
	char		*buf;

	if (fstat(fd, &st) == -1)
		goto ioerr;
	if (S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		goto ioerr;
	}
	if (st.st_size > (off_t)RECORD_MAX) {
		doc_fail(err, 1, 0, "record is larger than 16 MiB");
		return EX_DATAERR;
	}
	alloc = (size_t)st.st_size + 1;
	buf = xmalloc(alloc + 1);
	for (;;) {
		if (n == alloc) {
			if (alloc > RECORD_MAX) {
				free(buf);
				doc_fail(err, 1, 0,
				    "record is larger than 16 MiB");
				return EX_DATAERR;
			}
			alloc *= 2;
			buf = xreallocarray(buf, alloc + 1, 1);
		}
		r = read(fd, buf + n, alloc - n);
		if (r == -1 && errno == EINTR)
			continue;
		if (r == -1) {
			free(buf);
			goto ioerr;
		}
		if (r == 0)
			break;
		n += (size_t)r;
		/* A regular file is whole at its size: spare the EOF read. */
		if (S_ISREG(st.st_mode) && st.st_size > 0 &&
		    n == (size_t)st.st_size)
			break;
	}
	if (n > RECORD_MAX) {
		free(buf);
		doc_fail(err, 1, 0, "record is larger than 16 MiB");
		return EX_DATAERR;
	}
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return 0;
ioerr:
	if (err != NULL) {
		err->line = err->col = 0;
		snprintf(err->msg, sizeof(err->msg), "%s", strerror(errno));
	}
	return EX_IOERR;
}

/*
 * Read the file at rel under dirfd whole into a new buffer (NUL after the
 * last byte), refusing anything over RECORD_MAX.  0, or EX_NOINPUT,
 * EX_IOERR or EX_DATAERR with err filled.
 */
int
doc_readat(int dirfd, const char *rel, char **data, size_t *len,
    struct doc_error *err)
{
	int	 fd, rc, e;

	if ((fd = openat(dirfd, rel, O_RDONLY | O_CLOEXEC)) == -1) {
		e = errno;
		if (err != NULL) {
			err->line = err->col = 0;
			snprintf(err->msg, sizeof(err->msg), "%s",
			    strerror(e));
		}
		return e == ENOENT || e == ENOTDIR ? EX_NOINPUT : EX_IOERR;
	}
	rc = doc_readfd(fd, data, len, err);
	close(fd);
	return rc;
}

static int
load(struct doc *d, int dirfd, const char *rel, const char *path,
    struct doc_error *err, int plain)
{
	char	*data;
	size_t	 len;
	int	 rc;

	memset(d, 0, sizeof(*d));
	d->path = path;
	if ((rc = doc_readat(dirfd, rel, &data, &len, err)) != 0)
		return rc;
	return plain ? doc_parse_yaml(d, path, data, len, err) :
	    doc_parse(d, path, data, len, err);
}

/* Read and parse the record at rel under dirfd, naming it path. */
int
doc_loadat(struct doc *d, int dirfd, const char *rel, const char *path,
    struct doc_error *err)
{
	return load(d, dirfd, rel, path, err, 0);
}

/* Read and parse a plain YAML file (mentor.yaml) under dirfd. */
int
doc_loadat_yaml(struct doc *d, int dirfd, const char *rel, const char *path,
    struct doc_error *err)
{
	return load(d, dirfd, rel, path, err, 1);
}

/*
 * Parse a record being rewritten (plain: a bare YAML mapping such as
 * mentor.yaml) from data, which d takes over; a broken one is reported
 * as path:line:col: message, and d freed.  Returns 0 or the status of
 * parsing.
 */
int
doc_reparse(struct doc *d, const char *path, char *data, size_t len,
    int plain)
{
	struct doc_error	 e;
	int			 rc;

	rc = plain ? doc_parse_yaml(d, path, data, len, &e) :
	    doc_parse(d, path, data, len, &e);
	if (rc != 0) {
		diag(path, e.line, e.col, "%s", e.msg);
		doc_free(d);
	}
	return rc;
}

/* Read and parse the record at path. */
int
doc_load(struct doc *d, const char *path, struct doc_error *err)
{
	return doc_loadat(d, AT_FDCWD, path, path, err);
}
