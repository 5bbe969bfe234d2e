"""Segmentation: text -> chunks for spaCy -> sentences with exact character offsets.

* A line break is a hard boundary: every non-blank line is one chunk (very long lines are cut into
  pieces of at most ``MAX_CHUNK`` characters at a sentence end or whitespace), so spaCy's
  ``max_length`` is never reached and memory stays bounded by the chunk size.
* The first line of an article is its *title* when it reads like a headline (no final full stop,
  short); a leading ``KYIV -``/``LONDON (Reuters) —`` is the *dateline*; everything else is *body*.
* A quotation that spans several sentences is kept whole: sentences are merged while a double
  quotation mark is open within the line.
* Lines that are page furniture (link lists, bylines, "Related Sources:" and the headline-like lines
  under it, photo credits) are tagged *boilerplate*.
* Transcripts: when at least two lines start with a speaker label (``TRUMP:``, ``MR. SMITH:``,
  ``SEN. SANDERS (I-VT):``, ``Q:``, ``Donald Trump: (01:02:03)`` with the text on the next line), the
  label is cut off the line and its name becomes the *speaker* of every sentence of that turn
  (unlabelled lines continue the turn). A speaker is a *moderator* when the label says so
  (``MODERATOR``, ``HOST``, ``Q``, ...), when a header turn names them (``MODERATOR: Lester Holt
  (NBC News)`` makes ``HOLT:`` a moderator), or when at least half of their (two or more)
  turns end in a question or steer the show ("your response", "let's turn to", "we'll be right
  back", "welcome to") and they speak at most half as many words as the most talkative speaker
  (or, steering in two thirds of their turns, at most a quarter of all words).
  Stage directions (``(APPLAUSE)``, ``[CROSSTALK]``, ``(inaudible)``) are
  blanked by ``sanitise`` like control characters, so they are in no sentence and no claim.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from services.claim_extraction.coreference import PERSON_TITLES, clean_name, first_name_genders
from services.claim_extraction.page_layout import unlaid
from services.claim_extraction.tables import data_row

MAX_CHUNK = 20_000

_SURROGATE_OR_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_DATELINE = re.compile(
    # "KYIV -", "LONDON (Reuters) -", "FRANKFURT, March 13 (Reuters) -", "SAN JOSE, Calif., March 13 -",
    # "COLUMBUS, Ohio, June 18, 2025 /PRNewswire/ --", "CAIRO/JERUSALEM, June 3 (Reuters) -"
    r"^(?P<place>[A-Z][A-Z.'’ /]{1,40}"
    r"(?:,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+\.?)?(?=,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}\s+[A-Z])))?"
    r"(?:,\s*(?:[A-Z][A-Za-z.]+(?:\.?\s+\d{1,2})?|\d{1,2}\s+[A-Z][a-z]+\.?)(?:,?\s*\d{4})?)?"
    # AFP's "Paris (AFP) –": a place in title case, before a wire's name
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?=\s*\((?:AFP|AP|Reuters|dpa|Xinhua|UPI|EFE|ANSA|Kyodo)\)))"
    # (TASS's: "MOSCOW, March 12. /TASS/. Russia may export ...")
    r"(?:(?:\s*\([A-Za-z .]+\)|\s*/[A-Za-z .-]+/)?\s*(?:--?|[–—:])|\.\s*/[A-Za-z .-]+/\.)\s+(?=\S)"
)
_BYLINE_WORD = r"(?:(?:al|el|de|da|di|du|van|von|der|den|bin|ibn|le|la)[- ])?[A-Z][\w.'-]+"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_BOILERPLATE = re.compile(
    # navigation words, as a header or alone ("Related:", "Sources", "Advertisement"): "Shares of the
    # company fell", "Sources said the deal was close", "Subscribers rose 5%" are claims
    r"^(?:[•·*▪►\-–—|]\s*)?[(\[<]?(?:(?:related(?: sources| articles| stories| content| coverage| links)?|"
    r"sources?|read more|read also|see also|more on this(?: story)?|share(?: this(?: article| story)?)?|"
    r"follow us|sign up|subscribe|advertisement|skip advertisement|supported by|copyright|"
    r"all rights reserved)(?=\s*(?:[:|»›>]|$))|"
    # navigation phrases that say so themselves
    r"read more\b|see also\b|share (?:this|on)\b|follow us on\b|sign up (?:for|to|here|now)\b|"
    r"subscribe (?:to|now|here|for)\b|copyright (?:©|\(c\)|\d{4})|©|all rights reserved|"
    r"(?:photo(?:graph)?s?|images?)(?: caption| credit)?:|pictured:|caption:|credits?:|"
    r"(?:additional )?(?:reporting|writing|editing|compiled|translated) by [A-Z]|"
    # a wire's credits: "Reuters reporting by ...", "Associated Press writer X in Y contributed to this
    # report.", "Follow AP's coverage of ..."
    r"(?:reuters|ap|afp|bloomberg|associated press)\b[^.]{0,20}\b(?:reporting|writing|editing) by [A-Z]|"
    r"[^.]{0,160}\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|"
    r"[^.]{0,160}\bcontributed reporting\b|follow (?:ap|reuters|our|the)\b[^.]{0,40}\bcoverage\b|"
    # a wire's update note, its promotion, an editor's note: "(Updates with analyst comment in fifth
    # paragraph.)", "Before it's here, it's on the Bloomberg Terminal.", "Editor's note: ..."
    r"\((?:updates?|adds?|recasts?|corrects?|changes?|rewrites?|refiles?)\b[^)]{0,120}\)\s*$|"
    r"before it'?s here, it'?s on the bloomberg terminal|editor'?s note\b|"
    # a file photo's caption, a story's update note, a reporter's contact line: "FILE - ... (AP Photo/
    # Jane Roe, File)", "This story has been updated to include ...", "Contact Dana Whitfield at ..."
    r"file\s+[-–—]\s|.{0,300}\((?:ap|afp|reuters|getty|ap photo)\b[^)]{0,60}\)\s*$|"
    r"this (?:story|article|report|post|page|entry|blog) has been updated\b|"
    r"contact [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,2} at\b|"
    # a syndication note: "This article was originally published on The Conversation.", "This article
    # is republished from ...", "A version of this story appeared in ...", "Read the original article."
    r"this (?:story|article|piece|post) (?:was|is|has been) (?:originally |first )?(?:re)?published\b|"
    r"(?:this article is )?republished (?:from|with permission)\b|"
    r"an? (?:earlier |shorter )?version of this (?:story|article|piece) (?:was|appeared|first)\b|"
    # a correction note: "Correction: an earlier version of this article misspelled ...", "Correction,
    # 12 March 2025: ...", "This article was amended on 27 February 2025 to correct ...", "An earlier
    # version of this story gave the wrong date"
    r"(?:correction|clarification)s?\b[^:.]{0,30}:|"
    r"this (?:story|article|piece|post|report) (?:was|has been) "
    r"(?:amended|corrected|changed|edited|updated)\b|"
    # a web page's audio player and a transcript's accuracy note: "Listen to this article · 4 min",
    # "This transcript was produced from a recording and may not be fully accurate."
    r"listen to this (?:article|story)\b|"
    # a broadcaster's note on its transcripts: "NPR transcripts are created on a rush deadline ...",
    # "Transcripts are generated automatically and lightly edited.", "The authoritative record of NPR's
    # programming is the audio record."
    r"(?:\w+ )?transcripts (?:are|were|may be|have been) (?:\w+ ){0,2}(?:created|generated|produced|prepared|"
    r"edited|transcribed)\b|the authoritative record of\b|this record contains the text of speeches\b|"
    r"(?:transcript\.?\s+)?this transcript (?:was|has been|is|may)\b[^.]{0,60}"
    r"\b(?:produced|generated|prepared|edited|accurate|errors?|automated|machine)\b|"
    # a photo's caption with its credit after it: "Crews lift a wagon near Marsh Lane on Sunday.
    # Photo: Eastern Post/Tom Whitcombe"
    r".{0,300}[.!?]\s+(?-i:Photo(?:graph)?|Image|Picture|Illustration|Credit)s?:\s*\S[^.]{0,80}$|"
    r"an? (?:earlier|previous) version of this (?:story|article|piece|post|report)\b|"
    # where the wire's reporters were: "Mbala reported from Goma, Congo."
    r"(?-i:[A-Z][\w'’-]+)(?: and (?-i:[A-Z][\w'’-]+))? reported (?:from|this (?:story|report) from) "
    r"(?-i:[A-Z][\w'’-]*)(?:,? (?-i:[A-Z][\w'’-]*)){0,4}\.(?:\s|$)|"
    r"read the original article\b|contact the (?:author|writer|reporter)s?\b|"
    r"our standards:|follow @\w+|"
    # a picture's licensing link and a link's screen-reader note: "REUTERS/Jane Roe/File Photo Purchase
    # Licensing Rights, opens new tab"; an investor site's disclosure: "The Motley Fool has no position
    # in any of the stocks mentioned."
    r".{0,400}\bpurchase licensing rights\b|"
    r"[^.]{0,80}\bhas (?:no position in any of the stocks mentioned|positions in and recommends|"
    r"a disclosure policy)\b|"
    # a page's time stamp: "March 19, 2026 4:12 AM GMT Updated 3 hours ago", "Updated 2 hours ago"
    rf"{_MONTH}[a-z]*\.? \d{{1,2}},? \d{{4}}\s*\d{{1,2}}:\d\d\s*"
    r"[ap]\.?m\.?[^.]{0,40}$|"
    r"(?:updated |posted |published )?\d{1,2} (?:hours?|hrs?|minutes?|mins?|days?) ago$|"
    # ("Nov 18, 2025 Updated 6 hrs ago": a date, then when the page last changed)
    rf"{_MONTH}[a-z]*\.? \d{{1,2}},? \d{{4}}\s+updated\b.{{0,30}}$|"
    # an embedded post's stamp and counters: "9:14 AM · Jan 19, 2026 · 87.2K Views", "1.2K Reposts  2.4K
    # Likes"
    rf"\d{{1,2}}:\d\d\s*[ap]\.?m\.?\s*·\s*{_MONTH}[a-z]*\.? "
    r"\d{1,2},? \d{4}(?:\s*·.{0,40})?$|"
    r"(?:[\d.,]+[km]?\s+(?:reposts?|retweets?|likes?|replies|reply|comments?|views?|shares?|bookmarks?|"
    r"quotes?)\s*[·|]?\s*)+$|"
    # a station's promotion and a help line's note: "For the latest news, weather, sports, and streaming
    # video, head to WKLN 9.", "Don't miss WKLN 9 News at 6", "If you or someone you know is struggling"
    r"for the latest (?:news|headlines|updates)\b|don['’]t miss\b|if you or someone you know\b|"
    # a newsletter's promotion and a related-stories widget: "Unlock the Editor's Digest for free", "Roula
    # Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.", "list of 4 items"
    r"unlock the editor['’]s digest\b|[^.]{0,120}\bin this (?:weekly|daily) newsletter\b|"
    r"list of \d{1,2} items|list \d{1,2} of \d{1,2}$|end of list\b|comments are (?:closed|disabled)\b|"
    # a wire's exchange-rate note, a web team's byline, a dated byline, a magazine's issue note: "($1 =
    # 7.1250 Chinese yuan renminbi)", "WPBX News 9 Digital Team", "By Jordan Whitfield • September 13,
    # 2024", "This article appears in the April 2026 issue of Meridian."
    r"\((?:\$|£|€|¥|us\$)\s?1\s?=\s?[^)]{1,50}\)\s*$|"
    r"[\w&' ]{0,40}\b(?:digital|news|web|online|editorial|graphics) (?:team|staff|desk)$|"
    r"by (?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s*[•·|—–-]\s*"
    r"(?:[a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [a-z]+ \d{4})\s*$|"
    r"this (?:article|story|piece) (?:appears|appeared|will appear) in the\b|"
    # a list's header: "Key developments on Feb. 9-10:", "Key takeaways:"
    r"key (?:developments|points|takeaways|facts|events|numbers)\b[^.:]{0,40}(?:\.[^.:]{0,20}){0,2}:\s*$|"
    # a transcript service's copyright notice: "Under Title 17 U.S.C. Section 107, allowance is made for
    # “fair use” ..."
    r"[^.]{0,40}\btitle 17 u\.?s\.?c\.?(?: section| §)? 107\b|"
    r"[^.]{0,60}allowance is made for [\"“]?fair use\b|"
    # an encyclopedia's reference list: "1. ^ a b Halloran, Beth (January 4, 2011). ... Retrieved ..."
    r"(?:\d{1,3}\.\s+)?\^\s|"
    # a police log's disclaimer: "Arrests are accusations. All suspects are presumed innocent ..."
    r"arrests are (?:accusations|not convictions)\b|[^.]{0,60}\bpresumed innocent until proven guilty\b|"
    # the Justice Department's and the SEC's closing lines: "An indictment is merely an allegation ...",
    # "If convicted, a federal district court judge will determine any sentence after considering ...",
    # "Assistant U.S. Attorney Leah Osterholt is prosecuting the case.", "The SEC's investigation was
    # conducted by ...", "The SEC appreciates the assistance of ...", "The litigation will be led by ..."
    r"an? (?:indictment|(?:criminal )?complaint|information|charge) is merely an? "
    r"(?:allegation|accusation)\b|"
    r"if convicted, a federal district (?:court )?judge will determine\b|"
    r"(?:senior |special )?(?:assistant )?u\.?s\.? attorneys? .{0,120}?\b(?:is|are) (?:prosecuting|handling) "
    r"the case\b|the sec['’]s (?:investigation|examination) was conducted by\b|"
    r"the (?:sec|commission) appreciates the assistance\b|the (?:sec['’]s )?litigation will be led by\b|"
    # a page's stamp in the Guardian's form: "Wed 12 Nov 2025 06.00 GMT"
    rf"{_WEEKDAY}[a-z]* \d{{1,2}} "
    rf"{_MONTH}[a-z]* \d{{4}}(?: \d{{1,2}}[.:]\d\d(?: [a-z]{{2,4}})?)?$|"
    # a syndication scheme's note and an accessibility offer: "This article was produced as part of the
    # Local Democracy Reporting Service.", "Accommodation requests: To request this document in ..."
    r"this (?:article|story|report|piece) (?:was|is) (?:produced|written|funded|supported) (?:as part of|by|"
    r"through|with)\b|accommodation requests?:|to request this (?:document|information|material) in\b|"
    r"have a (?:news )?tip\b|story continues below\b|"
    # a page's reading time: "3 minute read", "5 min read", "Reading time: 4 minutes"
    r"\d{1,2}[- ]min(?:ute)?s?\.? read\s*$|reading time:|"
    # a fact-check's own furniture: "This fact check is available at IFCN's ...", PolitiFact's
    # "stated on November 12, 2026 in a televised debate:", Share the Facts' "in a televised debate -
    # Thursday, November 12, 2026"
    r"this fact[- ]check is available\b|share the facts\b|"
    rf"stated on {_MONTH}[a-z]*\.? \d{{1,2}},? \d{{4}}\b"
    r"[^.]{0,80}:\s*$|"
    rf"(?:in|on|at) an? [^.\n]{{0,60}} - {_WEEKDAY}[a-z]*, [a-z]+\.? \d{{1,2}}, \d{{4}}\s*$|"
    # a transcript's own notice: "The following is a rush transcript of the debate held Thursday ..."
    r"(?:the following is|this is) an? (?:rush |full |unofficial |edited |partial )?transcript\b|"
    # ("The following transcript was prepared by the Gazette from the KVGT broadcast", "This transcript is
    # taken from the broadcaster's live captions and has been checked against the recording.")
    r"(?:the following|this) transcript (?:was|is|has been) (?:prepared|taken|produced|generated|created|"
    r"compiled|transcribed|provided|edited)\b|"
    r"duration:\s*\d|"
    # an interview's editing note: "This interview has been condensed and edited for clarity."
    r"(?:this|the following|our|the) (?:interview|conversation|transcript|exchange|q ?& ?a|discussion)s? "
    r"(?:has|have) been (?:lightly |slightly |edited |condensed |and |for |length |clarity |, )*"
    r"(?:condensed|edited|clarity|length)\b|"
    # bylines, with name particles ("By Nidal al-Mughrabi and Maayan Lubell")
    rf"by (?-i:{_BYLINE_WORD}(?:(?: |, | and |, and ){_BYLINE_WORD}){{0,8}})\.?$|"
    # a post's own line: "Posted by Councilmember Sarah Lindqvist on October 2, 2024"
    r"(?:posted|published|written|shared) by [A-Z][^.]{0,80}\b(?:on|at) "
    rf"(?:\d|(?:{_MONTH}|{_WEEKDAY})[a-z]*\.?,? )"
    r"[^.]{0,30}$|"
    # (the Hindu's: "Updated - August 21, 2025 01:12 am IST - NEW DELHI")
    r"(?:(?:first |last )?(?:updated|published|posted)|aired|broadcast|last modified)(?::| on| at| [-–—])?\s+"
    rf"(?:\d|(?:{_MONTH}|{_WEEKDAY})[a-z]*\.?,? )|"
    r"(?:file )?photo by |"
    r"(?-i:[A-Z]{2,}/[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3})$|https?://|www\.|"  # REUTERS/Name
    r"(?:posted |updated )?(?:at )?\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))*$|"  # live-blog times
    # more page stamps: "Tue, October 14, 2025 at 11:46 AM GMT+2 · 4 min read", "12:14, 29 AUG
    # 2025Updated14:40, 29 AUG 2025"; a line that only dates the page: "NEWS RELEASE 5-MAR-2025",
    # "WEDNESDAY 5 MARCH 2025", "EMBARGOED UNTIL 00:01 HRS, TUESDAY 10 MARCH 2026"
    rf"(?:{_WEEKDAY}[a-z]*,? )?{_MONTH}[a-z]*\.? \d{{1,2}},? \d{{4}},?(?: at)? "
    r"\d{1,2}:\d\d\s*[ap]\.?m\.?[^.]{0,40}$|"
    rf"\d{{1,2}}:\d\d,? \d{{1,2}} {_MONTH}[a-z]* \d{{4}}\s*(?:updated.{{0,30}})?$|"
    r"(?:(?:news|press|media) release|for immediate release|embargoed(?: until)?[^,]{0,30},?)?\s*"
    rf"(?:{_WEEKDAY}[a-z]*,? )?"
    rf"(?:\d{{1,2}}[- ]{_MONTH}[a-z]*[- ]\d{{4}}|{_MONTH}[a-z]*\.? \d{{1,2}},? \d{{4}})\s*$|"
    r"for immediate release\b|embargoed (?:until|till)\b|"
    # a picture's credit in brackets or glued to its caption: "... on October 14, 2025 (Julien MAUREL /
    # AFP)", "... board meeting.(WDLK)", "This photo provided by Seorim Heavy Industries shows ...",
    # "Provided by Tamsen County Prison"
    r".{0,300}\([^()]{2,60}\s?/\s?(?:afp|ap|reuters|getty images|epa(?:-efe)?|xinhua|anadolu|bloomberg|pa|"
    r"shutterstock|alamy|yonhap|kyodo|dpa|ani|pti)\)\s*$|"
    r".{0,300}\((?:yonhap|xinhua|kyodo|dpa|ani|pti|epa)\)\s*$|.{0,300}[.!?]\((?-i:[A-Z]{2,6})\)\s*$|"
    # (Reach's "... on the first day of her trial (Image: Castlebridge Live)"; a page's weather widget:
    # "Harmon City, 81°F Partly Cloudy")
    r".{0,300}\((?:image|picture|photo)s?: [^()]{2,60}\)\s*$|"
    r"(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}), -?\d{1,3}°\s?[FC](?: [A-Za-z ]{1,30})?\s*$|"
    # (in square brackets, as Al Jazeera credits: "... on January 18, 2026 [File: Amir Haddad/Reuters]")
    r".{0,300}\[(?:file(?: photo)?:\s*)?[^\[\]/]{2,60}/[^\[\]/]{2,40}\]\s*$|"
    r"this (?:\w+ )?(?:photo|image|picture)(?: \w+){0,2} (?:provided|released|distributed) by\b|"
    # (Xinhua's "This aerial photo taken on Feb. 18, 2025 shows ...", Dawn's "Published in Dawn, March 3rd,
    # 2025")
    r"this (?:\w+ )?(?:photo|image|picture) taken (?:on|in|at)\b|"
    r"published in (?-i:[A-Z])[\w.'’ ]{1,40}, " + _MONTH + r"[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}\s*$|"
    r"(?:photo |image )?(?:provided|courtesy) (?:by|of) (?-i:[A-Z])[^.]{0,60}$|"
    # a wire's note to editors and an agency's own description: "(ATTN: ADDS union comments in paras
    # 8-13)", "The Associated Press is an independent global news organization ..."
    r"\(?attn:|[^.]{0,60}\bis an independent(?: global)? news (?:organization|agency)\b|"
    # (a fact checker's and a newsroom's: "Factline is the UK's independent fact checking charity.", "...
    # is an independent, nonprofit newsroom")
    r"[^.]{0,60}\bis (?:an?|the [\w'’]+) (?:independent|non-?profit|nonpartisan)"
    r"(?:,? (?:independent|non-?profit|nonpartisan))* (?:fact[- ]?check(?:ing|er)? "
    r"(?:charity|organi[sz]ation|service|project|website)|newsroom|news (?:site|outlet|organi[sz]ation))\b|"
    r"founded in \d{4}, (?:ap|the associated press)\b|"
    # a correction's opening, a parliament's record notes, an encyclopedia's page footer: "A correction
    # was made on Oct. 16, 2025:", "Ordered by the House of Commons to be published on ...", "Sitting
    # suspended for a Division in the House.", "This page was last edited on ..."
    r"an? correction (?:was|has been) (?:made|appended)\b|"
    r"ordered by the house of \w+ to be (?:published|printed)\b|"
    # a select committee's report: "The ... Committee is appointed by the House of Commons to examine ...",
    # its formal minutes' "Resolved, That the Report be ..."
    r"[^.]{0,120}\bcommittee is appointed by the house of \w+ to\b|resolved, that\b|"
    r"sitting suspended\b|on resuming\b|this page was last edited on\b|"
    r"text is available under the creative commons\b|"
    # a page's comment and newsletter widgets: "21 more comments...", "2 replies by Tessa Marchetti and
    # others", "47 Likes ∙ 5 Restacks", "Breaking arrests ... delivered to your inbox every weekday.",
    # "Newsletters may contain info about charities, online ads, ...", an investor site's pitch
    r"\d+ more (?:comments|replies)\b|\d+ repl(?:y|ies) by\b|"
    r"(?:[\d.,]+[km]?\s+(?:likes?|restacks?|comments?|shares?)\s*[∙•·|]?\s*)+$|"
    r"[^.]{0,120}\bdelivered to your inbox\b|(?:privacy notice:\s*)?newsletters may contain\b|"
    r"before you buy stock in\b|see the \d+ stocks\b|\*?stock advisor returns as of\b|disclaimer:|"
    r"see more on:|explore more on these topics\b|"
    # a site's promotion: "Exclusive news, data and analytics ... professionalsLearn more aboutRefinitiv",
    # "The Reuters Power Up newsletter provides everything you need to know about ..."
    r".{0,120}learn more(?: about)?\s*[\w ]{0,30}$|"
    r"[^.]{0,60}\bnewsletter (?:provides|brings|delivers|gives)\b|"
    r"\[\d{1,2}:\d\d(?::\d\d)?\]$|"  # a transcript's time stamp on a line of its own: "[00:03:15]"
    # a forum thread's furniture: "level 2", "[–]mossgate 74 points 4 hours ago", "permalink embed save
    # report reply", "91% upvoted", "142 comments share save hide report", "sorted by: best"
    r"level \d{1,2}$|\[[–-]\]\S+ -?\d+ points?\b|permalink(?: \w+){0,6}$|\d{1,3}% upvoted\b|"
    r"(?:all )?\d+ comments(?: share\b.*)?$|sorted by:|submitted \d+ \w+ ago by\b|"
    # a live page's own furniture: "Link Copied!", "Video Ad Feedback", "Our live coverage has ended."
    r"link copied!?$|video ad feedback$|(?:our|this) live (?:coverage|blog|page|updates)(?: of [^.]{1,60})? "
    r"(?:has|have) (?:now )?(?:ended|moved|finished)\b|"
    # a social post's own furniture: LinkedIn's "Feed post number 3", "Visible to anyone on or off
    # LinkedIn", a reactions line ("Marcus Pike and 2,147 others"), X's Community Notes ("Readers added
    # context they thought people might want to know", "Context is written by people who use X ...")
    r"feed post(?: number)? \d+$|visible to anyone on or off linkedin$|"
    r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,2}) and "
    r"(?:\d{1,3}(?:,\d{3})+|\d{2,}|\d+(?:\.\d)?[km]) others$|"
    # a fact check's screenshot caption and a market page's delay note: "Screenshot of the false Facebook
    # post, taken on November 26, 2024", "All quotes delayed a minimum of 15 minutes."
    r"screenshot (?:of|taken|shows|showing)\b|all quotes delayed\b|"
    # a campaign's disclaimers and a public station's underwriting credit: "PAID FOR BY BRECK FOR
    # PRESIDENT, INC.", "Contributions or gifts to ... are not tax deductible.", "Support for NMPR comes from
    # Halvorsen Family Dental, ..."
    r"paid for by\b[^.]{0,80}\b(?:inc\b|committee|campaign|pac\b|for (?:president|senate|congress|governor|"
    r"mayor|[a-z]+ council)\b|friends of\b)|contributions or gifts to\b.{0,80}\bnot (?:tax[- ])?deductible\b|"
    r"support for (?-i:[A-Z])[\w.'’ ]{1,40} (?:comes|is provided) (?:from|by)\b|"
    # the Guardian's age warning on an old page: "This article is more than 1 year old"
    r"this (?:article|story|page) is more than \d+ (?:years?|months?) old\b|"
    # a page's menu and share bar as a scrape flattens them: "☰  Sections   Search   e-Paper", "Share
    # Comment 47    Save    Gift Article"; a health page's disclaimer
    r"☰|(?:(?:share|comments?(?: \d+)?|save|gift(?: this)? article|print|email|listen)(?:\s{2,}|\s*$)){3,}|"
    r"this (?:article|content|information|page) is (?:provided )?for (?:general )?informational purposes\b|"
    # a print page's jump line: "Continued on page A6", "Continued from page A1"
    r"continued (?:on|from) (?:page )?[a-z]?\d{1,3}\W*$|"
    r"readers added context\b|context is written by people who use x\b|"
    # American broadcasters' stamps and prompts: "Updated on: February 19, 2026 / 6:04 PM EST / CBS News",
    # "Sept. 18, 2025, 5:47 PM EDT / Updated Sept. 18, 2025, 9:02 PM EDT", "CLICK HERE TO GET THE FOX NEWS
    # APP", "Fox News Digital reached out to ...", "Consumers with questions can call the company's hotline"
    r"(?:updated on:?\s+)?" + _MONTH + r"[a-z]*\.? \d{1,2},? \d{4},?\s*(?:/\s*)?\d{1,2}:\d\d\s*[ap]\.?m\.?"
    r"(?:\s+[a-z]{2,4})?\s*/.{0,60}$|click here\b|"
    r"update \d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?:|"
    r"(?:[\w'’.]+ ){0,3}(?:digital|news)\s+(?:has |have )?reached out to\b|"
    r"[^.]{0,40}\bwith questions (?:can|should|may) (?:call|contact|email|reach)\b|"
    # France 24's and Euronews's furniture: "Issued on: 09/10/2025 - 17:26Modified: ...", "(FRANCE 24 with
    # AFP)", "... by downloading the France 24 app", "Copy/paste the article video embed link below:"
    r"issued on:\s*\d|\((?-i:[A-Z][\w ]{1,25}) with (?:afp|ap|reuters|agencies)\)\s*$|"
    r"[^.]{0,80}\bby downloading the [\w ]{1,30} app\b|copy/paste the\b|"
    r"\d{1,2} min(?:ute)?s? reading time\s*$|"
    # a contact line and a report's running foot: "Tel: +44 (0)113 496 0712 | Mobile: 07700 900 481", "4 |
    # Meridian Coast Airlines 2025 Annual Report", "Harrowgate Instruments, Inc. | Q3 2025 Form 10-Q"
    r"(?:tel|telephone|phone|mobile|cell|fax)\s*[:.]\s*\+?[\d(][\d() .-]{6,}(?:\s*[|/,]\s*.{0,60})?$|"
    r"(?:\d{1,3}\s*\|\s*[^|]{3,80}|[^|]{3,80}\|[^|]{0,40})\b(?:annual report|form 10-[kq]|form 20-f|"
    r"quarterly report|sustainability report)(?:\s*\|\s*\d{1,3})?\s*$|"
    # a messaging channel's and a video site's furniture: "Forwarded from Ministry of Defence", "Forwarded
    # many times", "👁 18.7K  edited  07:12", a listed video with its views ("water bill went up AGAIN 😤 ·
    # 12.3K")
    r"forwarded (?:from\b|many times\b|as received\b)|👁\s*[\d.,]+\s?[kmb]?\b.{0,30}$|"
    r"[^.!?]{1,80}\s·\s[\d.,]+[km]\s*$|"
    # a document's own fields and links: "Press Release Number: 26-047", "Report Number: 24-02217-88",
    # "Issued: 16/01/2026", "Last Reviewed or Updated: Sept. 23, 2025", "GAO-25-107412 Published: Jun 18,
    # 2025.", "Filed January 14, 2026", "Download Report (PDF, 2.4 MB)", "Full Report (58 pages)"; a
    # page's stamp with its update: "14 September 2025, 16:22 BST · Updated 17:05 BST"
    r"(?:[\w()]+ ){0,3}(?:number|no\.|reference|ref\.?)\s*:\s*[\w./-]{2,24}\s*$|"
    r"(?:(?-i:[A-Z]{2,})-[\d-]{3,}\s+)?(?:issued|released|publicly released|filed|argued and submitted|"
    r"decided|last reviewed(?: or updated)?|published|updated|release date|date issued)\s*:?\s*"
    rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{4}}-\d\d-\d\d|{_MONTH}[a-z]*\.? \d{{1,2}},? \d{{4}}|"
    rf"\d{{1,2}} {_MONTH}[a-z]* \d{{4}})\.?\s*$|"
    r"[^.()]{0,40}\((?:(?:pdf|docx?|xlsx?|csv)(?:,\s*\d[\d.,]*\s?[kmg]b)?|\d[\d.,]*\s?(?:[kmg]b|pages?))\)"
    r"\s*$|"
    rf"\d{{1,2}} {_MONTH}[a-z]* \d{{4}},? \d{{1,2}}[:.]\d\d(?: [a-z]{{2,4}})?"
    r"(?:\s*[·|•]\s*updated\b.{0,30})?$)",
    re.IGNORECASE,
)
_STAGE_DIRECTION = re.compile(
    r"[(\[]\s*(?:(?:begin|end|start of|end of)\s+)?(?:applause|laughter|laughs|laughing|crosstalk|"
    r"cross[- ]talk|inaudible|unintelligible|indiscernible|cheers|cheering|booing|boos|bell(?:\s+rings)?|"
    r"music|silence|pause|sighs|commercial break|video(?:tape)?(?:\s+clip)?|audio(?:\s+clip)?|"
    r"off[- ]mic(?:rophone)?|technical difficulties|audio gap|overlapping(?: voices)?|sic|gavel|"
    r"interruption|operator instructions|(?:of )?transcript|recording|hon\.? members?:?|hear,? hear|"
    r"shouting|heckling|witness(?:es)? sworn|whereupon\b|"
    r"(?:applause|laughter|cheers) and \w+)\b[^()\[\]\n]{0,40}[)\]]",
    re.IGNORECASE,
)
_LABEL_TITLE = (
    r"(?:(?:former\s+)?(?:mr|mrs|ms|dr|sen|senator|rep|gov|governor|lt\.?\s+gov|lieutenant governor|"
    r"president|vice president|secretary|amb|gen|judge|justice|the hon|hon|rev|prof|speaker|chairman|"
    r"chairwoman|chair|congressman|congresswoman|councilman|councilwoman|councilmember|councillor|cllr|"
    r"mayor|commissioner|sheriff)\.?\s+)"
)
_TIMESTAMP = r"[(\[]?\d{1,2}:\d{2}(?::\d{2})?[)\]]?"  # "Donald Trump: (01:23:45)" (Rev-style transcripts)
SPEAKER_LABEL = re.compile(
    # a name, or a numbered anonymous speaker ("Speaker 1", "SPEAKER 2" in Rev-style transcripts)
    # a timestamp may come first: "[00:12:31] Speaker 2:" (podcast transcripts); so may Hansard's
    # question number: "Q2. [902346] Ed Davey (Kingston and Surbiton) (LD):"
    r"^(?:"
    + _TIMESTAMP
    + r"\s*)?(?:Q\d{1,2}\.\s*|Q\d{1,4}\s+)?(?:\[\d{3,}\]\s*)?(?P<label>"
    + _LABEL_TITLE
    # (any letters: "Renata Solís", "Zoë Müller")
    + r"?(?P<name>[^\W\d_](?:[^\W\d_]|['’.-])*(?:\s+[^\W\d_](?:[^\W\d_]|['’.-])*){0,3}(?:\s+\d{1,2})?)"
    # a party and state before the role, as CNN prints them: "REP. MIKE JOHNSON (R-LA), SPEAKER OF THE
    # HOUSE:"
    r"(?:\s*\([A-Z][A-Za-z.'’\- ]{0,20}\)(?=,))?"
    # a role after the name: "JAKE TAPPER, CNN HOST:", "PATRICE HOLLINS, Director, Little Acorns:"
    r"(?:,\s*(?P<role>[A-Z][A-Za-z'’.&-]*(?:\s+[A-Z][A-Za-z'’.&-]*){0,5}"
    r"(?:,\s*[A-Z][A-Za-z'’.&-]*(?:\s+[A-Z][A-Za-z'’.&-]*){0,5}){0,2}))?"
    # a party, state or (Hansard) constituency: "SEN. JONES (D-Mass.):", "Ed Davey (Kingston and
    # Surbiton) (LD):"
    # (or a reporter's name and outlet after "Q": "Q (Jenna Ruiz, WPEL News 6):")
    # (Canada's Hansard: "Hon. Arjun Malhotra (Minister of Housing, Infrastructure and Communities, Lib.):",
    # "Thomas Kinew-Ross (Wapikoni Lake—Red Pine, Cons.):")
    r"(?:\s*\([A-Z][\w.,&'’\-—– ]{0,80}\)){0,2})"
    r"(?:\s*" + _TIMESTAMP + r")?\s*:(?:\s*" + _TIMESTAMP + r")?"
    r"(?:\s+(?=\S)|\s*$)",
    re.IGNORECASE,
)
# Hansard's office holders: "The Prime Minister (Keir Starmer):", "The Secretary of State for Health and
# Social Care (Wes Streeting):" (the person named in brackets is the speaker)
_OFFICE_LABEL = re.compile(
    r"^(?P<label>The\s+[A-Z][A-Za-z'’ ,-]{2,80}?\s*"
    r"\((?P<name>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3})\))"
    r"(?P<role>(?!))?\s*:(?:\s+(?=\S)|\s*$)"
)
# the Congressional Record and GPO hearing transcripts: a title, the surname in capitals and a full
# stop ("Chairman GRASSLEY.", "Senator DURBIN.", "Mr. PATEL.", "Ms. WATERS of California."), or the
# office alone ("The CHAIRMAN.", "The SPEAKER pro tempore.")
_RECORD_TITLES = (
    r"(?:Chairman|Chairwoman|Chair|Senator|Representative|Secretary|General|Admiral|Director|Governor|"
    r"Judge|Justice|Ambassador|Commissioner|Mr|Mrs|Ms|Dr)"
)
_RECORD_LABEL = re.compile(
    r"^(?P<label>" + _RECORD_TITLES + r"\.?\s+"
    r"(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)?(?:\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)"
    r"|The\s+(?P<office>CHAIRMAN|CHAIRWOMAN|CHAIR|SPEAKER(?:\s+pro\s+tempore)?|PRESIDING\s+OFFICER|"
    r"CLERK|ACTING\s+CHAIR(?:MAN|WOMAN)?|PRESIDENT))"
    r"(?P<role>(?!))?\.\s+(?=\S)"
)
# earnings calls (The Motley Fool, Refinitiv StreetEvents): the speaker's name and role on a line of
# their own, the words on the lines after: "Jane Doe -- Chief Financial Officer", "Tom Lee -- Morgan
# Stanley -- Analyst", "John Smith, Acme Corp - CEO [2]", and the call's "Operator"
_CALL_ROLE_WORDS = (
    r"officer|executive|president|director|analyst|chief|chair\w*|head|manager|treasurer|founder|"
    r"partner|secretary|controller|counsel|relations|ceo|cfo|coo|cto|evp|svp|vp|ir|md"
)
_CALL_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"  # "Jane Doe", "Tom O'Neil Jr."
_CALL_LABEL = re.compile(
    r"^(?P<label>(?P<name>" + _CALL_NAME + r"))"
    r"(?:\s+(?:--|—|–|-)\s+|,\s+(?=.*\s-\s))"
    # (a role, not a sentence: "KYIV — Ukrainian President Zelensky rejected the deal." is a dateline)
    r"(?P<role>(?=[^\n]*\b(?i:"
    + _CALL_ROLE_WORDS
    + r")\b)[A-Z][^\n:]{1,100}?(?<![.!?\"”]))(?:\s+\[\d{1,3}\])?\s*$"
)
# the European Parliament's verbatim report: the speaker, maybe a group and a capacity, a full stop and
# a dash, then (in the original's language code) the words: "Ilse Vandermeer, Member of the Commission.
# – Madam President, ...", "Matthias Oberkirch, on behalf of the Civic Europe Group. – (DE) ...",
# "Piet Hoogeveen (UNG), blue-card question. – ...", "President. – The next item is ..."
_DASH_LABEL = re.compile(
    r"^(?P<label>(?P<name>[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,3})"
    r"(?:\s*\([^()\n]{1,40}\))?(?:,\s+[^\n–—]{1,100}?)?)(?P<role>(?!))?\.\s+[–—]\s+(?:\([A-Z]{2}\)\s+)?(?=\S)"
)
_LOWER_ROLE_LABEL = re.compile(
    r"^(?P<label>(?P<name>host|co-host|guest|caller|moderator|interviewer|anchor|presenter))(?P<role>(?!))?:\s+(?=\S)"
)
# how a call-in show's host puts a caller through: "Frank is in Dayton, Ohio, Republican line.", "Leticia is
# in Tucson", "Let's hear from Ed in Lansing"
_CALLER_PUT_THROUGH = re.compile(
    r"\b(?P<name>[A-Z][a-z'’]+)(?: [A-Z][a-z'’]+)? "
    r"(?:is (?:in|calling from|on the line from)|(?:calling )?from|in) [A-Z][a-z]"
)
_OPERATOR_LABEL = re.compile(r"^(?P<label>(?P<name>(?i:operator)))(?P<role>(?!))?(?:\s+\[\d{1,3}\])?\s*$")
# White House and State Department transcripts mark a reporter's question with a bare "Q"
_Q_LABEL = re.compile(r"^(?P<label>(?P<name>Q))(?P<role>(?!))?(?::|\.|\s)\s*(?=[A-Z\"“'‘])")
# a court transcript's examination: "Q.   Where do you work?" / "A.   I'm director of operations ...";
# a press conference or a print interview: "Q: And Lewis Carrow?" / "A: Lewis has been back ..."
_COURT_ANSWER = re.compile(r"^(?P<label>(?P<name>A))(?P<role>(?!))?[.:]\s+(?=[A-Z0-9$\"“'‘(])")
# the witness the answers are by: "DANA KOWALCZYK, called as a witness on behalf of the Plaintiff, ..."
# a label in capitals with a full stop, as the Federal Reserve's and the Congressional Record's
# transcripts print them: "CHAIR LANGLEY. Good afternoon.", "Mr. McGOVERN. Mr. Speaker, ..."
_PERIOD_LABEL = re.compile(
    r"^(?P<label>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.\s+)?"
    r"(?P<name>(?:Mc|Mac)?[A-Z][A-Z'’-]+(?:\s+(?:Mc|Mac)?[A-Z][A-Z'’-]+){0,3}))"
    r"(?P<role>(?!))?\.\s+(?=[A-Z\"“'‘(\[])"
)
# what ends an abbreviation, not a name, before a full stop: "BY MR. HALVERSON:"
_ABBREVIATED = {"MR", "MRS", "MS", "DR", "JR", "SR", "ST", "NO", "VS", "INC", "CO", "CORP", "LTD", "GEN",
                "SEN", "REP", "GOV", "LT", "COL", "CAPT", "SGT", "PROF", "REV", "HON"}  # fmt: skip
_WITNESS = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’ -]{2,60}?),\s+(?:(?:having been )?(?:called|recalled|first duly sworn)\b)"
)
_PERSON_IN_BRACKETS = re.compile(r"The\s.+?\((?P<person>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\)")
# a moderator's label with their name: "MODERATOR (ELENA MARSH):"; a reporter's, with their outlet:
# "Q (Jenna Ruiz, WPEL News 6):"
_HOST_IN_BRACKETS = re.compile(
    r"(?P<role>moderator|host|anchor|presenter|interviewer|q|question|questioner|reporter)\s*"
    r"\((?P<person>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,[^()]{1,40})?\)",
    re.IGNORECASE,
)
# what a timeline puts before its colon: a day of a month, a weekday, a relative time (not a speaker
# named April or June: a month is a date here only with its day)
_MONTH_WORD = "(?:" + "|".join(calendar.month_name[1:] + calendar.month_abbr[1:]) + "|Sept)"
_WHEN_LABEL = re.compile(
    _MONTH_WORD
    + r"\.?\s+\d{1,2}|\d{1,2}\s+"
    + _MONTH_WORD
    + r"|"
    + "|".join(calendar.day_name)
    + r"|(?:last|this|next|earlier|later)\s+(?:week|month|year|weekend|night|morning)"
    + r"|yesterday|today|tonight",
    re.IGNORECASE,
)
# a related-stories widget as a screen reader announces it: every line between is a link
_WIDGET_OPEN = re.compile(r"list of \d{1,2} items", re.IGNORECASE)
_WIDGET_CLOSE = re.compile(r"end of list", re.IGNORECASE)
# first words of "Label: text" lines that are not people
_NOT_SPEAKERS = {
    "note", "notes", "update", "updated", "edit", "edited", "reminder", "editor", "editors", "source",
    "sources", "photo", "photos", "related", "correction", "read", "watch", "listen", "caption", "credit",
    "credits", "image",
    "video", "transcript", "published", "posted", "tags", "topics", "disclaimer", "warning", "summary",
    "background", "context", "key", "breaking", "see", "more", "also", "subject", "re", "date", "time",
    "location", "where", "when", "what", "why", "how", "who", "contact", "email", "phone", "tel", "web",
    "website", "follow", "share", "by", "from", "to", "cc", "file", "pictured", "above", "below",
    "left", "right", "top", "bottom", "getty", "reuters", "ap", "afp", "analysis", "opinion", "exclusive",
    "live", "latest", "step", "part", "chapter", "section", "article", "figure", "table", "example",
    # an earnings call's furniture: "Prepared Remarks:", "Duration: 47 minutes", "Call participants:"
    "prepared", "duration", "call", "presentation",
    # a match report's box: "Referee: Paul Whitlock", "Venue: Priory Park", "Next up: ..."
    "referee", "referees", "attendance", "venue", "possession", "scorers", "scorer", "next", "kick-off",
    "kickoff", "lineups", "substitutes", "subs", "weather",
    # a press release's contacts and a journal's fields: "Investors: Jane Roe", "Media: ...", "DOI: ..."
    "investors", "investor", "media", "press", "contacts", "inquiries", "enquiries", "journal", "doi",
    "keywords",
    # a story's kind before its headline: "Factbox: What we know about ...", "Explainer: ..."
    "factbox", "explainer", "timeline", "q&a", "instant view", "graphic", "poll", "quiz",
    # a board's or a council's minutes: "Motion: Ruehl  Second: Okafor-Lind", "Ayes: ...", "Noes: None",
    # "Members Present: ...", "Roll Call Vote:"
    "motion", "moved", "second", "seconded", "ayes", "aye", "noes", "nays", "yeas", "abstain", "abstained",
    "abstentions", "absent", "excused", "recused", "roll", "vote", "votes", "action",
}  # fmt: skip
# a fact-check's layout: "Claim: ...", "Verdict: False", "Our ruling: ...", "THE FACTS: ..."; never a
# speaker, however often the label repeats
_FACT_CHECK_FIELDS = {
    "claim", "claims", "verdict", "rating", "ruling", "fact", "facts", "our", "conclusion", "fact-check",
    "factcheck", "evidence", "findings", "methodology",
}  # fmt: skip
_FIELD_LABEL = re.compile(r"(?:the\s+|our\s+)?(?:" + "|".join(sorted(_FACT_CHECK_FIELDS)) + r")\s*:", re.I)
# last words of "Label: text" lines that are not people ("Media Contact:", "Investor Relations:")
_NOT_SPEAKER_ENDINGS = {
    "contact", "contacts", "relations", "inquiries", "enquiries", "office", "desk", "team", "line",
    "note", "notes", "caption", "credit", "credits", "correction", "disclaimer", "statement", "release",
    # an event's title: "PANEL DISCUSSION: ...", "PRESIDENTIAL DEBATE: ..."
    "discussion", "debate", "hearing", "forum", "briefing", "conference", "remarks", "session", "panel",
    "present", "absent", "vote",
}  # fmt: skip
# more last words of an event's title after a colon ("Budget 2025: Town Hall Meeting")
_EVENT_TITLE_ENDINGS = {
    "transcript", "interview", "address", "speech", "update", "meeting", "statement", "summit", "rally",
    "announcement", "livestream", "webinar", "roundtable",
}  # fmt: skip
_MODERATOR_LABELS = {
    "moderator", "host", "q", "question", "interviewer", "anchor", "audience", "audience member",
    "announcer", "unidentified male", "unidentified female", "unidentified", "panelist", "narrator",
    "operator", "reporter", "questioner", "co-host", "cohost", "presenter", "moderators", "panelists",
    "participants", "candidates", "hosts", "speaker", "deputy speaker", "madam speaker",
    "madam deputy speaker",
}  # fmt: skip
# header labels that list people, who never speak under them ("PARTICIPANTS:")
_HEADER_LABELS = {
    "participants", "moderators", "panelists", "panellists", "speakers", "guests", "presenters", "candidates",
    "attendees", "present", "witnesses", "hosts",
}  # fmt: skip
# a header's entry: a name, then a role or an affiliation ("LAURA FINCH, Senior Fellow, ...")
_ROSTER_ENTRY = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*(?:[,(–—-]\s*\S.{0,140})?")
# a line that speaks to someone, not a roster entry: "Governor Whitfield, your response on the economy?"
_ADDRESSING = re.compile(r"\?\s*$|\b(?:you|your)\b", re.IGNORECASE)
# header labels whose text names the moderators ("MODERATOR: Lester Holt (NBC News)")
_NAMING_LABELS = {"moderator", "moderators", "host", "hosts", "anchor", "presenter"}
_ONE_HOST_LABELS = _NAMING_LABELS - {"moderators", "hosts"}
# only a list of names is a header ("Lester Holt (NBC News)"), never a line addressed to a speaker
# ("Mayor Buttigieg?", "Senator Warren, your response?")
_HEADER_NAMES = re.compile(r"(?:(?:[A-Z][\w.'’-]*|\([^()]*\)|and|of|the|[,;&])\s*)+")
# a live blog's entry time opening its line: "11:40 — ", "2:15 p.m. ET - ", "09.30 BST: "
_ENTRY_STAMP = re.compile(
    r"\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4})))*\s*(?:[—–]|-|:)\s+(?=\S)", re.IGNORECASE
)
_BULLET = re.compile(r"(?:[•·▪►‣◦*–-]|\d{1,2}[.)])\s+(?=\S)")
_OPEN_QUOTES = "“«„"
_CLOSE_QUOTES = "”»"


class SegmentKind(StrEnum):
    TITLE = "title"
    DATELINE = "dateline"
    BODY = "body"
    BOILERPLATE = "boilerplate"


@dataclass(frozen=True)
class Chunk:
    """A piece of the article handed to spaCy: ``text[start:start + len(chunk_text)]``."""

    start: int
    text: str
    kind: SegmentKind
    speaker: str | None = None  # transcript turn speaker (label name, titles and party stripped)
    moderator: bool = False


@dataclass(frozen=True)
class Sentence:
    """A sentence (or merged multi-sentence quotation) with its tokens and article offsets."""

    start: int
    end: int
    kind: SegmentKind
    span: Span
    offset: int  # add to a token's ``idx`` (a character offset in the chunk doc) for an article offset
    speaker: str | None = None  # transcript turn speaker
    moderator: bool = False


# an encyclopedia's reference and editing marks, right after a word or a full stop: "since 2021.[1]",
# "the first woman[2][3]", "[citation needed]", "Early life[edit]"
_REFERENCE_MARK = re.compile(
    r"(?<=[\w.,;:!?\"”’)\]])\[(?:\d{1,3}|[a-z]|note \d{1,3}|nb \d{1,3}|citation needed|clarification needed|"
    r"according to whom\?|when\?|who\?|dubious(?: – discuss)?|better source needed|edit)\](?!\w)",
    re.IGNORECASE,
)


# a footnote's number glued to the full stop before it, as a PDF prints it: "a combined budget of $4.6
# billion.1" (not "No.1")
_FOOTNOTE_NUMBER = re.compile(r"(?<=[a-z]{2}[.,;])(?<!\b[Nn]o\.)\d{1,2}(?=\s|$)")
# a link's note for screen readers, pasted with its text: "operator Nordvik Energi (NVE.OL), opens new tab
# said"
_NEW_TAB = re.compile(r",\s*opens new tab\b", re.IGNORECASE)
# markdown emphasis pasted with the text: "**Farrant:** Good morning", "__Update__" (the marks only)
_EMPHASIS = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]{1,120}?)(?<=[^\s*_])\1")


def sanitise(text: str) -> str:
    """Replace with spaces (same length, so offsets are unchanged): NUL, other control characters,
    lone surrogates, transcript stage directions ("(APPLAUSE)", "[CROSSTALK]"), an encyclopedia's
    reference marks ("[12]", "[citation needed]"), markdown's emphasis marks ("**Farrant:**"), a link's
    ", opens new tab" and a PDF's footnote number glued to a full stop ("$4.6 billion.1"). Text laid
    out for print (a PDF's soft line breaks, margin line numbers, running heads) is read as its
    paragraphs (``page_layout``)."""
    text = _SURROGATE_OR_CONTROL.sub(" ", unlaid(text))
    text = _REFERENCE_MARK.sub(lambda m: " " * len(m.group()), text)
    text = _EMPHASIS.sub(lambda m: "  " + m.group(2) + "  ", text)
    text = _NEW_TAB.sub(lambda m: " " * len(m.group()), text)
    text = _FOOTNOTE_NUMBER.sub(lambda m: " " * len(m.group()), text)
    return _STAGE_DIRECTION.sub(lambda m: " " * len(m.group()), text)


_ENDS_SENTENCE = re.compile(r"[.?!][\"”’)]?$")
_LOWER = re.compile(r"[a-z]")
_QUOTED_HEADLINE = re.compile(r"[‘“\"'][^‘’“”\"\n]{1,150}[’”\"']")


def speaker_label(line: str, allowed: frozenset[str] = frozenset()) -> re.Match[str] | None:
    """The ``NAME:`` label at the start of a (stripped) line, if it reads like a speaker; ``allowed``
    names are speakers even where the word usually is not (a magazine's "TIME:" interviewer)."""
    m = SPEAKER_LABEL.match(line)
    if m is None:
        return (
            _OFFICE_LABEL.match(line)
            or _Q_LABEL.match(line)
            or _RECORD_LABEL.match(line)
            or _CALL_LABEL.match(line)
            or _OPERATOR_LABEL.match(line)
        )
    name = m["name"]
    # ("THE FACTS:" is furniture as "Facts:" is; "THE PRESIDENT:" speaks)
    first, last = (re.sub(r"(?i)^the\s+(?=\S)", "", name).split()[i].lower().strip(".'’") for i in (0, -1))
    if first in _FACT_CHECK_FIELDS or (
        (first in _NOT_SPEAKERS or last in _NOT_SPEAKER_ENDINGS) and name not in allowed
    ):
        return None  # "Note:", "Media Contact:", "Investor Relations:"
    if re.search(r"\w['’]s\b", name):
        return None  # "Prime Minister's Questions: NHS waiting lists": a title, not a person
    if _WHEN_LABEL.fullmatch(name):
        return None  # a timeline's entry: "November 3: Government declares ...", "Last week: ..."
    rest = line[m.end() :].strip()
    last_of_rest = rest.split()[-1].lower() if rest else ""
    if (
        rest
        and len(rest.split()) <= 5
        and rest.istitle()
        and (last_of_rest in _NOT_SPEAKER_ENDINGS or last_of_rest in _EVENT_TITLE_ENDINGS)
    ):
        return None  # a title line: "Hurricane Delphine Recovery: Press Briefing"
    if (
        rest
        and len(rest.split()) <= 8
        and re.search(r"\d|\|", rest)
        and not re.search(r"[.!?…—-][\"”’')]*$|\b[a-z]{2,}\b", rest)
    ):
        # a field and its value (numbers and names, no words of speech), no turn: "Attendance: 27,412",
        # "Corners: 8 – 4", "Referee: Paul Whitlock | Attendance: 27,412"
        return None
    if _QUOTED_HEADLINE.fullmatch(rest):
        return None  # a headline's "Name: 'quote'" ("Ashby: ‘Port Calder chose to build tonight’")
    if name.lower() == "speaker" and rest and not re.search(r"[.!?][\"”’]?$", rest):
        return None  # a fact-check's field "Speaker: U.S. Sen. Dana Whitfield, R-Ohio" names, says nothing
    words = name.split()
    # a speaker label is upper case (TRUMP:), titled (Mr. Smith:) or a capitalised name of <= 3 words
    if not (
        name.isupper()
        or m["label"] != name
        or (len(words) <= 3 and all(w[0].isupper() or w.isdigit() for w in words))
    ):
        return None
    if any(w.lower() in {"the", "of", "and", "in", "on", "for", "with"} for w in words[1:]):
        return None
    if m["role"] and not name.isupper():
        return None  # a role after a name in capitals only: "JAKE TAPPER, CNN HOST:"
    return m


def speaker_name(label: str) -> str:
    """``MR. SMITH (D)`` -> ``Smith``; ``JOE BIDEN`` -> ``Joe Biden``; ``The Prime Minister (Keir
    Starmer)`` -> ``Keir Starmer``."""
    office = _PERSON_IN_BRACKETS.fullmatch(label)
    if office is not None:
        return office["person"]
    if (host := _HOST_IN_BRACKETS.fullmatch(label)) is not None:  # "MODERATOR (ELENA MARSH)"
        return host["person"].title() if host["person"].isupper() else host["person"]
    if label.startswith("The ") and label[4:].isupper():
        return label[4:].title()  # "The CHAIRMAN" -> "Chairman"
    label = re.sub(r"\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$", "", label)  # "Ms. WATERS of California"
    name = re.sub(r"\s*\([^)]*\)", "", label).split(",")[0].strip()
    untitled = re.sub("^" + _LABEL_TITLE + "+", "", name, flags=re.IGNORECASE).strip()
    name = untitled if untitled and not untitled.isdigit() else name  # "Speaker 1" stays whole
    return name.title() if name.isupper() else name


# What a moderator says besides questions: opening the show, handing over, moving on, closing.
_HANDLING = re.compile(
    r"\b(?:your (?:response|rebuttal)|you have (?:\w+ )?(?:minutes?|seconds?)|let'?s (?:move on|turn|go to)"
    r"|we'?ll be (?:right )?back|(?:thank you for )?joining us|welcome (?:to|our|back|everyone)"
    r"|^(?:(?:our|the|my) )?(?:next|final|last) question\b"
    r"|thank you(?:,? both| all)?\.?$"
    # "Mr. Trump, two minutes.": the time a debater is given
    r"|,\s*(?:one|two|three|\d+)(?: and a half)? (?:minutes?|seconds?)\.?$)",
    re.IGNORECASE,
)


def steers(line: str) -> bool:
    """Whether a moderator's line opens, hands over, moves on or closes ("Good morning, and welcome to
    the third-quarter 2025 earnings call.", "Your response?")."""
    return bool(_HANDLING.search(line))


# a host introducing themselves ("I'm Lester Holt, anchor of NBC Nightly News", "I'm your moderator",
# "I'll be moderating tonight's debate"): a moderator, however much they say
_MODERATOR_INTRODUCTION = re.compile(
    r"\bI'?m [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3},? (?:the |your )?(?:anchor|host|moderator|co-moderator)\b"
    r"|\bI'?m your (?:moderator|host)\b|\bI(?:'ll| will) be (?:your )?moderat(?:or|ing)\b"
)


# A label that gives an office or a party ("SEN. DURBIN:", "Kemi Badenoch (North West Essex) (Con):",
# "Senator DURBIN.", "The Prime Minister (Keir Starmer):"): a politician, who may question others at
# a hearing or at Prime Minister's Questions without being the moderator (their claims are claims)
_POLITICIAN_LABEL = re.compile(
    r"^(?:the\s+)?(?:sen|senator|rep|representative|gov|governor|president|vice president|prime minister|"
    r"chancellor|secretary|minister|chairman|chairwoman|congressman|congresswoman|mayor|leader)\b"
    r"|\((?:[DRI](?:-[A-Z][\w.]*)?|Con|Lab|LD|SNP|Reform|Green|DUP|Ind|PC|SF|Lib Dem|Alliance|SDLP)\)",
    re.IGNORECASE,
)
# anonymous speakers of machine transcripts, and how they say who they are or whom they host
_ANONYMOUS = re.compile(
    r"(?:Speaker|Unknown Speaker|Unidentified Speaker|Participant|Voice)\s*\d{1,2}", re.IGNORECASE
)
_PERSON_NAME = (
    r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sen|Senator|Rep|Gov|Governor|Judge)\.?\s+)?"  # "Dr. Marcus Oyelaran"
    # (a double-barrelled surname: "Renata Okafor-Bell")
    r"(?P<name>[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*(?:\s+[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*){1,2})\b"
)
_SELF_INTRODUCTION = re.compile(
    r"\b(?:I'm|I’m|I am|(?i:my name is))\s+(?:(?:your|the)\s+(?:co-?)?host,?\s+)?" + _PERSON_NAME
)
_GUEST_INTRODUCTION = re.compile(
    r"\b(?i:my guest(?:\s+(?:today|tonight|this week))? is|joining (?:me|us)(?:\s+(?:now|today|tonight))? is|"
    r"I'm joined(?:\s+(?:now|today|tonight))? by|I am joined by)\s+(?:(?:the\s+)?[a-z][\w\s,-]{0,40}?\s)?"
    + _PERSON_NAME
)


