#include "config.h"

#include <sys/ioctl.h>

#include <err.h>
#include <langinfo.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "mentor.h"

static const char *const fmt_names[] = {
	[FMT_NONE] = "none",
	[FMT_TEXT] = "text",
	[FMT_PATHS] = "paths",
	[FMT_TSV] = "tsv",
	[FMT_JSON] = "json",
	[FMT_JSONL] = "jsonl",
	[FMT_MD] = "md",
	[FMT_HTML] = "html",
	[FMT_ICS] = "ics",
};
#define NFMTS	(sizeof(fmt_names) / sizeof(fmt_names[0]))

/* The FMT_* value named by s, or FMT_NONE when s names no format. */
int
fmt_parse(const char *s)
{
	size_t	 i;

	if (s == NULL)
		return FMT_NONE;
	for (i = FMT_NONE + 1; i < NFMTS; i++)
		if (strcmp(s, fmt_names[i]) == 0)
			return (int)i;
	return FMT_NONE;
}

/* The name of a format; "none" for FMT_NONE or an unknown value. */
const char *
fmt_name(int fmt)
{
	if (fmt < 0 || (size_t)fmt >= NFMTS)
		return fmt_names[FMT_NONE];
	return fmt_names[fmt];
}

/*
 * Decode one strict UTF-8 sequence at s (n bytes available): its length,
 * or 0 when the bytes there are not a valid sequence (overlong, surrogate,
 * beyond U+10FFFF, stray continuation byte or truncated).
 */
static size_t
u8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char	 c = s[0], lo = 0x80, hi = 0xBF;
	size_t		 len, i;
	uint32_t	 v;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;	/* overlong below U+0800 */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;	/* overlong below U+10000 */
		else if (c == 0xF4)
			hi = 0x8F;	/* beyond U+10FFFF */
	} else
		return 0;
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if (s[i] < lo || s[i] > hi)
			return 0;
		lo = 0x80;
		hi = 0xBF;
		v = v << 6 | (s[i] & 0x3F);
	}
	*cp = v;
	return len;
}

/*
 * Code point ranges for the width tables, built from the Unicode 15 data:
 * zero_tab holds the nonspacing and enclosing marks (Mn, Me), the format
 * characters (Cf, but for the soft hyphen and the visible prepended marks
 * such as U+0600), the line and paragraph separators, the conjoining
 * Hangul vowels and finals and the default-ignorable planes; wide_tab
 * holds East Asian Wide and Fullwidth characters (including the
 * unassigned parts of the ideograph blocks and planes 2 and 3, which are
 * wide by default), less anything in zero_tab.  Code points assigned in
 * later versions are included where they are simply new.
 */
struct urange {
	uint32_t	 lo, hi;
};

