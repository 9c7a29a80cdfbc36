/*
 * git-read: how fast can a journal be read out of a git commit?  Two
 * ways, same work (list every file under the journal's folder, read each
 * whole, count bytes and lines):
 *
 *	git-read batch DIR REV	  libmentor's source_git: git ls-tree -r
 *				  once, then one git cat-file --batch
 *	git-read libgit2 DIR REV  libgit2: the tree walked and every blob
 *				  read in this process
 *
 * Prints "FILES files, BYTES bytes, LINES lines" so that the two can be
 * seen to agree.  Not built by make (libgit2 is no dependency of mentor);
 * tests/bench/README says how to build and run it.
 */
#include "config.h"

#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mentor.h"

#ifdef WITH_LIBGIT2
#include <git2.h>
#endif

static unsigned long	 nfiles, nlines;
static unsigned long long nbytes;

static void
count(const char *p, size_t n)
{
	nfiles++;
	nbytes += n;
	for (; n > 0; n--)
		nlines += *p++ == '\n';
}

static struct source	*cur;

/* A folder's names, files and folders apart. */
struct names {
	char		**files, **dirs;
	size_t		 nfiles, ndirs;
	const char	*at;
};

static void
seen(void *ctx, const char *name, int kind)
{
	struct names	*nm = ctx;
	char		*rel;

	xasprintf(&rel, "%s%s%s", nm->at, *nm->at ? "/" : "", name);
	if (kind == SK_DIR)
		strv_push(&nm->dirs, &nm->ndirs, rel);
	else
		strv_push(&nm->files, &nm->nfiles, rel);
}

/* Read a folder as mentor's scan does: its files fetched together. */
static void
walk_dir(struct source *src, const char *rel)
{
	struct doc_error e;
	struct names	 nm = { NULL, NULL, 0, 0, rel };
	char		*data;
	size_t		 i, len;

	(void)source_walk(src, rel, seen, &nm);
	source_fetch(src, (const char *const *)nm.files, nm.nfiles);
	for (i = 0; i < nm.nfiles; i++)
		if (source_read(src, nm.files[i], &data, &len, &e) == 0) {
			count(data, len);
			free(data);
		}
	for (i = 0; i < nm.ndirs; i++)
		walk_dir(src, nm.dirs[i]);
	strv_free(nm.files, nm.nfiles);
	strv_free(nm.dirs, nm.ndirs);
}

static int
batch(const char *dir, const char *rev)
{
	if (source_git(dir, rev, &cur) != 0)
		return 1;
	walk_dir(cur, "");
	source_free(cur);
	return 0;
}

#ifdef WITH_LIBGIT2
static git_repository	*repo;

static int
blob_cb(const char *root, const git_tree_entry *te, void *ctx)
{
	git_blob	*b;

	(void)root;
	(void)ctx;
	if (git_tree_entry_type(te) != GIT_OBJECT_BLOB)
		return 0;
	if (git_blob_lookup(&b, repo, git_tree_entry_id(te)) != 0)
		return -1;
	count(git_blob_rawcontent(b), (size_t)git_blob_rawsize(b));
	git_blob_free(b);
	return 0;
}

static int
lg2(const char *dir, const char *rev)
{
	git_object	*obj;
	git_tree	*tree;
	git_tree_entry	*sub;
	git_buf		 root = { 0 };
	const char	*prefix;
	char		*spec;

	git_libgit2_init();
	if (git_repository_open_ext(&repo, dir, 0, NULL) != 0)
		errx(1, "%s", git_error_last()->message);
	if (git_repository_discover(&root, dir, 0, NULL) != 0)
		errx(1, "%s", git_error_last()->message);
	prefix = git_repository_workdir(repo);
	{
		char *absdir = xrealpath(dir);
		size_t n = strlen(prefix);

		spec = absdir != NULL && strncmp(absdir, prefix, n - 1) == 0 ?
		    xstrdup(absdir[n - 1] == '/' ? absdir + n : "") :
		    xstrdup("");
		free(absdir);
	}
	if (git_revparse_single(&obj, repo, rev) != 0 ||
	    git_commit_tree(&tree, (git_commit *)obj) != 0)
		errx(1, "%s", git_error_last()->message);
	if (*spec != '\0') {
		git_tree *t2;

		if (git_tree_entry_bypath(&sub, tree, spec) != 0 ||
		    git_tree_lookup(&t2, repo, git_tree_entry_id(sub)) != 0)
			errx(1, "%s", git_error_last()->message);
		git_tree_free(tree);
		git_tree_entry_free(sub);
		tree = t2;
	}
	if (git_tree_walk(tree, GIT_TREEWALK_PRE, blob_cb, NULL) != 0)
		errx(1, "walk failed");
	git_tree_free(tree);
	git_object_free(obj);
	git_repository_free(repo);
	git_buf_dispose(&root);
	free(spec);
	git_libgit2_shutdown();
	return 0;
}
#endif

int
main(int argc, char *argv[])
{
	int	 rc;

	if (argc != 4)
		errx(64, "usage: git-read batch|libgit2 dir rev");
	if (strcmp(argv[1], "batch") == 0)
		rc = batch(argv[2], argv[3]);
#ifdef WITH_LIBGIT2
	else if (strcmp(argv[1], "libgit2") == 0)
		rc = lg2(argv[2], argv[3]);
#endif
	else
		errx(64, "unknown way '%s'", argv[1]);
	printf("%lu files, %llu bytes, %lu lines\n", nfiles, nbytes, nlines);
	return rc;
}