_TITLED_PERSON = re.compile(
    r"\b(?P<office>President|Vice President|Prime Minister|First Lady|Governor|Mayor|Chancellor)\s+"
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)"
)


# a header that names the holder of a role the labels use: "Members present: Alistair Carmody (Chair);
# ...", "... noon briefing by Stéphane Varennes, Spokesperson for the Secretary-General" ("Chair:",
# "Spokesperson:" are that person)
_ROLE_WORDS = {
    "chair", "chairman", "chairwoman", "chairperson", "spokesperson", "spokesman", "spokeswoman", "host",
}  # fmt: skip
_ROLE_IN_HEADER = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){1,3})\s*(?:\(\s*(?P<bracketed>[A-Za-z]+)\s*\)|"
    r",\s*(?:the\s+)?(?P<role>[A-Za-z]+)\b)"
)
# the person who gives the briefing or the remarks a header announces, who speaks before any label
_GIVEN_BY = re.compile(
    r"\b(?:briefing|remarks|statement|press conference|address)\s+by\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
)


def _lone_speech_label(lines: list[str], labels: list[re.Match[str] | None], index: int) -> bool:
    """A speech transcript has one label only, in capitals, near the top: "THE PRESIDENT: Thank you."
    (White House remarks)."""
    label = labels[index]
    near_top = sum(1 for line in lines[:index] if line.strip()) <= 6
    return (
        label is not None
        and label["label"].isupper()
        # an office or a title, never a place: "LONDON: The Bank of England ..." is a dateline
        and bool(re.match(r"(?:THE\s+[A-Z]|" + _LABEL_TITLE + ")", label["label"], re.IGNORECASE))
        and near_top
        and index + 1 < len(lines)
    )