static const struct urange zero_tab[] = {
	{ 0x0300, 0x036F }, { 0x0483, 0x0489 }, { 0x0591, 0x05BD },
	{ 0x05BF, 0x05BF }, { 0x05C1, 0x05C2 }, { 0x05C4, 0x05C5 },
	{ 0x05C7, 0x05C7 }, { 0x0610, 0x061A }, { 0x061C, 0x061C },
	{ 0x064B, 0x065F }, { 0x0670, 0x0670 }, { 0x06D6, 0x06DC },
	{ 0x06DF, 0x06E4 }, { 0x06E7, 0x06E8 }, { 0x06EA, 0x06ED },
	{ 0x0711, 0x0711 }, { 0x0730, 0x074A }, { 0x07A6, 0x07B0 },
	{ 0x07EB, 0x07F3 }, { 0x07FD, 0x07FD }, { 0x0816, 0x0819 },
	{ 0x081B, 0x0823 }, { 0x0825, 0x0827 }, { 0x0829, 0x082D },
	{ 0x0859, 0x085B }, { 0x0897, 0x089F }, { 0x08CA, 0x08E1 },
	{ 0x08E3, 0x0902 }, { 0x093A, 0x093A }, { 0x093C, 0x093C },
	{ 0x0941, 0x0948 }, { 0x094D, 0x094D }, { 0x0951, 0x0957 },
	{ 0x0962, 0x0963 }, { 0x0981, 0x0981 }, { 0x09BC, 0x09BC },
	{ 0x09C1, 0x09C4 }, { 0x09CD, 0x09CD }, { 0x09E2, 0x09E3 },
	{ 0x09FE, 0x09FE }, { 0x0A01, 0x0A02 }, { 0x0A3C, 0x0A3C },
	{ 0x0A41, 0x0A42 }, { 0x0A47, 0x0A48 }, { 0x0A4B, 0x0A4D },
	{ 0x0A51, 0x0A51 }, { 0x0A70, 0x0A71 }, { 0x0A75, 0x0A75 },
	{ 0x0A81, 0x0A82 }, { 0x0ABC, 0x0ABC }, { 0x0AC1, 0x0AC5 },
	{ 0x0AC7, 0x0AC8 }, { 0x0ACD, 0x0ACD }, { 0x0AE2, 0x0AE3 },
	{ 0x0AFA, 0x0AFF }, { 0x0B01, 0x0B01 }, { 0x0B3C, 0x0B3C },
	{ 0x0B3F, 0x0B3F }, { 0x0B41, 0x0B44 }, { 0x0B4D, 0x0B4D },
	{ 0x0B55, 0x0B56 }, { 0x0B62, 0x0B63 }, { 0x0B82, 0x0B82 },
	{ 0x0BC0, 0x0BC0 }, { 0x0BCD, 0x0BCD }, { 0x0C00, 0x0C00 },
	{ 0x0C04, 0x0C04 }, { 0x0C3C, 0x0C3C }, { 0x0C3E, 0x0C40 },
	{ 0x0C46, 0x0C48 }, { 0x0C4A, 0x0C4D }, { 0x0C55, 0x0C56 },
	{ 0x0C62, 0x0C63 }, { 0x0C81, 0x0C81 }, { 0x0CBC, 0x0CBC },
	{ 0x0CBF, 0x0CBF }, { 0x0CC6, 0x0CC6 }, { 0x0CCC, 0x0CCD },
	{ 0x0CE2, 0x0CE3 }, { 0x0D00, 0x0D01 }, { 0x0D3B, 0x0D3C },
	{ 0x0D41, 0x0D44 }, { 0x0D4D, 0x0D4D }, { 0x0D62, 0x0D63 },
	{ 0x0D81, 0x0D81 }, { 0x0DCA, 0x0DCA }, { 0x0DD2, 0x0DD4 },
	{ 0x0DD6, 0x0DD6 }, { 0x0E31, 0x0E31 }, { 0x0E34, 0x0E3A },
	{ 0x0E47, 0x0E4E }, { 0x0EB1, 0x0EB1 }, { 0x0EB4, 0x0EBC },
	{ 0x0EC8, 0x0ECE }, { 0x0F18, 0x0F19 }, { 0x0F35, 0x0F35 },
	{ 0x0F37, 0x0F37 }, { 0x0F39, 0x0F39 }, { 0x0F71, 0x0F7E },
	{ 0x0F80, 0x0F84 }, { 0x0F86, 0x0F87 }, { 0x0F8D, 0x0F97 },
	{ 0x0F99, 0x0FBC }, { 0x0FC6, 0x0FC6 }, { 0x102D, 0x1030 },
	{ 0x1032, 0x1037 }, { 0x1039, 0x103A }, { 0x103D, 0x103E },
	{ 0x1058, 0x1059 }, { 0x105E, 0x1060 }, { 0x1071, 0x1074 },
	{ 0x1082, 0x1082 }, { 0x1085, 0x1086 }, { 0x108D, 0x108D },
	{ 0x109D, 0x109D }, { 0x1160, 0x11FF }, { 0x135D, 0x135F },
	{ 0x1712, 0x1714 }, { 0x1732, 0x1733 }, { 0x1752, 0x1753 },
	{ 0x1772, 0x1773 }, { 0x17B4, 0x17B5 }, { 0x17B7, 0x17BD },
	{ 0x17C6, 0x17C6 }, { 0x17C9, 0x17D3 }, { 0x17DD, 0x17DD },
	{ 0x180B, 0x180F }, { 0x1885, 0x1886 }, { 0x18A9, 0x18A9 },
	{ 0x1920, 0x1922 }, { 0x1927, 0x1928 }, { 0x1932, 0x1932 },
	{ 0x1939, 0x193B }, { 0x1A17, 0x1A18 }, { 0x1A1B, 0x1A1B },
	{ 0x1A56, 0x1A56 }, { 0x1A58, 0x1A5E }, { 0x1A60, 0x1A60 },
	{ 0x1A62, 0x1A62 }, { 0x1A65, 0x1A6C }, { 0x1A73, 0x1A7C },
	{ 0x1A7F, 0x1A7F }, { 0x1AB0, 0x1ADD }, { 0x1AE0, 0x1AEB },
	{ 0x1B00, 0x1B03 }, { 0x1B34, 0x1B34 }, { 0x1B36, 0x1B3A },
	{ 0x1B3C, 0x1B3C }, { 0x1B42, 0x1B42 }, { 0x1B6B, 0x1B73 },
	{ 0x1B80, 0x1B81 }, { 0x1BA2, 0x1BA5 }, { 0x1BA8, 0x1BA9 },
	{ 0x1BAB, 0x1BAD }, { 0x1BE6, 0x1BE6 }, { 0x1BE8, 0x1BE9 },
	{ 0x1BED, 0x1BED }, { 0x1BEF, 0x1BF1 }, { 0x1C2C, 0x1C33 },
	{ 0x1C36, 0x1C37 }, { 0x1CD0, 0x1CD2 }, { 0x1CD4, 0x1CE0 },
	{ 0x1CE2, 0x1CE8 }, { 0x1CED, 0x1CED }, { 0x1CF4, 0x1CF4 },
	{ 0x1CF8, 0x1CF9 }, { 0x1DC0, 0x1DFF }, { 0x200B, 0x200F },
	{ 0x2028, 0x202E }, { 0x2060, 0x206F }, { 0x20D0, 0x20F0 },
	{ 0x2CEF, 0x2CF1 }, { 0x2D7F, 0x2D7F }, { 0x2DE0, 0x2DFF },
	{ 0x302A, 0x302D }, { 0x3099, 0x309A }, { 0xA66F, 0xA672 },
	{ 0xA674, 0xA67D }, { 0xA69E, 0xA69F }, { 0xA6F0, 0xA6F1 },
	{ 0xA802, 0xA802 }, { 0xA806, 0xA806 }, { 0xA80B, 0xA80B },
	{ 0xA825, 0xA826 }, { 0xA82C, 0xA82C }, { 0xA8C4, 0xA8C5 },
	{ 0xA8E0, 0xA8F1 }, { 0xA8FF, 0xA8FF }, { 0xA926, 0xA92D },
	{ 0xA947, 0xA951 }, { 0xA980, 0xA982 }, { 0xA9B3, 0xA9B3 },
	{ 0xA9B6, 0xA9B9 }, { 0xA9BC, 0xA9BD }, { 0xA9E5, 0xA9E5 },
	{ 0xAA29, 0xAA2E }, { 0xAA31, 0xAA32 }, { 0xAA35, 0xAA36 },
	{ 0xAA43, 0xAA43 }, { 0xAA4C, 0xAA4C }, { 0xAA7C, 0xAA7C },
	{ 0xAAB0, 0xAAB0 }, { 0xAAB2, 0xAAB4 }, { 0xAAB7, 0xAAB8 },
	{ 0xAABE, 0xAABF }, { 0xAAC1, 0xAAC1 }, { 0xAAEC, 0xAAED },
	{ 0xAAF6, 0xAAF6 }, { 0xABE5, 0xABE5 }, { 0xABE8, 0xABE8 },
	{ 0xABED, 0xABED }, { 0xD7B0, 0xD7FF }, { 0xFB1E, 0xFB1E },
	{ 0xFE00, 0xFE0F }, { 0xFE20, 0xFE2F }, { 0xFEFF, 0xFEFF },
	{ 0xFFF0, 0xFFFB }, { 0x101FD, 0x101FD }, { 0x102E0, 0x102E0 },
	{ 0x10376, 0x1037A }, { 0x10A01, 0x10A03 },
	{ 0x10A05, 0x10A06 }, { 0x10A0C, 0x10A0F },
	{ 0x10A38, 0x10A3A }, { 0x10A3F, 0x10A3F },
	{ 0x10AE5, 0x10AE6 }, { 0x10D24, 0x10D27 },
	{ 0x10D69, 0x10D6D }, { 0x10EAB, 0x10EAC },
	{ 0x10EFA, 0x10EFF }, { 0x10F46, 0x10F50 },
	{ 0x10F82, 0x10F85 }, { 0x11001, 0x11001 },
	{ 0x11038, 0x11046 }, { 0x11070, 0x11070 },
	{ 0x11073, 0x11074 }, { 0x1107F, 0x11081 },
	{ 0x110B3, 0x110B6 }, { 0x110B9, 0x110BA },
	{ 0x110C2, 0x110C2 }, { 0x11100, 0x11102 },
	{ 0x11127, 0x1112B }, { 0x1112D, 0x11134 },
	{ 0x11173, 0x11173 }, { 0x11180, 0x11181 },
	{ 0x111B6, 0x111BE }, { 0x111C9, 0x111CC },
	{ 0x111CF, 0x111CF }, { 0x1122F, 0x11231 },
	{ 0x11234, 0x11234 }, { 0x11236, 0x11237 },
	{ 0x1123E, 0x1123E }, { 0x11241, 0x11241 },
	{ 0x112DF, 0x112DF }, { 0x112E3, 0x112EA },
	{ 0x11300, 0x11301 }, { 0x1133B, 0x1133C },
	{ 0x11340, 0x11340 }, { 0x11366, 0x1136C },
	{ 0x11370, 0x11374 }, { 0x113BB, 0x113C0 },
	{ 0x113CE, 0x113CE }, { 0x113D0, 0x113D0 },
	{ 0x113D2, 0x113D2 }, { 0x113E1, 0x113E2 },
	{ 0x11438, 0x1143F }, { 0x11442, 0x11444 },
	{ 0x11446, 0x11446 }, { 0x1145E, 0x1145E },
	{ 0x114B3, 0x114B8 }, { 0x114BA, 0x114BA },
	{ 0x114BF, 0x114C0 }, { 0x114C2, 0x114C3 },
	{ 0x115B2, 0x115B5 }, { 0x115BC, 0x115BD },
	{ 0x115BF, 0x115C0 }, { 0x115DC, 0x115DD },
	{ 0x11633, 0x1163A }, { 0x1163D, 0x1163D },
	{ 0x1163F, 0x11640 }, { 0x116AB, 0x116AB },
	{ 0x116AD, 0x116AD }, { 0x116B0, 0x116B5 },
	{ 0x116B7, 0x116B7 }, { 0x1171D, 0x1171F },
	{ 0x11722, 0x11725 }, { 0x11727, 0x1172B },
	{ 0x1182F, 0x11837 }, { 0x11839, 0x1183A },
	{ 0x1193B, 0x1193C }, { 0x1193E, 0x1193E },
	{ 0x11943, 0x11943 }, { 0x119D4, 0x119D7 },
	{ 0x119DA, 0x119DB }, { 0x119E0, 0x119E0 },
	{ 0x11A01, 0x11A0A }, { 0x11A33, 0x11A38 },
	{ 0x11A3B, 0x11A3E }, { 0x11A47, 0x11A47 },
	{ 0x11A51, 0x11A56 }, { 0x11A59, 0x11A5B },
	{ 0x11A8A, 0x11A96 }, { 0x11A98, 0x11A99 },
	{ 0x11B60, 0x11B60 }, { 0x11B62, 0x11B64 },
	{ 0x11B66, 0x11B66 }, { 0x11C30, 0x11C36 },
	{ 0x11C38, 0x11C3D }, { 0x11C3F, 0x11C3F },
	{ 0x11C92, 0x11CA7 }, { 0x11CAA, 0x11CB0 },
	{ 0x11CB2, 0x11CB3 }, { 0x11CB5, 0x11CB6 },
	{ 0x11D31, 0x11D36 }, { 0x11D3A, 0x11D3A },
	{ 0x11D3C, 0x11D3D }, { 0x11D3F, 0x11D45 },
	{ 0x11D47, 0x11D47 }, { 0x11D90, 0x11D91 },
	{ 0x11D95, 0x11D95 }, { 0x11D97, 0x11D97 },
	{ 0x11EF3, 0x11EF4 }, { 0x11F00, 0x11F01 },
	{ 0x11F36, 0x11F3A }, { 0x11F40, 0x11F40 },
	{ 0x11F42, 0x11F42 }, { 0x11F5A, 0x11F5A },
	{ 0x13430, 0x13440 }, { 0x13447, 0x13455 },
	{ 0x1611E, 0x16129 }, { 0x1612D, 0x1612F },
	{ 0x16AF0, 0x16AF4 }, { 0x16B30, 0x16B36 },
	{ 0x16F4F, 0x16F4F }, { 0x16F8F, 0x16F92 },
	{ 0x16FE4, 0x16FE4 }, { 0x1BC9D, 0x1BC9E },
	{ 0x1BCA0, 0x1BCA3 }, { 0x1CF00, 0x1CF2D },
	{ 0x1CF30, 0x1CF46 }, { 0x1D167, 0x1D169 },
	{ 0x1D173, 0x1D182 }, { 0x1D185, 0x1D18B },
	{ 0x1D1AA, 0x1D1AD }, { 0x1D242, 0x1D244 },
	{ 0x1DA00, 0x1DA36 }, { 0x1DA3B, 0x1DA6C },
	{ 0x1DA75, 0x1DA75 }, { 0x1DA84, 0x1DA84 },
	{ 0x1DA9B, 0x1DA9F }, { 0x1DAA1, 0x1DAAF },
	{ 0x1E000, 0x1E006 }, { 0x1E008, 0x1E018 },
	{ 0x1E01B, 0x1E021 }, { 0x1E023, 0x1E024 },
	{ 0x1E026, 0x1E02A }, { 0x1E08F, 0x1E08F },
	{ 0x1E130, 0x1E136 }, { 0x1E2AE, 0x1E2AE },
	{ 0x1E2EC, 0x1E2EF }, { 0x1E4EC, 0x1E4EF },
	{ 0x1E5EE, 0x1E5EF }, { 0x1E6E3, 0x1E6E3 },
	{ 0x1E6E6, 0x1E6E6 }, { 0x1E6EE, 0x1E6EF },
	{ 0x1E6F5, 0x1E6F5 }, { 0x1E8D0, 0x1E8D6 },
	{ 0x1E944, 0x1E94A }, { 0xE0000, 0xE0FFF },
};

