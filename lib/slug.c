#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mentor.h"

#define SLUG_MAX	60	/* bytes in a slug (DESIGN.md §1) */

/*
 * The ASCII spelling of U+00C0 to U+017F (Latin-1 Supplement letters and
 * Latin Extended-A); NULL marks a character that is not a letter and so
 * folds to '-'.
 */
static const char *const fold_latin[] = {
	/* U+00C0 À Á Â Ã Ä Å Æ Ç */
	"a", "a", "a", "a", "a", "a", "ae", "c",
	/* U+00C8 È É Ê Ë Ì Í Î Ï */
	"e", "e", "e", "e", "i", "i", "i", "i",
	/* U+00D0 Ð Ñ Ò Ó Ô Õ Ö × */
	"d", "n", "o", "o", "o", "o", "o", NULL,
	/* U+00D8 Ø Ù Ú Û Ü Ý Þ ß */
	"o", "u", "u", "u", "u", "y", "th", "ss",
	/* U+00E0 à á â ã ä å æ ç */
	"a", "a", "a", "a", "a", "a", "ae", "c",
	/* U+00E8 è é ê ë ì í î ï */
	"e", "e", "e", "e", "i", "i", "i", "i",
	/* U+00F0 ð ñ ò ó ô õ ö ÷ */
	"d", "n", "o", "o", "o", "o", "o", NULL,
	/* U+00F8 ø ù ú û ü ý þ ÿ */
	"o", "u", "u", "u", "u", "y", "th", "y",
	/* U+0100 Ā ā Ă ă Ą ą Ć ć */
	"a", "a", "a", "a", "a", "a", "c", "c",
	/* U+0108 Ĉ ĉ Ċ ċ Č č Ď ď */
	"c", "c", "c", "c", "c", "c", "d", "d",
	/* U+0110 Đ đ Ē ē Ĕ ĕ Ė ė */
	"d", "d", "e", "e", "e", "e", "e", "e",
	/* U+0118 Ę ę Ě ě Ĝ ĝ Ğ ğ */
	"e", "e", "e", "e", "g", "g", "g", "g",
	/* U+0120 Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ */
	"g", "g", "g", "g", "h", "h", "h", "h",
	/* U+0128 Ĩ ĩ Ī ī Ĭ ĭ Į į */
	"i", "i", "i", "i", "i", "i", "i", "i",
	/* U+0130 İ ı Ĳ ĳ Ĵ ĵ Ķ ķ */
	"i", "i", "ij", "ij", "j", "j", "k", "k",
	/* U+0138 ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ */
	"k", "l", "l", "l", "l", "l", "l", "l",
	/* U+0140 ŀ Ł ł Ń ń Ņ ņ Ň */
	"l", "l", "l", "n", "n", "n", "n", "n",
	/* U+0148 ň ŉ Ŋ ŋ Ō ō Ŏ ŏ */
	"n", "n", "n", "n", "o", "o", "o", "o",
	/* U+0150 Ő ő Œ œ Ŕ ŕ Ŗ ŗ */
	"o", "o", "oe", "oe", "r", "r", "r", "r",
	/* U+0158 Ř ř Ś ś Ŝ ŝ Ş ş */
	"r", "r", "s", "s", "s", "s", "s", "s",
	/* U+0160 Š š Ţ ţ Ť ť Ŧ ŧ */
	"s", "s", "t", "t", "t", "t", "t", "t",
	/* U+0168 Ũ ũ Ū ū Ŭ ŭ Ů ů */
	"u", "u", "u", "u", "u", "u", "u", "u",
	/* U+0170 Ű ű Ų ų Ŵ ŵ Ŷ ŷ */
	"u", "u", "u", "u", "w", "w", "y", "y",
	/* U+0178 Ÿ Ź ź Ż ż Ž ž ſ */
	"y", "z", "z", "z", "z", "z", "z", "s",
};
#define FOLD_FIRST	0xC0
#define FOLD_LAST	0x17F
_Static_assert(sizeof(fold_latin) / sizeof(fold_latin[0]) ==
    FOLD_LAST - FOLD_FIRST + 1, "one entry a code point");

/*
 * Decode one UTF-8 character at s, storing its code point in *cp and
 * returning its length; an invalid sequence (overlong, surrogate, out of
 * range, truncated) gives -1 as the code point and a length of 1, so the
 * caller moves on by one byte.
 */
static size_t
utf8_next(const unsigned char *s, int32_t *cp)
{
	uint32_t	 c = s[0], min;
	size_t		 n, i;

	if (c < 0x80) {
		*cp = (int32_t)c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		c &= 0x1F;
		min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		c &= 0x0F;
		min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
		*cp = -1;
		return 1;
	}
	*cp = (int32_t)c;
	return n;
}

/* The ASCII letters and digits a code point folds to, or NULL for '-'. */
static const char *
fold(int32_t cp, char ascii[2])
{
	if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
		ascii[0] = (char)cp;
		ascii[1] = '\0';
		return ascii;
	}
	if (cp >= 'A' && cp <= 'Z') {
		ascii[0] = (char)(cp - 'A' + 'a');
		ascii[1] = '\0';
		return ascii;
	}
	if (cp >= FOLD_FIRST && cp <= FOLD_LAST)
		return fold_latin[cp - FOLD_FIRST];
	return NULL;
}

/*
 * A short stable name for a title that folds to nothing: six hex digits
 * of its FNV-1a hash, so the same title always gives the same name.
 */
static void
slug_suffix(const char *title, struct buf *out)
{
	const unsigned char	*s = (const unsigned char *)title;
	uint32_t		 h = 2166136261U;

	for (; *s != '\0'; s++)
		h = (h ^ *s) * 16777619U;
	buf_addf(out, "-%06lx", (unsigned long)(h & 0xffffff));
}

/*
 * Append to out the file name slug of the UTF-8 title.  A slug longer
 * than SLUG_MAX is cut at the last word boundary that fits (mid-word only
 * when its first word is that long).  When nothing of a title survives
 * (it is all CJK, say), the slug is fallback (else "note") and a short
 * stable suffix made from the title, so that different titles get
 * different names; an empty title gives fallback alone.
 */
void
slug_make(const char *title, const char *fallback, struct buf *out)
{
	const unsigned char	*s = (const unsigned char *)title;
	const char		*f;
	char			 ascii[2];
	size_t			 start = out->len, len = 0, cut;
	int32_t			 cp;
	int			 dash = 0;

	/*
	 * Build in place after what out already holds; a '-' is written only
	 * when a letter follows it, so runs collapse and none lead or trail.
	 */
	while (s != NULL && *s != '\0' && len <= SLUG_MAX) {
		s += utf8_next(s, &cp);
		if ((f = fold(cp, ascii)) == NULL) {
			dash = 1;
			continue;
		}
		if (dash && len > 0) {
			buf_addch(out, '-');
			len++;
		}
		dash = 0;
		buf_addstr(out, f);
		len += strlen(f);
	}
	if (len > SLUG_MAX) {
		/* At a '-' that follows the limit, the words before fit. */
		cut = SLUG_MAX;
		if (out->buf[start + cut] != '-') {
			while (cut > 0 && out->buf[start + cut] != '-')
				cut--;
			if (cut == 0)
				cut = SLUG_MAX;
		}
		len = cut;
		if (out->buf[start + len - 1] == '-')
			len--;
		buf_setlen(out, start + len);
	}
	if (len > 0)
		return;
	buf_addstr(out, fallback != NULL ? fallback : "note");
	if (title != NULL && *title != '\0')
		slug_suffix(title, out);
}