# Hansard's website prints each contribution's speaker on a line of their own, the words on the lines
# after: a member with constituency and party ("Dr Ruth Kellaway (Stowmarden) (Con)"), an office holder
# with the person in brackets ("The Secretary of State for Transport (Mark Vale)"), and later the same
# people by name alone ("Mark Vale", "Dr Kellaway") and the chair ("Mr Speaker")
_PARTIES = (
    r"Con|Lab|Lab/Co-op|LD|Lib Dem|SNP|Reform|Reform UK|Green|DUP|UUP|TUV|Ind|PC|SF|Alliance|SDLP|"
    r"[DRI](?:-[A-Z][\w.]*)?"
)
# (a question on the order paper keeps its number: "Q1. [905512] Rachel Ormsby (Kettleby) (Lab)"; the
# Oireachtas prints its members as "Deputy Róisín Ní Bhraonáin")
_MEMBER_LINE = re.compile(
    r"^(?:Q\d{1,2}\.\s*)?(?:\[\d{3,}\]\s*)?(?P<label>(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4})"
    r"(?:\s*\([A-Z][^()\n]{1,60}\))?\s*\((?:" + _PARTIES + r")\)"
    r"|Deputy\s+(?=[^\W\d_]+\s)[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){1,4})(?P<role>(?!))?\s*$"
)
_OFFICE_LINE = re.compile(
    r"^(?P<label>The\s+[A-Z][A-Za-z'’ ,-]{2,80}?\s*"
    r"\((?P<name>[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+){1,3})\))(?P<role>(?!))?\s*$"
)
_NAME_LINE = re.compile(
    r"^(?P<label>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Madam)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}))(?P<role>(?!))?\s*$"
)
_APPOSED_HOLDER = r",\s+(?:Deputy\s+|" + _LABEL_TITLE + r")?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,4}),"
_OFFICE_ALONE = re.compile(
    r"^(?P<label>(?P<name>(?:The|An)\s+[A-Z][\w'’-]+(?:\s+(?:for\s+)?[A-Z][\w'’-]+){0,6}))(?P<role>(?!))?\s*$"
)
_CHAIR_LINE = re.compile(
    r"(?:Mr|Madam|Madame)\s+(?:Deputy\s+)?Speaker|The\s+(?:Deputy\s+)?Speaker|The\s+Chair(?:man|woman)?|"
    r"An\s+(?:Ceann|Leas-Cheann)\s+Comhairle|An\s+Cathaoirleach"
)
# an office holder by office alone, once the text has named them or the head of government: "The Prime
# Minister" (after "The Prime Minister (Sir Malcolm Treharne)"), "The Taoiseach", "The Tánaiste"
_HEADS = re.compile(r"The\s+(?:Taoiseach|Tánaiste|Prime\s+Minister|First\s+Minister|Premier)")
# "Several hon. Members rose—": a stage direction of its own
_MEMBERS_RISE = re.compile(r"(?:Several\s+)?(?:hon\.?\s+)?Members\s+rose\W*", re.IGNORECASE)