static const struct urange wide_tab[] = {
	{ 0x1100, 0x115F }, { 0x231A, 0x231B }, { 0x2329, 0x232A },
	{ 0x23E9, 0x23EC }, { 0x23F0, 0x23F0 }, { 0x23F3, 0x23F3 },
	{ 0x25FD, 0x25FE }, { 0x2614, 0x2615 }, { 0x2648, 0x2653 },
	{ 0x267F, 0x267F }, { 0x2693, 0x2693 }, { 0x26A1, 0x26A1 },
	{ 0x26AA, 0x26AB }, { 0x26BD, 0x26BE }, { 0x26C4, 0x26C5 },
	{ 0x26CE, 0x26CE }, { 0x26D4, 0x26D4 }, { 0x26EA, 0x26EA },
	{ 0x26F2, 0x26F3 }, { 0x26F5, 0x26F5 }, { 0x26FA, 0x26FA },
	{ 0x26FD, 0x26FD }, { 0x2705, 0x2705 }, { 0x270A, 0x270B },
	{ 0x2728, 0x2728 }, { 0x274C, 0x274C }, { 0x274E, 0x274E },
	{ 0x2753, 0x2755 }, { 0x2757, 0x2757 }, { 0x2795, 0x2797 },
	{ 0x27B0, 0x27B0 }, { 0x27BF, 0x27BF }, { 0x2B1B, 0x2B1C },
	{ 0x2B50, 0x2B50 }, { 0x2B55, 0x2B55 }, { 0x2E80, 0x2E99 },
	{ 0x2E9B, 0x2EF3 }, { 0x2F00, 0x2FD5 }, { 0x2FF0, 0x3029 },
	{ 0x302E, 0x303E }, { 0x3041, 0x3096 }, { 0x309B, 0x30FF },
	{ 0x3105, 0x312F }, { 0x3131, 0x318E }, { 0x3190, 0x31E5 },
	{ 0x31EF, 0x321E }, { 0x3220, 0x3247 }, { 0x3250, 0x4DBF },
	{ 0x4E00, 0xA48C }, { 0xA490, 0xA4C6 }, { 0xA960, 0xA97C },
	{ 0xAC00, 0xD7A3 }, { 0xF900, 0xFAFF }, { 0xFE10, 0xFE19 },
	{ 0xFE30, 0xFE52 }, { 0xFE54, 0xFE66 }, { 0xFE68, 0xFE6B },
	{ 0xFF01, 0xFF60 }, { 0xFFE0, 0xFFE6 }, { 0x16FE0, 0x16FE3 },
	{ 0x16FF0, 0x16FF6 }, { 0x17000, 0x18CD5 },
	{ 0x18CFF, 0x18D1E }, { 0x18D80, 0x18DF2 },
	{ 0x1AFF0, 0x1AFF3 }, { 0x1AFF5, 0x1AFFB },
	{ 0x1AFFD, 0x1AFFE }, { 0x1B000, 0x1B122 },
	{ 0x1B132, 0x1B132 }, { 0x1B150, 0x1B152 },
	{ 0x1B155, 0x1B155 }, { 0x1B164, 0x1B167 },
	{ 0x1B170, 0x1B2FB }, { 0x1F004, 0x1F004 },
	{ 0x1F0CF, 0x1F0CF }, { 0x1F18E, 0x1F18E },
	{ 0x1F191, 0x1F19A }, { 0x1F200, 0x1F202 },
	{ 0x1F210, 0x1F23B }, { 0x1F240, 0x1F248 },
	{ 0x1F250, 0x1F251 }, { 0x1F260, 0x1F265 },
	{ 0x1F300, 0x1F320 }, { 0x1F32D, 0x1F335 },
	{ 0x1F337, 0x1F37C }, { 0x1F37E, 0x1F393 },
	{ 0x1F3A0, 0x1F3CA }, { 0x1F3CF, 0x1F3D3 },
	{ 0x1F3E0, 0x1F3F0 }, { 0x1F3F4, 0x1F3F4 },
	{ 0x1F3F8, 0x1F43E }, { 0x1F440, 0x1F440 },
	{ 0x1F442, 0x1F4FC }, { 0x1F4FF, 0x1F53D },
	{ 0x1F54B, 0x1F54E }, { 0x1F550, 0x1F567 },
	{ 0x1F57A, 0x1F57A }, { 0x1F595, 0x1F596 },
	{ 0x1F5A4, 0x1F5A4 }, { 0x1F5FB, 0x1F64F },
	{ 0x1F680, 0x1F6C5 }, { 0x1F6CC, 0x1F6CC },
	{ 0x1F6D0, 0x1F6D2 }, { 0x1F6D5, 0x1F6D8 },
	{ 0x1F6DC, 0x1F6DF }, { 0x1F6EB, 0x1F6EC },
	{ 0x1F6F4, 0x1F6FC }, { 0x1F7E0, 0x1F7EB },
	{ 0x1F7F0, 0x1F7F0 }, { 0x1F90C, 0x1F93A },
	{ 0x1F93C, 0x1F945 }, { 0x1F947, 0x1F9FF },
	{ 0x1FA70, 0x1FA7C }, { 0x1FA80, 0x1FA8A },
	{ 0x1FA8E, 0x1FAC6 }, { 0x1FAC8, 0x1FAC8 },
	{ 0x1FACD, 0x1FADC }, { 0x1FADF, 0x1FAEA },
	{ 0x1FAEF, 0x1FAF8 }, { 0x20000, 0x2FFFD },
	{ 0x30000, 0x3FFFD },
};

