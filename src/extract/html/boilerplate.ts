// What is not article text, judged from an element alone: its tag, role, class/id words, visibility.
// The word lists follow trafilatura's and Readability's experience of real news templates.
import type { El } from './tree.ts';

/** Tags that hold page furniture, never the body. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'figcaption', 'dialog', 'menu', 'label', 'fieldset']);

const FURNITURE_ROLES = /^(navigation|banner|contentinfo|complementary|menu|menubar|dialog|alertdialog|search|toolbar|tablist)$/i;

/**
 * Class/id words of page furniture. Matched as whole words of the class/id (split on space, - and _),
 * so "ad" hits "ad-slot" but not "header", "read" or "loaded".
 */
const FURNITURE_WORDS = new Set([
  'comment', 'comments', 'commentlist', 'disqus', 'respond', 'reply', 'share', 'sharing', 'sharebar', 'social', 'socials',
  'related', 'recommended', 'recommendations', 'recirc', 'promo', 'promos', 'newsletter', 'newsletters', 'subscribe',
  'subscription', 'signup', 'cookie', 'cookies', 'consent', 'gdpr', 'advert', 'advertisement', 'advertising', 'ad', 'ads',
  'adslot', 'adunit', 'dfp', 'gpt', 'sponsor', 'sponsored', 'outbrain', 'taboola', 'popup', 'modal', 'overlay', 'sidebar',
  'widget', 'widgets', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'footer', 'masthead', 'menu', 'navbar', 'nav',
  'navigation', 'toolbar', 'tags', 'tagcloud', 'taglist', 'byline', 'dateline', 'timestamp', 'caption', 'credit', 'credits',
  'print', 'skip', 'trending', 'popular', 'mostread', 'readmore', 'paywall', 'login', 'signin', 'author',
  'bio', 'rail', 'jump', 'tooltip', 'hovercard', 'popover', 'toc', 'meta', 'hide', 'hidden', 'noprint', 'sronly',
  'playlist', 'gallery', 'slideshow', 'carousel', 'follow', 'donate', 'donation', 'feedback', 'survey',
  'teaser', 'teasers', 'ticker', 'breaking', 'marquee', 'headline', 'headlines', 'kicker', 'copyright', 'disclaimer', 'topics',
]);

const FURNITURE_INSIDE = /rollover-[a-z-]*block|caption|newsletter|breadcrumb|outbrain|taboola|disqus|advert|sidebar|cookie|paywall-?prompt|related-?(links|articles|stories|content|posts)|share-?(bar|buttons|tools|links)|social-?(share|links|buttons|icons|bar)/i;
const EMBEDDED_POST = /twitter-tweet|instagram-media|tiktok-embed|embed-?tweet|tweet-?embed|social-?media-?embed|social-?embed/i;

/** Words that make an otherwise furniture-sounding class plausible body text ("article-body-more"). */
const BODY_WORDS = /(^|[\s_-])(article|articlebody|article-body|story|story-body|body|content|entry|entry-content|post|post-content|text|main|richtext|prose)([\s_-]|$)/i;

function isHidden(el: El): boolean {
  const a = el.attrs;
  if ('hidden' in a || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Furniture by the element's own signals (not its content). */
export function isFurniture(el: El): boolean {
  if (FURNITURE_TAGS.has(el.tag)) return true;
  if (isHidden(el)) return true;
  const role = el.attrs.role;
  if (role && FURNITURE_ROLES.test(role)) return true;
  if (el.attrs.itemprop === 'articleBody') return false;
  if (el.tag === 'body' || el.tag === 'html' || el.tag === 'main' || el.tag === 'article') return false;
  const cls = `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`;
  if (cls.length < 2) return false;
  // A class token is furniture when its first or last word is ("share-bar", "site-footer", "ad"), not
  // any word inside it ("Page-ad-margins", "navigation-border-decoration" on a body).
  let furniture = false;
  for (const token of cls.toLowerCase().split(/\s+/)) {
    if (!token) continue;
    const parts = token.split(/[-_]+/).filter(Boolean);
    if (!parts.length) continue;
    if (FURNITURE_WORDS.has(parts[0]) || FURNITURE_WORDS.has(parts[parts.length - 1]) || FURNITURE_WORDS.has(token.replace(/[-_]/g, ''))) { furniture = true; break; }
  }
  if (!furniture) {
    // Caption and promo containers go by compound names too ("InlineImage-imageEmbedCaption").
    if (!FURNITURE_INSIDE.test(cls)) return false;
  }
  // Embedded posts (tweets, Instagram) quoted by the article are part of it.
  if (EMBEDDED_POST.test(cls)) return false;
  // "article-content ad-free", "post-body", "story-text-hidden-print": body words outweigh.
  return !BODY_WORDS.test(cls);
}

const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/i;
const NEGATIVE = /hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|nav|menu|social|newsletter|subscribe/i;

/** Readability's class weight: +25 for body-sounding, -25 for furniture-sounding class and id. */
export function classWeight(el: El): number {
  let w = 0;
  for (const v of [el.attrs.class, el.attrs.id]) {
    if (!v) continue;
    if (NEGATIVE.test(v)) w -= 25;
    if (POSITIVE.test(v)) w += 25;
  }
  return w;
}