def _line_labels(lines: list[str], labels: list[re.Match[str] | None]) -> list[re.Match[str] | None]:
    """Per (stripped) line, its speaker label when the text prints speakers on lines of their own
    (Hansard online; ``labels``: the lines' "NAME:" labels). Two lines that name a member with a party
    or an office holder with a person are needed; then a line with one of their names alone (or the
    chair's) before words is a label too."""
    strong = [_MEMBER_LINE.match(line) or _OFFICE_LINE.match(line) for line in lines]
    if sum(1 for m in strong if m) < 2:
        return [None] * len(lines)  # (most texts: no need to read their lines as speech)
    # words, not another name or a "PARTICIPANTS:" roster: a sentence, or a line of eight words or more
    speech = [
        bool(line)
        and strong[i] is None
        and labels[i] is None
        and (bool(re.search(r"[.!?…—–-][\"”’)]?$", line)) or len(line.split()) >= 8)
        for i, line in enumerate(lines)
    ]
    filled = [i for i, line in enumerate(lines) if line]
    following = dict(pairwise(filled))
    spoken_after = [i in following and speech[following[i]] for i in range(len(lines))]
    strong = [m if m and spoken_after[i] else None for i, m in enumerate(strong)]
    if sum(1 for m in strong if m) < 2:
        return [None] * len(lines)
    surnames = {speaker_name(m["label"]).split()[-1] for m in strong if m}
    offices = {re.sub(r"\s*\(.*", "", m["label"]) for m in strong if m and m.re is _OFFICE_LINE}
    found: list[re.Match[str] | None] = []
    for i, line in enumerate(lines):
        m = strong[i] or _NAME_LINE.match(line) or _OFFICE_ALONE.match(line)
        if m is not None and strong[i] is None:
            chair = _CHAIR_LINE.fullmatch(line) is not None or line in offices or _HEADS.fullmatch(line)
            if not (spoken_after[i] and (chair or m["name"].split()[-1] in surnames)):
                m = None
        found.append(m)
    return found