/* Whether cp falls in one of the n sorted ranges of t (a binary search). */
static int
in_table(uint32_t cp, const struct urange *t, size_t n)
{
	size_t	 lo = 0, hi = n, mid;

	if (n == 0 || cp < t[0].lo || cp > t[n - 1].hi)
		return 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cp > t[mid].hi)
			lo = mid + 1;
		else if (cp < t[mid].lo)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The columns a code point takes on a terminal: 0, 1 or 2. */
static int
cp_width(uint32_t cp)
{
	if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
		return 0;
	if (cp < 0x300)
		return 1;
	if (in_table(cp, zero_tab, NELEM(zero_tab)))
		return 0;
	if (in_table(cp, wide_tab, NELEM(wide_tab)))
		return 2;
	return 1;
}

/* The display width of n bytes of UTF-8 text, whatever the locale. */
size_t
utf8_width(const char *s, size_t n)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, len, w = 0;
	uint32_t		 cp;

	while (i < n) {
		if (p[i] >= 0x20 && p[i] < 0x7F) {
			w++;
			i++;
			continue;
		}
		if ((len = u8_decode(p + i, n - i, &cp)) == 0) {
			w++;
			i++;
			continue;
		}
		w += (size_t)cp_width(cp);
		i += len;
	}
	return w;
}

