/**
 * @module ingest/chrome/en
 * Site chrome of English-language news sites (see ./types.ts for the rules of entries).
 * Patterns are tested on folded text: lower case, no accents, punctuation as spaces.
 */
import type { ChromeRule } from './types.ts';

export const EN_CHROME: ChromeRule[] = [
  {
    id: 'en.related',
    kind: 'related',
    phrases: [
      'Related articles', 'Related', 'Related stories', 'Related posts', 'Related content', 'Related coverage', 'Read more',
      'Read also', 'Also read', 'You may also like', 'You might also like', 'More from', 'More stories', 'Recommended',
      'Recommended for you', 'Most read', 'Most popular', 'Further reading', 'See also', 'Latest news', 'More on this story',
      'Trending', 'Up next',
    ],
    extra: 12,
  },
  {
    id: 'en.comments',
    kind: 'comments',
    phrases: ['Comments', 'Leave a comment', 'Leave a reply', 'Add a comment', 'Post a comment', 'Join the conversation', 'Show comments'],
  },
  { id: 'en.comments.count', kind: 'comments', pattern: /^\d+ (comment|comments|responses?)$/ },
  { id: 'en.top', kind: 'top', phrases: ['Back to top', 'Go to top', 'Scroll to top', 'Return to top', 'Top of page', 'To top'], extra: 1 },
  { id: 'en.share', kind: 'share', phrases: ['Share', 'Share this', 'Share this article', 'Share on', 'Share via', 'Tweet', 'Email', 'Print', 'Copy link', 'Link copied'] },
  {
    id: 'en.share.networks',
    kind: 'share',
    vocabulary: ['Facebook', 'Twitter', 'X', 'WhatsApp', 'Telegram', 'LinkedIn', 'E-mail', 'Email', 'Print', 'Messenger', 'Pinterest', 'Reddit', 'Flipboard', 'Bluesky', 'Threads', 'Copy'],
  },
  { id: 'en.tags', kind: 'tags', phrases: ['Tags', 'Topics', 'Tagged', 'Filed under', 'Keywords', 'Categories'], extra: 30 },
  {
    id: 'en.subscribe',
    kind: 'subscribe',
    phrases: ['Subscribe', 'Sign up', 'Sign up for our newsletter', 'Newsletter', 'Get the newsletter', 'Follow us', 'Follow us on'],
    extra: 6,
  },
  { id: 'en.cookie', kind: 'cookie', pattern: /\bcookies?\b/, maxWords: 80 },
  { id: 'en.copyright', kind: 'copyright', pattern: /all rights reserved|^copyright \d{4}/, maxWords: 30 },
  {
    id: 'en.nav',
    kind: 'nav',
    phrases: [
      'Home', 'Menu', 'Search', 'Close', 'Skip to content', 'Skip to main content', 'Next', 'Previous', 'Next article',
      'Previous article', 'Log in', 'Sign in', 'Continue reading', 'Load more',
    ],
    extra: 1,
  },
  { id: 'en.readtime', kind: 'readtime', pattern: /^(reading time \d+ ?(min|mins|minutes?)|\d+ ?(min|mins|minutes?) read)$/ },
  { id: 'en.ad', kind: 'ad', phrases: ['Advertisement', 'Sponsored', 'Sponsored content', 'Paid content'], extra: 0 },
  { id: 'en.byline', kind: 'byline', phrases: ['By', 'Written by', 'Reporting by', 'Words by', 'Author'], extra: 8 },
  // Wire credits and sources name who reported: kept for the extractor.
  { id: 'en.byline.credit', kind: 'byline', phrases: ['AFP', 'Reuters', 'AP', 'Associated Press', 'Agence France-Presse', 'With AFP', 'With Reuters', 'Source', 'Sources'], extra: 4 },
  { id: 'en.dateline', kind: 'dateline', phrases: ['Published', 'Published on', 'Updated', 'Last updated', 'Posted on', 'Posted'], extra: 8 },
  { id: 'en.dateline.ago', kind: 'dateline', pattern: /^\d+ (mins?|minutes?|hours?|hrs?|days?) ago$/ },
  {
    id: 'en.dateline.date',
    kind: 'dateline',
    pattern: /(^|\s)((\d{1,2} (january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)|(january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec) \d{1,2}(st|nd|rd|th)?) \d{4}|\d{1,2} \d{1,2} \d{4}|\d{4} \d{1,2} \d{1,2})(?=\s|$)/,
  },
];