_STAMP_LINE = re.compile(_TIMESTAMP)


def _stamped_names(lines: list[str]) -> list[re.Match[str] | None]:
    """Per (stripped) line, its speaker label when a transcript prints a time stamp on a line of its
    own, then the speaker's name on the next, then the words (a health agency's press conference,
    "00:00:41" / "Dr Pieter Lansdaal" / "Thank you, Nadia, ..."). Three such names, two speakers at
    least; a video's captions (a stamp before each line of words) are no names."""
    found: list[re.Match[str] | None] = [None] * len(lines)
    for i in range(len(lines) - 2):
        if _STAMP_LINE.fullmatch(lines[i]) and lines[i + 2] and not _STAMP_LINE.fullmatch(lines[i + 2]):
            found[i + 1] = _NAME_LINE.match(lines[i + 1])
    names = [m["name"] for m in found if m]
    if len(names) < 3 or len(set(names)) < 2:
        return [None] * len(lines)
    return found


def _labels(lines: list[str]) -> tuple[list[re.Match[str] | None], set[str], set[int]]:
    """Each line's speaker label, and the speakers who ask the questions by their place in the
    transcript rather than by their turns.

    A label in capitals that starts several lines of a transcript is a speaker even when its word
    usually is not: a magazine interviewing as "TIME:" (it asks). An earnings call's roster ("Company
    Participants" / "Conference Call Participants", one "Name - Role or firm" per line) makes a line
    that is only a roster name that speaker's label (Seeking Alpha's layout); the call's analysts ask.
    """
    stripped = [line.strip() for line in lines]
    roster, analysts, listing = _call_roster(stripped)
    # the roster's own lines are furniture, never labels: "John Smith - Chief Executive Officer"
    labels = [None if i in listing else speaker_label(line) for i, line in enumerate(stripped)]
    # a headline with a colon is no label: "Hartwell Viaduct: Closure" (title-case words, no full stop)
    first = next((i for i, line in enumerate(stripped) if line), None)
    if first is not None and (label := labels[first]) is not None and not label["name"].isupper():
        rest = stripped[first][label.end() :].strip()
        if rest and rest.istitle() and not re.search(r"[.!?][\"”’]?$", rest):
            labels[first] = None
    on_own_lines = _line_labels(stripped, labels)
    labels = [label or own for label, own in zip(labels, on_own_lines, strict=True)]
    # a broadcaster's captions name turns by role in lower case ("host:", "guest:", "caller:"), three at least
    roles = [
        None if label else _LOWER_ROLE_LABEL.match(line) for line, label in zip(stripped, labels, strict=True)
    ]
    if sum(1 for m in roles if m) >= 3:
        labels = [label or role for label, role in zip(labels, roles, strict=True)]
    stamped = _stamped_names(stripped)
    labels = [label or own for label, own in zip(labels, stamped, strict=True)]
    # "A." answers a court transcript's "Q." (two of each at least), "A:" an interview's "Q:": not an
    # initial ("A. Smith said")
    if sum(1 for line in stripped if line.startswith(("Q.", "Q:")) and _Q_LABEL.match(line)) >= 2:
        answers = [_COURT_ANSWER.match(line) for line in stripped]
        if sum(1 for m in answers if m) >= 2:
            labels = [label or answer for label, answer in zip(labels, answers, strict=True)]
    # labels with a full stop: three lines at least, one speaker twice ("CHAIR LANGLEY. ..."; not an
    # acronym ending a sentence at the start of a line)
    periods = [
        None if label or m is None or m["name"].split()[-1] in _ABBREVIATED else m
        for line, label in zip(stripped, labels, strict=True)
        for m in [_PERIOD_LABEL.match(line)]
    ]
    said = Counter(m["name"] for m in periods if m)
    if sum(said.values()) >= 3 and max(said.values()) >= 2:
        labels = [label or period for label, period in zip(labels, periods, strict=True)]
    # labels with a full stop and a dash: three lines at least, two speakers (names in capitals)
    dashed = [
        None if label or m is None or not all(w[0].isupper() for w in m["name"].split()) else m
        for line, label in zip(stripped, labels, strict=True)
        for m in [_DASH_LABEL.match(line)]
    ]
    if sum(1 for m in dashed if m) >= 3 and len({m["name"] for m in dashed if m}) >= 2:
        labels = [label or dash for label, dash in zip(labels, dashed, strict=True)]
    askers: set[str] = set()
    if roster:
        labels = [
            label or (m if (m := _BARE_NAME.match(line)) and m["name"] in roster else None)
            for line, label in zip(stripped, labels, strict=True)
        ]
        askers |= analysts
    if any(labels):
        repeated = Counter(
            m["name"]
            for line, label in zip(stripped, labels, strict=True)
            if label is None and (m := SPEAKER_LABEL.match(line)) and m["name"].isupper()
        )
        allowed = frozenset(name for name, count in repeated.items() if count >= 2)
        if allowed:
            labels = [
                label or speaker_label(line, allowed) for line, label in zip(stripped, labels, strict=True)
            ]
            askers |= {speaker_name(name) for name in allowed}
    return labels, askers, listing


_ROSTER_HEADER = re.compile(
    r"(?i:(?:company|corporate|conference call|call)\s+participants|executives|analysts)\s*:?"
)
_ROSTER_LINE = re.compile(r"(?P<name>" + _CALL_NAME + r")\s+(?:--|—|–|-)\s+\S.{0,100}")
_BARE_NAME = re.compile(r"^(?P<label>(?P<name>" + _CALL_NAME + r"))(?P<role>(?!))?\s*$")


def _call_roster(lines: list[str]) -> tuple[set[str], set[str], set[int]]:
    """The names an earnings call's roster lists, those listed as its analysts, and the roster's
    lines (headers included)."""
    names: set[str] = set()
    analysts: set[str] = set()
    listing: set[int] = set()
    section: str | None = None
    for i, line in enumerate(lines):
        if _ROSTER_HEADER.fullmatch(line):
            section = line.lower()
            listing.add(i)
        elif section is not None and (m := _ROSTER_LINE.fullmatch(line)):
            names.add(m["name"])
            listing.add(i)
            if "analyst" in section or "conference call" in section or m.group(0).lower().endswith("analyst"):
                analysts.add(m["name"])
        elif line:
            section = None
    return names, analysts, listing