/*
 * How many bytes of the n at s fit in w columns: the longest prefix, cut
 * between characters, whose display width is at most w.  *width (when not
 * NULL) gets that prefix's width.  One pass, so cutting is linear.
 */
size_t
utf8_fit(const char *s, size_t n, size_t w, size_t *width)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, len, cw, used = 0;
	uint32_t		 cp;

	while (i < n) {
		/* Printable ASCII, one column a byte: eight at a time. */
		while (i + 8 <= n && used + 8 <= w) {
			uint64_t	 word;

			memcpy(&word, p + i, 8);
			/* A byte >= 0x80, < 0x20, or 0x7f stops it. */
			if (((word | (word + 0x0101010101010101ULL) |
			    (word - 0x2020202020202020ULL)) &
			    0x8080808080808080ULL) != 0)
				break;
			i += 8;
			used += 8;
		}
		if (i == n)
			break;
		if (p[i] >= 0x20 && p[i] < 0x7F) {
			len = 1;
			cw = 1;
		} else if ((len = u8_decode(p + i, n - i, &cp)) == 0) {
			len = 1;
			cw = 1;
		} else
			cw = (size_t)cp_width(cp);
		if (used + cw > w)
			break;
		used += cw;
		i += len;
	}
	if (width != NULL)
		*width = used;
	return i;
}

