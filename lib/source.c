#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "mentor.h"
#include "source.h"

/*
 * The journal's folder as a source: the files as they are.  The other
 * source, git's objects, is in source-git.c; readers get either through
 * the functions at the end.
 */

static int
files_read(struct source *src, const char *rel, char **data, size_t *len,
    struct doc_error *err)
{
	return doc_readat(src->dirfd, rel, data, len, err);
}

/*
 * The kind of a folder's entry: what the listing says (d_type) where it
 * says it, else what the file system says.
 */
static int
entry_kind(int dirfd, const struct dirent *de)
{
	struct stat	 st;

#ifdef DT_UNKNOWN
	switch (de->d_type) {
	case DT_REG:
		return SK_FILE;
	case DT_LNK:
		return SK_LINK;
	case DT_DIR:
		return SK_DIR;
	case DT_UNKNOWN:
		break;
	default:
		return SK_OTHER;
	}
#endif
	if (fstatat(dirfd, de->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
		return SK_OTHER;
	if (S_ISREG(st.st_mode))
		return SK_FILE;
	if (S_ISLNK(st.st_mode))
		return SK_LINK;
	return S_ISDIR(st.st_mode) ? SK_DIR : SK_OTHER;
}

static int
files_walk(struct source *src, const char *rel, source_fn fn, void *ctx)
{
	DIR		*dp;
	struct dirent	*de;
	int		 fd;

	if ((fd = openat(src->dirfd, *rel ? rel : ".", O_RDONLY |
	    O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	if ((dp = fdopendir(fd)) == NULL) {
		close(fd);
		return -1;
	}
	while ((de = readdir(dp)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			fn(ctx, de->d_name, entry_kind(fd, de));
	closedir(dp);
	return 0;
}

static int
files_kind(struct source *src, const char *rel)
{
	struct stat	 st;

	if (fstatat(src->dirfd, *rel ? rel : ".", &st, 0) == -1)
		return -1;
	if (S_ISREG(st.st_mode))
		return SK_FILE;
	return S_ISDIR(st.st_mode) ? SK_DIR : SK_OTHER;
}

static void
files_free(struct source *src)
{
	(void)src;
}

static const struct source_ops files_ops = {
	files_read, files_walk, files_kind, NULL, files_free
};

/* The folder open at dirfd (the caller's, still theirs to close). */
struct source *
source_files(int dirfd)
{
	struct source	*src = xcalloc(1, sizeof(*src));

	src->ops = &files_ops;
	src->dirfd = dirfd;
	return src;
}

/* Read the file rel whole (see mentor.h). */
int
source_read(struct source *src, const char *rel, char **data, size_t *len,
    struct doc_error *err)
{
	return src->ops->read(src, rel, data, len, err);
}

/* Call fn with each entry of the folder rel ("" the journal's own). */
int
source_walk(struct source *src, const char *rel, source_fn fn, void *ctx)
{
	return src->ops->walk(src, rel, fn, ctx);
}

/* What rel is, links followed: SK_FILE, SK_DIR, SK_OTHER, or -1. */
int
source_kind(struct source *src, const char *rel)
{
	return src->ops->kind(src, rel);
}

/*
 * Say which files will be read next, so that a source that gains by it
 * fetches them together (git's); the reads still come one by one.
 */
void
source_fetch(struct source *src, const char *const *rels, size_t n)
{
	if (src->ops->fetch != NULL && n > 1)
		src->ops->fetch(src, rels, n);
}

/* The commit a source reads (its full id), or NULL: files, the index. */
const char *
source_rev(const struct source *src)
{
	return src->rev;
}

void
source_free(struct source *src)
{
	if (src == NULL)
		return;
	src->ops->free(src);
	free(src->rev);
	free(src);
}