class _Transcript(NamedTuple):
    speakers: list[str | None]  # per line, the speaker of its turn
    moderators: set[str]
    labels: list[re.Match[str] | None]  # per line, its speaker label
    furniture: set[int]  # lines that list the participants: "Company Participants", "Tom Lee - Citi"
    # the one moderator a header names ("MODERATOR:" / "Lena Ruiz, WRPT Channel 7"): who the turns
    # labelled "MODERATOR:" are
    host: str | None = None


# the header of a speech printed without speaker labels: "Remarks by Governor Ellen Marsh on the State of
# the State", "Prepared Remarks of Sen. Dana Whitfield", "Transcript: Speech by Mayor Tom Reyes"
_SPEECH_HEADER = re.compile(
    r"^(?:(?:full\s+)?(?:text|transcript)\s*(?:of|:)\s*)?(?:(?:the\s+)?(?:prepared|as\s+delivered:?)\s+)?"
    r"(?:remarks|speech|address|statement|testimony|keynote(?:\s+address)?|commencement\s+address|"
    r"floor\s+speech|state\s+of\s+the\s+(?:state|union|city)\s+address)"
    r"(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?\s+(?:by|of|from)\s+"
    r"(?P<who>(?-i:(?:[A-Z][\w.'’-]*\s+){0,4}?[A-Z][\w'’-]+))"
    # then nothing, or what the speech is on or where it was given ("Speech by Trump Draws Fire" is news)
    r"(?=\s*$|\s*[,:(—–-]|\s+(?:on|at|to|before|in|for|of)\s)",
    re.IGNORECASE,
)
_HEADER_LINES = 20  # a speech's header is among its first non-blank lines (after a site's menus)
# a talk's page: the speaker, a colon, the talk's title ("Nadia Ferreira-Holt: What 2 million lunch trays
# taught us about food waste")
_TALK_HEADER = re.compile(r"^(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}):\s+\S")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|we|We|our|Our|my|My|us)\b")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")


def _monologue(lines: list[str]) -> _Transcript | None:
    """A speech printed without labels under a header naming its speaker: every line after the header
    (and the date or place lines right under it) is theirs."""
    filled = [i for i, line in enumerate(lines) if line.strip()][:_HEADER_LINES]
    header = next(
        (
            (i, m)
            for i in filled
            if (m := _SPEECH_HEADER.match(lines[i].strip()) or _TALK_HEADER.match(lines[i].strip()))
        ),
        None,
    )
    if header is None:
        return None
    at, match = header
    written = clean_name(match["who"]).split() if match.re is _TALK_HEADER else match["who"].split()
    who = clean_name(speaker_name(match["who"]))
    # (a title the name loses: "H.E. Mr. Ioane Fetu Lelei")
    titled = written[0].lower().rstrip(".") in PERSON_TITLES or len(who.split()) < len(written)
    if len(who.split()) < 2 or not (titled or who.split()[0].lower() in first_name_genders()):
        return None  # "Remarks by the President", "Speech by Trump Draws Criticism": no name to give
    first = at + 1
    while first < len(lines) and (not lines[first].strip() or not re.search(r"[.!?][\"”’]?$", lines[first])):
        first += 1  # the date, the place, "As prepared for delivery"
    # a speech says "I" and "we"; a report about one ("Speech by Kamala Harris at DNC draws ...") does
    # so only inside quotation marks
    # (a talk's time stamps are no lines of it)
    body = [
        _QUOTED.sub(" ", line)
        for line in lines[first:]
        if line.strip() and not _STAMP_LINE.fullmatch(line.strip())
    ]
    if sum(1 for line in body if _FIRST_PERSON.search(line)) < max(1, len(body) // 3):
        return None
    speakers: list[str | None] = [None] * first + [who] * (len(lines) - first)
    return _Transcript(speakers, set(), [None] * len(lines), set())


def _turns(lines: list[str]) -> _Transcript | None:
    """Per line, the speaker of its transcript turn, and the moderators; ``None`` if not a transcript."""
    labels, askers, furniture = _labels(lines)
    labelled = [i for i, m in enumerate(labels) if m]
    if not labelled:
        return _monologue(lines)
    # two labels in title case, each speaking once and neither a person's name, are a box's fields, not an
    # exchange: "Retired: Jonas Weller (Halcyon), lap 44" and "Podcast: Is the title already decided?"
    once = [m for i in labelled if (m := labels[i])]
    if (
        len(once) == 2
        and once[0]["name"] != once[1]["name"]
        and not any(m["label"].isupper() or _names_a_person(m["name"]) for m in once)
    ):
        return _monologue(lines)
    if len(labelled) == 1 and not _lone_speech_label(lines, labels, labelled[0]):
        return _monologue(lines)  # (a talk's "Nadia Ferreira-Holt: What 2 million lunch trays ...")
    # "Remarks by President Biden ... THE PRESIDENT:": the office in a label is the person the header names
    header = " ".join(lines[: labelled[0]])
    holders_in_header = {f"The {m['office'].title()}": m["name"] for m in _TITLED_PERSON.finditer(header)}
    # "The Taoiseach" is the person a speech names in apposition: "The Taoiseach, Deputy Cathal Mac Giolla
    # Rua, promised in January ..."
    for office in {m["label"] for m in labels if m and _HEADS.fullmatch(m["label"])} - set(holders_in_header):
        if apposed := re.search(re.escape(office) + _APPOSED_HOLDER, "\n".join(lines)):
            holders_in_header[office] = apposed["name"]
    interviewee = _interviewee("\n".join(lines[: labelled[0]]))
    caller: str | None = None  # the caller a call-in show's host last put through
    roles_in_header = {
        role.lower(): m["name"]
        for m in _ROLE_IN_HEADER.finditer("\n".join(lines[: labelled[0]]))
        if (role := m["bracketed"] or m["role"]) and role.lower() in _ROLE_WORDS
    }
    speakers: list[str | None] = []
    steers: dict[str, list[bool]] = {}  # per speaker: whether each turn ends in a question or steers
    words: dict[str, int] = {}  # per speaker: words spoken
    named: set[str] = set()  # lower-cased words of what a "MODERATOR:" header turn says
    elected: set[str] = set()  # surnames a "PARTICIPANTS:" roster gives an office or a party
    current: str | None = None
    turn_text: list[str] = []

    introduced: dict[str, str] = {}  # "Speaker 1" -> "Maya Chen" ("I'm your host, Maya Chen")
    guests: list[tuple[str, str]] = []  # (introducing speaker, guest): "My guest today is Pete Buttigieg"

    handed_to: str | None = None  # whom the last turn handed over to by name: "... Alan Cho ... Alan?"
    witness: str | None = None  # a court transcript's witness, who gives its "A." answers
    spoken = False  # a turn has said a sentence: the header (which names the moderators) is over
    hosts: list[str] = []  # the full names a header's "MODERATOR:" turn lists

    def close() -> None:
        nonlocal spoken, handed_to, caller
        handed_to = None
        if current is not None and turn_text:
            said = _STAGE_DIRECTION.sub(" ", " ".join(turn_text)).rstrip()
            handed_to = _handed_over_to(said)
            if put_through := list(_CALLER_PUT_THROUGH.finditer(said)):
                caller = put_through[-1]["name"]
            if _ANONYMOUS.fullmatch(current):
                if current not in introduced and (me := _SELF_INTRODUCTION.search(said)):
                    introduced[current] = me["name"]
                guests.extend((current, g["name"]) for g in _GUEST_INTRODUCTION.finditer(said))
            elif (
                current.lower() in _ONE_HOST_LABELS
                and current not in introduced
                and (me := _SELF_INTRODUCTION.search(said))
            ):
                # "MODERATOR: Good evening ... I'm Priya Castellano of Meridian Public Broadcasting": the
                # label's person (one moderator: a panel's "MODERATORS:" names no one)
                introduced[current] = me["name"]
            steers.setdefault(current, []).append(said.endswith("?") or bool(_HANDLING.search(said)))
            if _MODERATOR_INTRODUCTION.search(said):
                named.add(current.split()[-1].lower())
            words[current] = words.get(current, 0) + len(said.split())
            # (after the header, "MODERATOR: Councilman Okafor." hands over to a debater)
            naming = current.lower() in _NAMING_LABELS and not spoken
            if naming and _HEADER_NAMES.fullmatch(said.strip()):
                named.update(w.lower() for w in re.findall(r"[A-Z][\w'’-]+", said))
            elif naming:  # "LAURA FINCH, Senior Fellow, Center for ..."
                entries = [
                    m
                    for line in turn_text
                    if (m := _ROSTER_ENTRY.fullmatch(line.strip())) and not _ADDRESSING.search(line)
                ]
                named.update(w.lower() for m in entries for w in m["name"].split())
                hosts.extend(m["name"] for m in entries)
            if current.lower() in _HEADER_LABELS:  # "SEN. ALICIA FORD (D-MINN.)": elected, never a host
                for line in turn_text:
                    if (m := _ROSTER_ENTRY.fullmatch(line.strip())) and _POLITICIAN_LABEL.search(
                        line.strip()
                    ):
                        elected.add(m["name"].split()[-1].lower())
            if (
                not spoken
                and current.lower() in _CHAIRS
                and (chair := _OFFICE_HOLDER.fullmatch(said.strip()))
            ):
                # a record's masthead: "President: Mr. Ashworth (United Kingdom)"; "The President:" is
                # Ashworth
                holders[f"The {current}"] = chair["name"]
            # (two searches, not "[a-z].*[.?!]$": that one backtracks over a long turn from every letter)
            if current.lower() not in _HEADER_LABELS and _ENDS_SENTENCE.search(said) and _LOWER.search(said):
                spoken = True

    holders: dict[str, str] = {}  # "The Prime Minister" -> "Keir Starmer", once a label has said so
    politicians: set[str] = set()  # speakers whose label gives an office or a party: they may ask, not host
    for line, m in zip(lines, labels, strict=True):
        if (sworn := _WITNESS.match(line.strip())) is not None:
            witness = sworn["name"].strip().title()
        if m is not None:
            close()
            current, turn_text = speaker_name(m["label"]), [line.strip()[m.end() :]]
            if (m.re is _COURT_ANSWER or m["name"] == "A") and (answerer := witness or interviewee):
                current = answerer
            elif m.re is _LOWER_ROLE_LABEL and m["name"] == "guest" and interviewee:
                current = interviewee  # the guest the header names most: "Renata Oduya on Air Traffic ..."
            elif m.re is _LOWER_ROLE_LABEL and m["name"] == "caller" and caller:
                current = caller
            if handed_to and _ANONYMOUS.fullmatch(current) and current not in introduced:
                # "... our finance director, Alan Cho, to walk through the numbers. Alan?" - "Speaker 3:"
                introduced[current] = handed_to
            if _PERSON_IN_BRACKETS.fullmatch(m["label"]) is not None:
                holders[re.sub(r"\s*\(.*", "", m["label"])] = current
            current = holders.get(
                current, holders_in_header.get(current, roles_in_header.get(current.lower(), current))
            )
            if _POLITICIAN_LABEL.search(m["label"]):
                politicians.add(current)
            if _HOST_IN_BRACKETS.fullmatch(m["label"]):
                named.add(current.split()[-1].lower())  # "MODERATOR (ELENA MARSH):", then "MARSH:"
            if m.re is _CALL_LABEL and m["role"].lower().endswith("analyst"):
                named.add(current.split()[-1].lower())  # analysts question the company on its call
            elif m["role"] and set(m["role"].lower().split()) & _MODERATOR_LABELS:
                named.add(current.split()[-1].lower())  # "JAKE TAPPER, CNN HOST:" hosts, as "TAPPER:"
        elif _FIELD_LABEL.match(line.strip()):
            close()  # "THE FACTS: That's false.": the fact-checker's words end the quoted speaker's turn
            current, turn_text = None, []
        elif line.strip():
            turn_text.append(line.strip())
        speakers.append(current)
    close()
    # the briefing's opening statement, before the first label, is the person the header says gives it,
    # when a role label names them too ("noon briefing by Stéphane Varennes, Spokesperson for ...")
    given = _GIVEN_BY.search(header)
    if given and given["name"] in roles_in_header.values():
        said_at = next((i for i, line in enumerate(lines) if given["name"] in line), None)
        for i in range((said_at or 0) + 1, labelled[0]):
            if i not in furniture and _ENDS_SENTENCE.search(lines[i].strip()) and _LOWER.search(lines[i]):
                speakers[i] = given["name"]
    # A moderator asks or steers (half their turns or more end in a question or hand over, move on,
    # open or close the show: _HANDLING) and speaks far less than the
    # people they question: a debater's "Why not?" interjections must not make them a moderator,
    # which would cap every claim they make.
    # Steering in two thirds of their turns or more, they may speak up to a third of what all the
    # others say together (a short excerpt has few long answers to compare with).
    most, total = max(words.values(), default=0), sum(words.values())

    def moderates(name: str, turns: list[bool]) -> bool:
        if len(turns) < 2 or sum(turns) * 2 < len(turns):
            return False
        return words[name] * 2 <= most or (sum(turns) * 3 >= len(turns) * 2 and words[name] * 4 <= total)

    moderators = {
        name
        for name, turns in steers.items()
        if name.lower() in _MODERATOR_LABELS
        or name in askers
        or name.split()[-1].lower() in named
        or (name not in politicians and name.split()[-1].lower() not in elected and moderates(name, turns))
    }
    # "Speaker 2" is the guest "Speaker 1" introduced, when they are the only other anonymous speaker
    anonymous = {name for name in steers if _ANONYMOUS.fullmatch(name)}
    for host, guest in guests[:1]:
        others = anonymous - {host} - set(introduced)
        if len(others) == 1 and guest not in introduced.values():
            introduced[others.pop()] = guest
    if introduced:
        speakers = [introduced.get(s, s) if s else s for s in speakers]
        moderators = {introduced.get(name, name) for name in moderators}
    named_host = hosts[0] if len(set(hosts)) == 1 and len(hosts[0].split()) >= 2 else None
    return _Transcript(speakers, moderators, labels, furniture, named_host)


# the offices a record's masthead fills ("President: Mr. Ashworth (United Kingdom of Great Britain and
# Northern Ireland)"), and the entry that names their holder
_CHAIRS = {"president", "chair", "chairman", "chairwoman", "chairperson", "presiding officer"}
_OFFICE_HOLDER = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr|Madam|Madame)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\([^()]{2,80}\)"
)


def _names_a_person(name: str) -> bool:
    """A label's name starts with a first name, a title or an office: "Kamala Harris", "Dr. Pieter
    Lansdaal", "The Prime Minister"."""
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    return first in first_name_genders() or first in PERSON_TITLES or first == "the"