/*
 * Whether n bytes at s are strict UTF-8: 1 if so, else 0 with *bad set to
 * the offset where the first invalid sequence starts.
 */
int
utf8_valid(const char *s, size_t n, size_t *bad)
{
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 i = 0, len;
	uint32_t		 cp;

	while (i < n) {
		/* Text is mostly ASCII: skip it 32, then 8 bytes at a time. */
		while (i + 32 <= n) {
			uint64_t	 w[4];

			memcpy(w, p + i, 32);
			if ((w[0] | w[1] | w[2] | w[3]) &
			    0x8080808080808080ULL)
				break;
			i += 32;
		}
		while (i + 8 <= n) {
			uint64_t	 word;

			memcpy(&word, p + i, 8);
			if (word & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		while (i < n && p[i] < 0x80)
			i++;
		if (i == n)
			break;
		if ((len = u8_decode(p + i, n - i, &cp)) == 0) {
			if (bad != NULL)
				*bad = i;
			return 0;
		}
		i += len;
	}
	return 1;
}

/*
 * Whether the user's locale (LC_CTYPE from the environment) uses UTF-8;
 * the first call sets that locale, later calls return the same answer.
 */
int
locale_utf8(void)
{
	static int	 cached = -1;
	const char	*cs;

	if (cached != -1)
		return cached;
	cached = 0;
	if (setlocale(LC_CTYPE, "") != NULL &&
	    (cs = nl_langinfo(CODESET)) != NULL)
		cached = strcasecmp(cs, "UTF-8") == 0 ||
		    strcasecmp(cs, "utf8") == 0;
	return cached;
}

/* The COLOR_* value of a --color argument (NULL for a bare --color), or -1. */
int
color_parse(const char *arg)
{
	static const struct {
		const char	*name;
		int		 mode;
	} words[] = {
		{ "always", COLOR_ALWAYS }, { "yes", COLOR_ALWAYS },
		{ "force", COLOR_ALWAYS },
		{ "auto", COLOR_AUTO }, { "tty", COLOR_AUTO },
		{ "if-tty", COLOR_AUTO },
		{ "never", COLOR_NEVER }, { "no", COLOR_NEVER },
		{ "none", COLOR_NEVER },
	};
	size_t	 i;

	if (arg == NULL)
		return COLOR_ALWAYS;
	for (i = 0; i < NELEM(words); i++)
		if (strcmp(arg, words[i].name) == 0)
			return words[i].mode;
	return -1;
}

/*
 * The width of the terminal fd is, 0 when it is not one: what the
 * terminal says (TIOCGWINSZ), else $COLUMNS, else 80.
 */
size_t
term_width(int fd)
{
	const char	*e;
	long		 n;

	if (!isatty(fd))
		return 0;
#ifdef TIOCGWINSZ
	{
		struct winsize	 ws;

		if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
			return ws.ws_col;
	}
#endif
	if ((e = env_get("COLUMNS")) != NULL && (n = strtol(e, NULL, 10)) > 0 &&
	    n < 10000)
		return (size_t)n;
	return 80;
}

/*
 * Whether to colour output going to fd: auto means a terminal that is not
 * "dumb", unless NO_COLOR is set to anything (https://no-color.org).
 */
int
color_enabled(int mode, int fd)
{
	const char	*term;

	switch (mode) {
	case COLOR_NEVER:
		return 0;
	case COLOR_ALWAYS:
		return 1;
	}
	if (env_get("NO_COLOR") != NULL)
		return 0;
	if ((term = env_get("TERM")) == NULL || strcmp(term, "dumb") == 0)
		return 0;
	return isatty(fd);
}

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

/* Write one TSV field, with backslash, tab, newline and CR escaped. */
void
tsv_put(FILE *f, const char *s)
{
	if (s == NULL)
		return;
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\':
			fputs("\\\\", f);
			break;
		case '\t':
			fputs("\\t", f);
			break;
		case '\n':
			fputs("\\n", f);
			break;
		case '\r':
			fputs("\\r", f);
			break;
		default:
			putc(*s, f);
		}
	}
}

/* Write n fields as one TSV line. */
void
tsv_row(FILE *f, const char *const *cells, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (i > 0)
			putc('\t', f);
		tsv_put(f, cells[i]);
	}
	putc('\n', f);
}

/* Write a path as one record: NUL-terminated when nul, else a line. */
void
path_put(FILE *f, const char *path, int nul)
{
	fputs(path, f);
	putc(nul ? '\0' : '\n', f);
}