def _interviewee(header: str) -> str | None:
    """Who answers an interview's "A:" turns: the person its header names most, by surname, twice at
    least ("TRANSCRIPT: Holmqvist on Ashby comeback" / "Anders Holmqvist spoke to reporters ..."); not a
    byline's or a photo credit's name, named once."""
    names = [m["name"] for line in header.split("\n") for m in re.finditer(_PERSON_NAME, line)]
    known = first_name_genders()
    people = [n for n in names if n.split()[0].lower() in known]
    if not people:
        return None
    counts = {n: len(re.findall(r"\b" + re.escape(n.split()[-1]) + r"\b", header)) for n in people}
    best = max(people, key=lambda n: counts[n])  # the first named, of those named most
    return best if counts[best] >= 2 else None


def _handed_over_to(said: str) -> str | None:
    """The full name a turn hands over to when it ends by calling someone by first name, having named
    them in full: "I'm going to ask our finance director, Alan Cho, to walk through the numbers. Alan?"."""
    called = re.search(r"(?:^|[.!?,]\s+)(?P<first>[A-Z][a-z'’-]+)\?$", said)
    if called is None:
        return None
    full = re.search(r"\b" + called["first"] + r"\s+(?P<last>[A-Z][\w'’-]+)", said)
    return f"{called['first']} {full['last']}" if full else None


def _line_pieces(line: str) -> Iterator[tuple[int, str]]:
    """Cut an over-long line at sentence ends or whitespace; yields (offset in line, piece)."""
    pos = 0
    while len(line) - pos > MAX_CHUNK:
        window = line[pos : pos + MAX_CHUNK]
        cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        cut = cut + 2 if cut > MAX_CHUNK // 2 else window.rfind(" ") + 1
        if cut <= 0:
            cut = MAX_CHUNK
        yield pos, line[pos : pos + cut]
        pos += cut
    yield pos, line[pos:]


_ENTRY_TIME = re.compile(
    r"(?:(?:posted |updated )?(?:at )?\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}))*)", re.IGNORECASE
)


# a year or a quarter, the only numbers a subheading has: "Third-Quarter 2026 Highlights", "Q3 Outlook"
_HEADING_NUMBER = re.compile(r"\b(?:(?:19|20)\d\d|[QH][1-4])\b")
# a press release's closing sections, furniture to the next subheading: "About Northwind Health",
# "Forward-Looking Statements", "Media Contact"
_FURNITURE_SECTION = re.compile(
    r"(?:about\s+(?-i:[A-Z])[\w.,&'’ -]{1,60}|"
    r"(?:cautionary\s+)?(?:note\s+(?:regarding|on)\s+)?forward[- ]looking\s+statements?|"
    r"safe\s+harbou?r(?:\s+statement)?|cautionary\s+(?:note|statement)s?|(?:media|press|investor)\s+"
    r"(?:contacts?|relations|inquiries|enquiries)|contacts?|disclaimers?|non-gaap\s+financial\s+measures|"
    r"conference\s+call(?:\s+(?:and|&)\s+webcast)?(?:\s+information|\s+details)?|webcast(?:\s+information)?|"
    r"notes\s+to\s+editors|editor'?s\s+notes?|(?:a\s+)?note\s+from\s+the\s+(?:author|editors?|publisher))\s*:?",
    re.IGNORECASE,
)


def _is_subheading(line: str) -> bool:
    """A subheading inside the body: a few words, no number but a year, no full stop ("What the data
    says", "Third-Quarter 2026 Highlights")."""
    words = line.split()
    # with a year, only in title case: "Trump wins 2024 election" is a claim
    titled = all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
    return (
        0 < len(words) <= 6
        and not any(c.isdigit() for c in (_HEADING_NUMBER.sub("", line) if titled else line))
        and not line.rstrip().endswith((".", "!", '"', "”", ","))
        and line[:1].isupper()
    )


# a fact check quoting what someone said and when, the statement on the rest of the line
# (FactCheck.org: "Vossberg, Oct. 8: Under this mayor, violent crime went up 40 percent.")
_DATED_STATEMENT = re.compile(
    r"(?P<label>(?P<name>(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+), "
    + _MONTH_WORD
    + r"\.? \d{1,2}(?:, \d{4})?:)\s+(?=\S)"
)


def _dated_statements(raw_lines: list[str], filled: list[int]) -> dict[int, re.Match[str]]:
    """The lines that quote a statement under its speaker and date: two such lines at least and none
    the first of the text (a dateline, "Mumbai, March 3: The state ...", opens a story once)."""
    found = {i: m for i in filled[1:] if (m := _DATED_STATEMENT.match(raw_lines[i].strip()))}
    return found if len(found) >= 2 else {}


def _is_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 25 and not line.rstrip().endswith((".", '"', "”")) and not _DATELINE.match(line)


def chunks(text: str) -> Iterator[Chunk]:
    """Non-blank lines (or pieces of long lines) with their kind, in text order."""
    first_line = True
    after_entry_time = False  # the line before was a live blog entry's time ("3:05 p.m. ET")
    furniture_section = False  # under a subheading such as "About Acme" or "Forward-Looking Statements"
    link_list = False  # after a "Related coverage:" header, headline-like lines are its links
    widget = False  # inside a related-stories widget: "list of 3 items" ... "end of list"
    line_start = 0
    raw_lines = text.splitlines(keepends=True)
    transcript = _turns([raw.rstrip("\r\n") for raw in raw_lines])
    # an author's bio is one of the article's last few lines, before any trailing links and sign-ups
    filled = [i for i, raw in enumerate(raw_lines) if raw.strip()]
    end = len(filled)
    while end > 0 and _trailing_furniture(raw_lines[filled[end - 1]].strip()):
        end -= 1
    tail = set(filled[max(0, end - _BIO_LINES) :])
    # (and, anywhere in the last lines, under a byline block's name in capitals: AP's "LENA HOLLOWAY-PRICE"
    # / "Holloway-Price covers Congress for The Associated Press.")
    tail |= {
        line
        for before, line in pairwise(filled[max(0, len(filled) - 4 * _BIO_LINES) :])
        if _CAPITAL_NAME.fullmatch(raw_lines[before].strip())
    }
    captions = _captions(raw_lines, filled)
    quoted_on = _dated_statements(raw_lines, filled) if transcript is None else {}
    for index, raw_line in enumerate(raw_lines):
        line = raw_line.rstrip("\r\n")
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            start = line_start + lead
            kind = SegmentKind.BODY
            speaker = transcript.speakers[index] if transcript else None
            label = transcript.labels[index] if transcript else None
            widget = (widget or bool(_WIDGET_OPEN.fullmatch(stripped))) and not _WIDGET_CLOSE.fullmatch(
                stripped
            )
            if label is None and index in quoted_on:
                label = quoted_on[index]  # a fact check's "Vossberg, Oct. 8: ..." (the speaker's words)
                speaker = speaker_name(label["name"])
            if label is not None:
                start += label.end()
                stripped = stripped[label.end() :]
            elif (
                widget
                or _BOILERPLATE.match(stripped)
                or _looks_like_link_list(stripped)
                or _NAV_HEADER.fullmatch(stripped)
                or (transcript and _MEMBERS_RISE.fullmatch(stripped))
                or index in captions
                or (
                    index in tail
                    and not transcript
                    and (_AUTHOR_BIO.match(stripped) or _OWN_VIEWS.search(stripped))
                )
            ):
                kind = SegmentKind.BOILERPLATE
                # only a navigation header opens a list of links ("Key points:" heads claims); furniture
                # inside the list (a link's date, "March 4, 2026") does not end it
                link_list = (
                    link_list
                    or (stripped.endswith(":") and bool(_LINK_HEADER.search(stripped)))
                    or bool(_NAV_HEADER.fullmatch(stripped))
                )
                # ("Note from the author:" opens a furniture section here, as "About Acme" does below)
                furniture_section = furniture_section or bool(_FURNITURE_SECTION.fullmatch(stripped))
            elif link_list and _is_title(stripped):
                kind = SegmentKind.BOILERPLATE
            elif transcript and index in transcript.furniture:
                kind = SegmentKind.BOILERPLATE
            elif speaker is not None and (
                speaker.lower() in _HEADER_LABELS
                or (
                    speaker.lower() in _MODERATOR_LABELS
                    and (_HEADER_NAMES.fullmatch(stripped) or _ROSTER_ENTRY.fullmatch(stripped))
                    and not stripped.endswith((".", "?", "!"))
                )
            ):
                # a header's list under "PARTICIPANTS:" ("Jake Tapper (CNN)", "LAURA FINCH, Senior Fellow,
                # Center for Strategic Housing Policy") and what else it lists (place, date, transcriber)
                kind = SegmentKind.BOILERPLATE
            elif (
                transcript
                and speaker is None
                and (not any(c.islower() for c in stripped) or not re.search(r"[.!][\"”’]?$", stripped))
            ):
                # a transcript's header: the show, "RUSH TRANSCRIPT", "Volume 761: debated on ...",
                # "Interview With Sen. Bernie Sanders (I-VT)"
                kind = SegmentKind.BOILERPLATE
            elif (first_line or after_entry_time) and _is_title(stripped):
                kind = SegmentKind.TITLE  # the headline, or a live blog's entry headline after its time
            elif speaker is None and _is_subheading(stripped):
                kind = SegmentKind.BOILERPLATE  # "What the data says", "Our ruling", "Key numbers"
                furniture_section = bool(_FURNITURE_SECTION.fullmatch(stripped))
            elif furniture_section and speaker is None:
                kind = SegmentKind.BOILERPLATE  # "About Northwind Health": the company's own boilerplate
            first_line = False
            after_entry_time = kind is SegmentKind.BOILERPLATE and bool(_ENTRY_TIME.fullmatch(stripped))
            link_list = link_list and kind is SegmentKind.BOILERPLATE
            if kind is SegmentKind.TITLE or kind is SegmentKind.BOILERPLATE:
                speaker = None
            bullet = _BULLET.match(stripped) if kind is SegmentKind.BODY else None
            if bullet:  # "• Companies face fines …": the claim starts after the marker
                start += bullet.end()
                stripped = stripped[bullet.end() :]
            stamp = _ENTRY_STAMP.match(stripped) if kind is SegmentKind.BODY and not speaker else None
            if stamp:  # a live blog's "11:40 — Nearly 1 million homes ...": the claim starts after the time
                start += stamp.end()
                stripped = stripped[stamp.end() :]
            dateline = _DATELINE.match(stripped) if kind is SegmentKind.BODY and not speaker else None
            if dateline:
                yield Chunk(start, stripped[: dateline.end("place")], SegmentKind.DATELINE)
                start += dateline.end()
                stripped = stripped[dateline.end() :]
            moderator = bool(transcript and speaker in transcript.moderators)
            if moderator and transcript and transcript.host and speaker and speaker.lower() in _NAMING_LABELS:
                speaker = transcript.host  # "MODERATOR: Good evening." is Lena Ruiz, whom the header names
            for offset, piece in _line_pieces(stripped):
                if piece.strip():
                    yield Chunk(start + offset, piece, kind, speaker, moderator)
        line_start += len(raw_line)


_BIO_LINES = 4
_CAPITAL_NAME = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}")
# "Jane Doe is the Health Correspondent. She has covered ...", "Tom Hughes is a senior fellow at ...",
# "The views expressed in this article are the author's own."
_AUTHOR_BIO = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was|has been) (?:a|an|the|our) [^.]{0,60}?"
    r"\b(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|author|producer|critic|"
    r"commentator|fellow|analyst)s?\b|"
    r"(?:She|He|They) (?:has|have) (?:covered|reported|written|been (?:covering|reporting|writing))\b|"
    # ("She joined the Ledger in 2019 after six years at the Carrow Evening Star.")
    r"(?:She|He|They) joined (?:the )?(?-i:[A-Z])[\w'’ ]{1,40} in (?:19|20)\d\d\b|"
    r"(?:[A-Z][\w.'’-]+ ){1,3}is the author of\b|"
    # "Caroline Petty covers education for the Ozarks Ledger."
    r"(?-i:[A-Z][\w.'’-]+ ){1,3}(?:covers|writes about|reports on) [^.]{0,60}\b(?:for|at|from) (?:the )?"
    r"(?-i:[A-Z])[^.]{0,120}\.(?:\s|$)|"
    # (a beat alone, in the article's last lines: "Teversham covers disasters and federal emergency policy.")
    r"(?-i:[A-Z][\w.'’-]+ ){1,3}(?:covers|writes about|reports on) [^.]{0,80}\.$)",
    re.IGNORECASE,
)
# the views disclaimer, alone or ending a columnist's bio: "Rachel Donnelly is a retired schoolteacher
# ... The views expressed here are her own."
_OWN_VIEWS = re.compile(
    r"\bthe views expressed (?:here |in this \w+ )?are (?:the author'?s?|(?:his|her|their)) own\b", re.I
)
_LINK_HEADER = re.compile(
    r"\b(?:related|read|see|more|also|recommended|popular|latest|trending|top stories|further|links?|"
    r"sources?|watch|listen|coverage|stories|articles|elsewhere|topics|suggested)\b",
    re.IGNORECASE,
)
# a navigation header printed without a colon, whose lines below are links: "More on this story",
# "Related topics", "Related Internet Links"
_NAV_HEADER = re.compile(
    r"(?:more on this story|(?:more )?related (?:topics|stories|articles|content|coverage|links|"
    r"internet links|fact[- ]?checks|checks|news|posts|reading|videos|guides|questions|analysis|features)|"
    r"read more|see also|suggested topics|top stories|most read|more stories|you may also like|"
    r"more (?:fact[- ]?checks|news|videos|articles|reading)|"
    r"related|trending(?: stories| now)?|popular(?: stories| now)?|also read|read next|"
    r"recommended(?: stories| reading| for you)?|"
    r"editor['’]s picks|more (?:from|on) [\w ]{1,30}|our sources|sources cited|references|"
    r"most (?:viewed|read|popular|watched|shared)(?: (?:from|on|in) [\w ]{1,30})?|latest news|"
    r"explore more on these topics|in case you missed it)\s*:?",
    re.IGNORECASE,
)


# a picture's credit on the line under its caption ("Jonah Reyes/Getty Images", "Credit...Kenny Holston
# for The New York Times"), and the BBC's "Image caption," over it
_CREDIT_LINE = re.compile(
    r"(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+\s*/\s*(?:Getty Images|AP|AFP|Reuters|EPA(?:-EFE)?|"
    r"Shutterstock|Alamy|PA(?: Media| Wire)?|Bloomberg|NurPhoto|SOPA Images|Anadolu|Xinhua|Sipa|ZUMA Press|"
    r"Redux)\b.{0,40}|"
    r"Credit\.\.\.\s*\S.{0,80}"
)
_CAPTION_BELOW = re.compile(r"Image caption,?")
_CAPTION_WORDS = 40


def _captions(raw_lines: list[str], filled: list[int]) -> set[int]:
    """The lines that caption a picture: the line right above a credit line, the line under "Image
    caption,"."""
    found = set()
    for before, after in pairwise(filled):
        upper, lower = raw_lines[before].strip(), raw_lines[after].strip()
        if after == before + 1 and _CREDIT_LINE.fullmatch(lower) and len(upper.split()) <= _CAPTION_WORDS:
            found.add(before)
        if _CAPTION_BELOW.fullmatch(upper) and len(lower.split()) <= _CAPTION_WORDS:
            found.add(after)
    return found


def _trailing_furniture(line: str) -> bool:
    """A line of the links, headers and sign-ups that may close a page ("MORE ELECTION COVERAGE", "•
    Photos: Election night", "Sign up for The Tribune's Politics newsletter →")."""
    return bool(
        _BOILERPLATE.match(line)
        or _NAV_HEADER.fullmatch(line)
        or _BULLET.match(line)
        or line.isupper()
        or _is_title(line)
    )


def _looks_like_link_list(line: str) -> bool:
    """Bullet-separated short items or a line without any lower-case word (not a table's data row,
    "1 | The Lantern Keeper | Paragon Sky | $48,200,000 | ...")."""
    if line.count("•") + line.count("|") >= 2:
        return not data_row(line)
    return len(line) < 60 and line.endswith(":") and len(line.split()) <= 4


def _quote_open_after(text: str, open_quote: bool) -> bool:
    """Whether a double quotation is still open after ``text``, given the state before it. Two
    apostrophes close a quotation and two backticks open one (transcripts typed the TeX way).
    A straight mark after a space opens and one after a word before a space closes, whatever came
    before: a transcript's stray closing mark ('we'll give you access." It's very hard ...') opens
    nothing."""
    text = text.replace("''", "\u201d").replace("``", "\u201c")
    for i, char in enumerate(text):
        if char == '"':
            before = text[i - 1] if i else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if (before.isspace() or before in "([{\u2014\u2013-/") and not after.isspace():
                open_quote = True
            elif not before.isspace() and (after.isspace() or after in ".,;:!?)]\u2026"):
                open_quote = False
            else:
                open_quote = not open_quote
        elif char in _OPEN_QUOTES:
            open_quote = True
        elif char in _CLOSE_QUOTES:
            open_quote = False
    return open_quote


def _single_quote_open_after(text: str, open_quote: bool) -> bool:
    """Whether a single-mark (British) quotation is still open after ``text``. A mark opens after a
    space and before a letter; it closes an open quotation after a word or punctuation and before
    anything but a letter; any other mark is an apostrophe ("don't", "the workers' union", "'90s")."""
    for i, char in enumerate(text):
        if char not in "'\u2018\u2019":
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if char == "\u2018" or (char == "'" and (before.isspace() or before in "([—–") and after.isalpha()):
            open_quote = True
        elif open_quote and not after.isalnum() and (before.isalnum() or before in ".,!?;:…"):
            open_quote = False
    return open_quote


def sentences(doc: Doc, chunk: Chunk) -> Iterator[Sentence]:
    """Sentences of a chunk doc, multi-sentence quotations merged, whitespace trimmed."""
    pending_start: int | None = None
    open_quote = False
    # British copy quotes with single marks; a chunk with double marks uses them for quotations
    british = not any(mark in chunk.text for mark in ('"', "\u201c", "\u201d", "''", "``"))
    for sent in _boundaries_fixed(doc):
        start_tok = sent.start if pending_start is None else pending_start
        if british:
            open_quote = _single_quote_open_after(sent.text, open_quote)
        else:
            open_quote = _quote_open_after(sent.text, open_quote)
        if open_quote and sent.end < len(doc):
            pending_start = start_tok
            continue
        pending_start = None
        for part in _split_after_abbreviation(doc[start_tok : sent.end]):
            yield from _trimmed(part, chunk)


_MARKS = {"'", '"', "`", "\u2018", "\u201c"}
_CLOSING = {".", ",", ";", ":", "!", "?", ")", "]", "\u2019", "\u201d"}


def _boundaries_fixed(doc: Doc) -> Iterator[Span]:
    """The model's sentences, with these boundary slips mended:
    * a quotation mark that opens the next sentence moves there ("sales rose 3%. 'This is good
      news,' said ..." is cut after the mark); a mark opens when it follows a space and the next
      word touches it;
    * punctuation that opens a sentence closes the one before ("No" | ". Look, the tariffs");
    * "No." before a number is the abbreviation, not an answer ("No. 10 Downing Street said"), and a
      title before a capitalised word is one too ("the right hon. Lady", "Gov. Hochul");
    * a quotation opening after a full stop opens a sentence, which the model misses with single
      marks ("... told reporters. 'Rates are likely to fall,' ..."); so does a capitalised word after
      a date's full stop ("... on March 2. Israel allowed ...")."""
    fixed: set[int] = set()
    for cut in (
        {sent.start for sent in doc.sents} | set(_quotations_after_stops(doc)) | set(_after_dated_stops(doc))
    ):
        while 0 < cut < len(doc) and doc[cut].text in _CLOSING and not doc[cut - 1].whitespace_:
            cut += 1
        last = doc[cut - 1] if 0 < cut < len(doc) else None
        if last is not None and last.text in _MARKS and not last.whitespace_:
            if cut == 1 or doc[cut - 2].whitespace_:  # ("``We will ...": "`" and "`" at the start)
                cut -= 1
        if (
            0 < cut < len(doc)
            and not (doc[cut].like_num and _is_number_abbreviation(doc, cut))
            # (a scale's abbreviation before its currency: "1.2 tril. yen", Kyodo's style)
            and not (doc[cut].is_lower and _is_scale_abbreviation(doc, cut))
            # (or a lower-case word, which opens no sentence: "the right hon. and learned Gentleman")
            and not ((doc[cut].is_title or doc[cut].is_lower) and _is_title_abbreviation(doc, cut))
            # 'Claim: "..." — Gov. Maria Reyes, in a campaign ad': the attribution after a quotation
            and not (doc[cut].text in {"—", "–", "--"} and doc[cut - 1].text in {'"', "”", "'", "’"})
        ):
            fixed.add(cut)
    start = 0
    for cut in [*sorted(fixed), len(doc)]:
        yield doc[start:cut]
        start = cut


def _after_dated_stops(doc: Doc) -> Iterator[int]:
    """Sentence starts the model misses after a date: "... on March 2. Israel allowed ...", "held on
    Nov. 4. Spanberger won" (it reads "2." as an ordinal)."""
    for token in doc[3:-1]:
        if (
            token.text == "."
            and token.whitespace_
            and doc[token.i - 1].like_num
            and doc[token.i - 2].lower_.rstrip(".") in _MONTH_WORDS
            and doc[token.i + 1].is_title
        ):
            yield token.i + 1


def _quotations_after_stops(doc: Doc) -> Iterator[int]:
    for token in doc[1:-1]:
        before = doc[token.i - 1]
        if (
            token.text in _MARKS
            and before.text in {".", "!", "?"}
            and before.whitespace_
            and not token.whitespace_
            and doc[token.i + 1].is_title
        ):
            yield token.i


# titles abbreviated with a full stop, before a name or a noun: "the right hon. Lady", "Gov. Hochul"
_TITLE_ABBREVIATIONS = {
    "hon",
    "rt",
    "gov",
    "sen",
    "rep",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "prof",
    "insp",
    "supt",
    # police and military ranks: "said Det. Laura Kim", "Cmdr. Angela Morrow said"
    "det",
    "cpl",
    "ofc",
    "maj",
    "asst",
    "cmdr",
    "adm",
    "pvt",
    "spc",
    "sr",
    "jr",
    "twp",
}


def _is_title_abbreviation(doc: Doc, cut: int) -> bool:
    """Whether the text before ``cut`` ends in a title's abbreviation ("hon.", "Gov.")."""
    last = doc[cut - 1].lower_
    if last.endswith(".") and last[:-1] in _TITLE_ABBREVIATIONS:
        return True
    return (
        cut >= 2
        and last == "."
        and doc[cut - 2].lower_ in _TITLE_ABBREVIATIONS
        and not doc[cut - 2].whitespace_
    )


_BEFORE_NUMBERS = {"no", "approx", "est", "ca", "c", "nos", "vol", "p", "pp", "fig", "ch", "sec", "art"}


def _is_number_abbreviation(doc: Doc, cut: int) -> bool:
    """Whether the text before ``cut`` ends in an abbreviation a number follows: "No." (or "no.") used
    as "number", "approx.", "est.", "p."."""
    if doc[cut - 1].lower_.rstrip(".") in _BEFORE_NUMBERS and doc[cut - 1].text.endswith("."):
        return True
    return (
        cut >= 2
        and doc[cut - 1].text == "."
        and doc[cut - 2].lower_ in _BEFORE_NUMBERS
        and not doc[cut - 2].whitespace_
    )


_SCALE_ABBREVIATIONS = {"tril", "bil", "mil", "mln", "bln", "trln"}


def _is_scale_abbreviation(doc: Doc, cut: int) -> bool:
    """Whether the text before ``cut`` ends in a scale's abbreviation after a number: "1.2 tril."."""
    last = doc[cut - 1]
    if last.text.endswith(".") and last.lower_.rstrip(".") in _SCALE_ABBREVIATIONS:
        return cut >= 2 and doc[cut - 2].like_num
    return (
        cut >= 3
        and last.text == "."
        and doc[cut - 2].lower_ in _SCALE_ABBREVIATIONS
        and not doc[cut - 2].whitespace_
        and doc[cut - 3].like_num
    )


_CLOCK = {"a.m.", "p.m."}
_MONTH_WORDS = (
    {m.lower() for m in calendar.month_name[1:]} | {m.lower() for m in calendar.month_abbr[1:]} | {"sept"}
)
_NOT_A_SENTENCE_START = {
    "eastern", "central", "pacific", "mountain", "local", "gmt", "utc", "bst", "cet", "et", "pt", "ct",
    *(m.lower() for m in calendar.month_name[1:]), *(d.lower() for d in calendar.day_name),
}  # fmt: skip
# Abbreviations whose period can also end the sentence ("... 3,000 workers in the U.S. It will ...").
_FINAL_ABBREVIATIONS = {
    "u.s.", "u.k.", "u.n.", "e.u.", "d.c.", "inc.", "corp.", "co.", "ltd.", "plc.", "llc.", "jr.", "sr.",
    "etc.", "st.",
}  # fmt: skip
# After one of those, only a word that opens sentences and does not continue a name: "U.S. It will",
# but "U.S. Army", "U.S. President Joe Biden", "Inc. Chief Executive" go on.
_SENTENCE_OPENERS = {
    "it", "he", "she", "they", "we", "i", "you", "the", "this", "that", "these", "those", "its", "his",
    "her", "their", "our", "there", "but", "however", "meanwhile", "yet", "a", "an", "so", "and",
}  # fmt: skip


def _ends_sentence_at(token: Token, following: Token) -> bool:
    """Whether the model ran on past a sentence ending in an abbreviation's period."""
    if not following.is_title:
        return False
    if token.lower_ in _CLOCK:
        return following.lower_ not in _NOT_A_SENTENCE_START and not (
            following.i + 1 < len(following.doc) and following.doc[following.i + 1].lower_ == "time"
        )
    return token.lower_ in _FINAL_ABBREVIATIONS and following.lower_ in _SENTENCE_OPENERS


# lower-case abbreviations whose full stop goes on: "my hon. Friend", "approx. 60 percent"
_LOWER_ABBREVIATIONS = (_TITLE_ABBREVIATIONS | _BEFORE_NUMBERS | {
    "etc", "vs", "cf", "al", "viz", "eg", "ie", "para", "ft", "min", "max", "incl", "excl", "dept", "govt",
    "univ", "assn", "st", "rd", "ave", "blvd", "mt", "yr", "yrs", "mo", "mos", "wk", "hr", "hrs", "sq", "km",
    "mi", "lb", "lbs", "oz", "gal", "pt", "qt", "op", "ed", "eds", "trans", "rev", "repr", "esp", "cpl",
    "cmdr", "adm", "maj", "atty", "det",
}) - {"no", "nos"}  # fmt: skip


def _full_stop_run_on(span: Span, token: Token, following: Token) -> bool:
    """A full stop of its own after a word, outside quotation marks, before a capitalised word: the
    model ran on ("Ruiz and Park voted no. Ruiz argued ...")."""
    if token.text != "." or token.i == 0 or not following.is_title:
        return False
    word = token.doc[token.i - 1]
    if not (word.is_lower and word.is_alpha) or word.lower_ in _LOWER_ABBREVIATIONS:
        return False
    before = span.doc[span.start : token.i].text
    return not _quote_open_after(before, False) and not _single_quote_open_after(before, False)


def _split_after_abbreviation(span: Span) -> Iterator[Span]:
    """Cut where the model runs on past a sentence that ends in an abbreviation, the period
    belonging to it: "a.m."/"p.m." ("... told reporters at 4 a.m. Hungarian Prime Minister Viktor
    Orbán, who ..., abstained"; "4 p.m. Eastern", "9 a.m. Monday", "a.m. Moscow time" stay whole)
    and "U.S.", "Inc." and the like before a word that opens sentences ("in the U.S. It will ...").
    Both parts need a verb."""
    start = span.start
    doc = span.doc
    for token in span[:-1]:
        following = doc[token.i + 1]
        if (
            (_ends_sentence_at(token, following) or _full_stop_run_on(span, token, following))
            and any(t.pos_ in {"VERB", "AUX"} for t in doc[start : token.i])
            and any(t.pos_ in {"VERB", "AUX"} for t in doc[token.i + 1 : span.end])
        ):
            yield doc[start : token.i + 1]
            start = token.i + 1
    yield doc[start : span.end]


def _trimmed(span: Span, chunk: Chunk) -> Iterator[Sentence]:
    text = span.text
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    if not body:
        return
    start = chunk.start + span.start_char + lead
    yield Sentence(
        start=start,
        end=start + len(body),
        kind=chunk.kind,
        span=span,
        offset=chunk.start,
        speaker=chunk.speaker,
        moderator=chunk.moderator,
    )
