import type { Article, Author, Comment, Image, Section, Tag } from '../sdk/model.js';
import type { MemoryDataset } from '../sdk/sources/memory.js';

/*
 * The embedded demo dataset: the reference page in DESIGN.md ("Russia's China Dilemma" by
 * Saeed Minhas, its five related stories, latest stories, comments) plus enough around it for
 * every state a component has: a long title, a right-to-left (Urdu) title, an article with no
 * image, one with comments closed, one with two authors, accented names.
 *
 * Everything but Saeed Minhas and the headlines DESIGN.md names is invented; the body text and
 * excerpts are the demo's own words. URLs live under `demo.broadsheet.invalid` (a TLD that
 * never resolves). Pictures are abstract illustrations shipped beside this module
 * (`./images/*.webp`, drawn by scripts/make-demo-images.mjs); each URL is written out in full
 * so bundlers (Vite, webpack, rollup) can see and copy it.
 *
 * `related(101)` with the SDK's ranking gives exactly the reference page's five related
 * stories: they are the only articles sharing a section or tag with it.
 */

const SITE = 'https://demo.broadsheet.invalid';

/** A 16:9 article picture: `src` is the wide rendition, `srcset` has both. */
function picture(narrow: string, wide: string, alt: string): Image {
  return {
    src: wide,
    alt,
    width: 960,
    height: 540,
    srcset: [
      { src: narrow, width: 480 },
      { src: wide, width: 960 },
    ],
  };
}

function avatar(small: string, large: string, name: string): Image {
  return {
    src: large,
    alt: `Monogram of ${name}`,
    width: 192,
    height: 192,
    srcset: [
      { src: small, width: 96 },
      { src: large, width: 192 },
    ],
  };
}

function term(kind: 'category' | 'tag', id: string, slug: string, name: string): Section {
  return { id, slug, name, url: `${SITE}/${kind}/${slug}/` };
}

// ── Sections and tags ─────────────────────────────────────────────────────────────────────

const world = term('category', '11', 'world', 'World');
const politics = term('category', '12', 'politics', 'Politics');
const economy = term('category', '13', 'economy', 'Economy');
const scienceTech = term('category', '14', 'science-tech', 'Science & Tech');
const climate = term('category', '15', 'climate', 'Climate');
const media = term('category', '16', 'media', 'Media');

export const demoSections: Section[] = [world, politics, economy, scienceTech, climate, media];

const tag = (id: string, slug: string, name: string): Tag => term('tag', id, slug, name);
const t = {
  china: tag('201', 'china', 'China'),
  russia: tag('202', 'russia', 'Russia'),
  geopolitics: tag('203', 'geopolitics', 'Geopolitics'),
  analysis: tag('204', 'analysis', 'Analysis'),
  ai: tag('205', 'ai', 'Artificial intelligence'),
  research: tag('206', 'research', 'Research'),
  pakistan: tag('207', 'pakistan', 'Pakistan'),
  cpec: tag('208', 'cpec', 'CPEC'),
  centralAsia: tag('209', 'central-asia', 'Central Asia'),
  trade: tag('210', 'trade', 'Trade'),
  southChinaSea: tag('211', 'south-china-sea', 'South China Sea'),
  climateFinance: tag('212', 'climate-finance', 'Climate finance'),
  media: tag('213', 'media', 'Media'),
  gaza: tag('214', 'gaza', 'Gaza'),
  inflation: tag('215', 'inflation', 'Inflation'),
  monetaryPolicy: tag('216', 'monetary-policy', 'Monetary policy'),
  glaciers: tag('217', 'glaciers', 'Glaciers'),
  himalaya: tag('218', 'himalaya', 'Himalaya'),
  energy: tag('219', 'energy', 'Energy'),
  privacy: tag('220', 'privacy', 'Privacy'),
  legislation: tag('221', 'legislation', 'Legislation'),
  ethics: tag('222', 'ethics', 'Ethics'),
  cocoa: tag('223', 'cocoa', 'Cocoa'),
};

export const demoTags: Tag[] = Object.values(t);

// ── Authors ───────────────────────────────────────────────────────────────────────────────

const saeed: Author = {
  id: '1',
  slug: 'saeed-minhas',
  name: 'Saeed Minhas',
  url: `${SITE}/author/saeed-minhas/`,
  role: 'Chief Editor (National)',
  bio:
    'Saeed Minhas is an accomplished journalist with extensive experience in the field. He has held ' +
    'prominent positions such as Editor at Daily Times and Daily Duniya. Currently, he serves as the ' +
    'Chief Editor (National) at The Think Tank Journal.',
  avatar: avatar(
    new URL('./images/avatar-saeed-minhas-96.webp', import.meta.url).href,
    new URL('./images/avatar-saeed-minhas-192.webp', import.meta.url).href,
    'Saeed Minhas',
  ),
  links: [
    { label: 'Website', url: 'https://www.example.com/saeed-minhas' },
    { label: 'X', url: 'https://x.example.com/saeedminhas' },
  ],
};

const farah: Author = {
  id: '2',
  slug: 'farah-qadri',
  name: 'Farah Qadri',
  url: `${SITE}/author/farah-qadri/`,
  role: 'Climate & Environment Correspondent',
  bio:
    'Farah Qadri reports on climate policy, water and energy across South Asia. Before joining the ' +
    'desk she spent six years covering the Indus basin for regional newspapers.',
  avatar: avatar(
    new URL('./images/avatar-farah-qadri-96.webp', import.meta.url).href,
    new URL('./images/avatar-farah-qadri-192.webp', import.meta.url).href,
    'Farah Qadri',
  ),
  links: [
    { label: 'Website', url: 'https://farah-qadri.example.com/' },
    { label: 'Mastodon', url: 'https://social.example.com/@farahqadri' },
  ],
};

const tomas: Author = {
  id: '3',
  slug: 'tomas-ibanez',
  name: 'Tomás Ibáñez',
  url: `${SITE}/author/tomas-ibanez/`,
  role: 'Economics Editor',
  bio:
    'Tomás Ibáñez writes about trade, central banks and commodity markets. He previously covered ' +
    'Latin American economies from Madrid and studied development economics.',
  avatar: avatar(
    new URL('./images/avatar-tomas-ibanez-96.webp', import.meta.url).href,
    new URL('./images/avatar-tomas-ibanez-192.webp', import.meta.url).href,
    'Tomás Ibáñez',
  ),
  links: [{ label: 'LinkedIn', url: 'https://linkedin.example.com/in/tomas-ibanez' }],
};

/** No links: the author box's plainest state. */
const lena: Author = {
  id: '4',
  slug: 'lena-vogt-adeyemi',
  name: 'Lena Vogt-Adeyemi',
  url: `${SITE}/author/lena-vogt-adeyemi/`,
  role: 'Science & Technology Reporter',
  bio:
    'Lena Vogt-Adeyemi covers artificial intelligence, research and the technology that shapes ' +
    'newsrooms. She trained as a cognitive scientist before moving into journalism.',
  avatar: avatar(
    new URL('./images/avatar-lena-vogt-adeyemi-96.webp', import.meta.url).href,
    new URL('./images/avatar-lena-vogt-adeyemi-192.webp', import.meta.url).href,
    'Lena Vogt-Adeyemi',
  ),
};

// ── The reference article's body (the demo's own words) ──────────────────────────────────

const referenceBody = `
<h2>The Moscow-Beijing Nexus</h2>
<p>Few partnerships are advertised as loudly as the one between Russia and China. Summit statements describe a friendship with no forbidden areas, and trade between the two countries has climbed year after year. Yet a relationship can be close without being equal, and the closer this one grows, the more it looks like a bargain struck by two parties of very different weight.</p>
<p>For Moscow, the turn east was partly a choice and partly a necessity. Cut off from European buyers, lenders and suppliers, it needed a market large enough to absorb its oil and gas, and a supplier able to replace the machinery and electronics it could no longer import from the West.</p>
<h2>Uneven Benefits</h2>
<p>China has provided that lifeline, but on its own terms. Russian crude and gas flow east at a discount, while Chinese cars, phones and industrial parts fill the shelves left empty by departing Western brands. Each deal makes sense on its own; taken together they leave Russia selling raw materials and buying finished goods, the familiar pattern of a junior partner.</p>
<p>Beijing, meanwhile, keeps its options open. Its largest banks remain wary of sanctioned customers, its diplomats continue to court European capitals, and its public statements stop short of endorsing every Russian move.</p>
<h2>Economic and Military Disparities</h2>
<p>The difference in economic size is the starkest measure. China's economy is several times larger than Russia's, and the yuan now settles a growing share of the trade between them. Payments, credit and technology increasingly run through Chinese channels, which gives Beijing leverage that Moscow cannot easily return.</p>
<p>In military affairs the balance is less lopsided: Russia still holds a vast nuclear arsenal and decades of experience in weapons design. But even here the flow of components and dual-use goods now runs mostly from China to Russia rather than the other way round.</p>
<h2>The Need for a Counterbalance</h2>
<p>Russian strategists have long prized freedom of manoeuvre above almost everything else. Warmer ties with India, courtship of the Gulf states and renewed attention to Africa and Central Asia can all be read as attempts to avoid depending on any single partner, Beijing included.</p>
<p>How far those efforts succeed will depend less on speeches than on whether anyone else can offer Russia the markets, finance and technology that only China currently provides at scale.</p>
<h2>Putin's Denial</h2>
<p>The Kremlin rejects any suggestion that Russia has become the lesser partner, presenting the relationship as a meeting of equals united by a shared vision of a multipolar world. Officials point to joint exercises, coordinated votes at the United Nations and new energy projects as evidence of mutual respect.</p>
<p>Whether that account holds will be tested in the years ahead. A partnership that began as a hedge against the West risks hardening into a dependency, and the question for Moscow is no longer whether it needs China, but how much of its independence it is prepared to trade for that support.</p>
`.trim();

// ── Articles ──────────────────────────────────────────────────────────────────────────────

const reference: Article = {
  id: '101',
  slug: 'russias-china-dilemma-is-moscow-losing-its-independence',
  url: `${SITE}/2024/05/26/russias-china-dilemma-is-moscow-losing-its-independence/`,
  title: "Russia's China Dilemma: Is Moscow Losing Its Independence?",
  excerpt:
    "Moscow's evolving relationship with Beijing is raising questions about the true cost of Russia's alliance with China.",
  contentHtml: referenceBody,
  // 10:30 UTC is still Sunday, May 26 from UTC−10 to UTC+13, as the reference page's date line says.
  publishedAt: '2024-05-26T10:30:00Z',
  updatedAt: '2024-05-26T14:05:00Z',
  authors: [saeed],
  sections: [world],
  tags: [t.china, t.russia, t.geopolitics, t.analysis],
  image: picture(
    new URL('./images/russia-china-480.webp', import.meta.url).href,
    new URL('./images/russia-china-960.webp', import.meta.url).href,
    'Illustration: a small crimson disc half hidden behind a much larger gold disc, over a dark blue grid of map lines',
  ),
  readingTimeMinutes: 3,
  commentsOpen: true,
  commentCount: 3,
};

const articles: Article[] = [
  reference,
  {
    id: '102',
    slug: 'exploring-human-infant-interactions-with-babyx',
    url: `${SITE}/2024/05/24/exploring-human-infant-interactions-with-babyx/`,
    title: 'Exploring Human-Infant Interactions with BabyX',
    excerpt:
      'In a groundbreaking initiative, developmental psychology researchers at the frontier of affective computing are using BabyX, a lifelike virtual infant, to study how babies and adults read each other’s cues.',
    publishedAt: '2024-05-24T09:15:00Z',
    authors: [lena],
    sections: [scienceTech],
    tags: [t.ai, t.research, t.analysis],
    image: picture(
      new URL('./images/babyx-480.webp', import.meta.url).href,
      new URL('./images/babyx-960.webp', import.meta.url).href,
      'Illustration: a large and a small soft pink sphere linked by rippling arcs on a peach background',
    ),
    readingTimeMinutes: 5,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '103',
    slug: 'cpec-unlocking-central-asias-wealth',
    url: `${SITE}/2024/05/22/cpec-unlocking-central-asias-wealth/`,
    title: "CPEC: Unlocking Central Asia's Wealth",
    excerpt:
      'The China-Pakistan Economic Corridor (CPEC) is a monumental initiative whose roads, railways and pipelines could give landlocked Central Asian economies their shortest route to the sea.',
    publishedAt: '2024-05-22T07:00:00Z',
    authors: [tomas],
    sections: [economy],
    tags: [t.china, t.pakistan, t.cpec, t.centralAsia, t.trade, t.analysis],
    image: picture(
      new URL('./images/cpec-480.webp', import.meta.url).href,
      new URL('./images/cpec-960.webp', import.meta.url).href,
      'Illustration: a white road winding across layered ochre mountain ridges, with three stops marked in green',
    ),
    readingTimeMinutes: 7,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '104',
    slug: 'muslim-nations-with-beijing-over-us-in-south-china-sea-conflict',
    url: `${SITE}/2024/05/21/muslim-nations-with-beijing-over-us-in-south-china-sea-conflict/`,
    title: 'Muslim Nations with Beijing Over US in South China Sea Conflict',
    excerpt:
      'In recent years, the geopolitical landscape of the South China Sea has shifted, with several Muslim-majority nations leaning towards Beijing’s position rather than Washington’s.',
    publishedAt: '2024-05-21T11:40:00Z',
    authors: [saeed],
    sections: [world],
    tags: [t.china, t.southChinaSea, t.geopolitics, t.analysis],
    image: picture(
      new URL('./images/south-china-sea-480.webp', import.meta.url).href,
      new URL('./images/south-china-sea-960.webp', import.meta.url).href,
      'Illustration: small sandy islands scattered across a teal sea, ringed by a dashed yellow boundary line',
    ),
    readingTimeMinutes: 6,
    commentsOpen: true,
    commentCount: 1,
  },
  {
    id: '105',
    slug: 'gefs-profit-shift-climate-aid-or-cash-grab',
    url: `${SITE}/2024/05/19/gefs-profit-shift-climate-aid-or-cash-grab/`,
    title: "GEF's Profit Shift: Climate Aid or Cash Grab?",
    excerpt:
      'The Global Environment Facility (GEF), originally established to address the planet’s most pressing environmental problems, faces questions over how much of its climate money now returns as profit.',
    publishedAt: '2024-05-19T08:20:00Z',
    authors: [farah],
    sections: [climate],
    tags: [t.climateFinance, t.analysis],
    image: picture(
      new URL('./images/gef-480.webp', import.meta.url).href,
      new URL('./images/gef-960.webp', import.meta.url).href,
      'Illustration: a green leaf beside a tall stack of gold coins on a pale green background',
    ),
    readingTimeMinutes: 5,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '106',
    slug: 'media-manipulation-how-the-west-distorts-gazas-reality',
    url: `${SITE}/2024/05/18/media-manipulation-how-the-west-distorts-gazas-reality/`,
    title: "Media Manipulation: How the West Distorts Gaza's Reality",
    excerpt:
      'Western media coverage of Gaza has often been criticized for its choice of words, sources and silences, and for how those choices shape what audiences believe is happening.',
    publishedAt: '2024-05-18T13:05:00Z',
    authors: [saeed],
    sections: [media],
    tags: [t.media, t.gaza, t.geopolitics, t.analysis],
    image: picture(
      new URL('./images/media-gaza-480.webp', import.meta.url).href,
      new URL('./images/media-gaza-960.webp', import.meta.url).href,
      'Illustration: three overlapping screens on a dark background, each showing the same red wave bent a different way',
    ),
    readingTimeMinutes: 6,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '107',
    slug: 'central-bank-holds-rates-as-inflation-cools',
    url: `${SITE}/2024/05/28/central-bank-holds-rates-as-inflation-cools/`,
    title: 'Central Bank Holds Rates as Inflation Cools for a Fourth Month',
    excerpt:
      'Policymakers kept the benchmark rate unchanged, saying price pressures are easing but not yet fast enough to justify a cut.',
    publishedAt: '2024-05-28T10:00:00Z',
    authors: [tomas],
    sections: [economy],
    tags: [t.inflation, t.monetaryPolicy],
    image: picture(
      new URL('./images/central-bank-480.webp', import.meta.url).href,
      new URL('./images/central-bank-960.webp', import.meta.url).href,
      'Illustration: blue bar-chart columns falling from left to right beneath a flat orange line',
    ),
    readingTimeMinutes: 4,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '108',
    slug: 'mapping-every-glacial-lake-in-the-hindu-kush-himalaya',
    url: `${SITE}/2024/05/27/mapping-every-glacial-lake-in-the-hindu-kush-himalaya/`,
    // The long title: cards must wrap or clamp it without breaking their layout.
    title:
      'Inside the Quiet, Decade-Long Effort to Map Every Glacial Lake in the Hindu Kush Himalaya Before the Next Outburst Flood Reaches the Valleys Below',
    excerpt:
      'Survey teams, satellite analysts and village volunteers are racing to chart thousands of meltwater lakes, and to warn the people living downstream of the ones most likely to burst.',
    publishedAt: '2024-05-27T05:45:00Z',
    authors: [farah],
    sections: [climate],
    tags: [t.glaciers, t.himalaya, t.research],
    image: picture(
      new URL('./images/glacier-lakes-480.webp', import.meta.url).href,
      new URL('./images/glacier-lakes-960.webp', import.meta.url).href,
      'Illustration: grey snow-capped peaks above three small turquoise lakes in a dark blue valley',
    ),
    readingTimeMinutes: 12,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '109',
    slug: 'karachi-coastal-wind-power',
    url: `${SITE}/2024/05/27/karachi-coastal-wind-power/`,
    // Urdu, right to left: "A new project for wind power on Karachi's coast".
    title: 'کراچی کے ساحل پر ہوا سے بجلی کا نیا منصوبہ',
    // "Small turbines installed along the city's coast are lighting up fishing settlements."
    excerpt: 'شہر کے ساحلی علاقے میں لگائی گئی چھوٹی ٹربائنیں ماہی گیروں کی بستیوں کو روشن کر رہی ہیں۔',
    publishedAt: '2024-05-27T14:30:00Z',
    authors: [farah],
    sections: [climate],
    tags: [t.energy, t.pakistan],
    image: picture(
      new URL('./images/karachi-wind-480.webp', import.meta.url).href,
      new URL('./images/karachi-wind-960.webp', import.meta.url).href,
      'Illustration: three white wind turbines on a sandy coastline under an orange evening sky',
    ),
    readingTimeMinutes: 3,
    commentsOpen: true,
    commentCount: 1,
  },
  {
    // No image: cards must keep their layout without one.
    id: '110',
    slug: 'parliament-passes-data-protection-bill',
    url: `${SITE}/2024/05/25/parliament-passes-data-protection-bill/`,
    title: 'Parliament Passes Data Protection Bill After Late-Night Session',
    excerpt:
      'The law creates an independent regulator and gives citizens the right to see and correct the personal data held about them.',
    publishedAt: '2024-05-25T22:10:00Z',
    authors: [saeed],
    sections: [politics],
    tags: [t.privacy, t.legislation],
    readingTimeMinutes: 4,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    // Comments closed: the comment form must say so instead of offering to post.
    id: '111',
    slug: 'editors-note-how-we-report-on-war',
    url: `${SITE}/2024/05/23/editors-note-how-we-report-on-war/`,
    title: 'Editor’s Note: How We Report on War and Humanitarian Crises',
    excerpt:
      'Our standards for sourcing, images and language when covering conflict, and how readers can tell us when we fall short.',
    publishedAt: '2024-05-23T08:00:00Z',
    authors: [saeed],
    sections: [media],
    tags: [t.media, t.ethics],
    image: picture(
      new URL('./images/editors-note-480.webp', import.meta.url).href,
      new URL('./images/editors-note-960.webp', import.meta.url).href,
      'Illustration: stacked sheets of ruled paper crossed by a red editing mark',
    ),
    readingTimeMinutes: 4,
    commentsOpen: false,
    commentCount: 0,
  },
  {
    // Two authors.
    id: '112',
    slug: 'cheap-solar-panels-flood-local-markets',
    url: `${SITE}/2024/05/20/cheap-solar-panels-flood-local-markets/`,
    title: 'Cheap Solar Panels Flood Local Markets as Grid Prices Climb',
    excerpt:
      'Households and small shops are buying rooftop panels faster than regulators can count them, leaving utilities with fewer paying customers.',
    publishedAt: '2024-05-20T09:30:00Z',
    authors: [tomas, farah],
    sections: [economy, climate],
    tags: [t.energy, t.trade],
    image: picture(
      new URL('./images/solar-market-480.webp', import.meta.url).href,
      new URL('./images/solar-market-960.webp', import.meta.url).href,
      'Illustration: three rows of blue solar panels under a large yellow sun',
    ),
    readingTimeMinutes: 6,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '113',
    slug: 'open-ai-models-put-to-the-test-in-newsrooms',
    url: `${SITE}/2024/05/17/open-ai-models-put-to-the-test-in-newsrooms/`,
    title: 'Open AI Models Put to the Test in Newsrooms',
    excerpt:
      'Editors who tried openly licensed language models for transcription, translation and archive search report real time savings, and new kinds of errors to check for.',
    publishedAt: '2024-05-17T10:00:00Z',
    authors: [lena],
    sections: [scienceTech, media],
    tags: [t.ai, t.media],
    image: picture(
      new URL('./images/newsroom-ai-480.webp', import.meta.url).href,
      new URL('./images/newsroom-ai-960.webp', import.meta.url).href,
      'Illustration: a network of purple dots joined by lines over grey columns of newspaper text',
    ),
    readingTimeMinutes: 8,
    commentsOpen: true,
    commentCount: 0,
  },
  {
    id: '114',
    slug: 'cafe-prices-and-the-cocoa-squeeze-in-cote-divoire',
    url: `${SITE}/2024/05/16/cafe-prices-and-the-cocoa-squeeze-in-cote-divoire/`,
    title: 'Café Prices and the Cocoa Squeeze in Côte d’Ivoire',
    excerpt:
      'Poor harvests have pushed cocoa to record prices, but the farmers who grow it say little of the windfall reaches them.',
    publishedAt: '2024-05-16T12:00:00Z',
    authors: [tomas],
    sections: [economy],
    tags: [t.cocoa, t.trade],
    image: picture(
      new URL('./images/cocoa-480.webp', import.meta.url).href,
      new URL('./images/cocoa-960.webp', import.meta.url).href,
      'Illustration: three brown cocoa pods beneath a steeply rising green price line',
    ),
    readingTimeMinutes: 5,
    commentsOpen: true,
    commentCount: 0,
  },
];

// ── Comments ──────────────────────────────────────────────────────────────────────────────

const comments: Comment[] = [
  {
    id: '1001',
    articleId: '101',
    authorName: 'Ayesha Raza',
    bodyText:
      'A sober piece. The point about selling raw materials and buying finished goods is the part most commentary skips.',
    publishedAt: '2024-05-26T12:12:00Z',
    status: 'published',
  },
  {
    id: '1002',
    articleId: '101',
    authorName: 'Miguel Ángel Ortega',
    authorUrl: 'https://miguel-ortega.example.com/',
    bodyText:
      'Interesting, but I think the military section underrates what Russia still sells abroad in air defence and engines. The dependency is not one-way yet.',
    publishedAt: '2024-05-26T13:40:00Z',
    status: 'published',
  },
  {
    id: '1003',
    articleId: '101',
    parentId: '1002',
    authorName: 'Hamza Tariq',
    bodyText:
      'Fair point, though the article only says the flow of components now runs mostly from China to Russia. Both can be true at once.',
    publishedAt: '2024-05-26T15:05:00Z',
    status: 'published',
  },
  {
    // Held for moderation: never listed.
    id: '1004',
    articleId: '101',
    authorName: 'Best Deals Online',
    authorUrl: 'https://deals.example.com/',
    bodyText: 'Great article!! Visit my site for the best prices.',
    publishedAt: '2024-05-26T16:20:00Z',
    status: 'pending',
  },
  {
    id: '1005',
    articleId: '104',
    authorName: 'Nur Aisyah Rahman',
    bodyText: 'It would help to see which governments have actually said this on the record, country by country.',
    publishedAt: '2024-05-21T16:00:00Z',
    status: 'published',
  },
  {
    id: '1006',
    articleId: '109',
    // Urdu: "Salman Ahmed"; "Very good news! I hope this project reaches other coastal cities too."
    authorName: 'سلمان احمد',
    bodyText: 'بہت اچھی خبر! امید ہے یہ منصوبہ دوسرے ساحلی شہروں تک بھی پہنچے گا۔',
    publishedAt: '2024-05-27T18:45:00Z',
    status: 'published',
  },
];

export const demoDataset: MemoryDataset = {
  articles,
  authors: [saeed, farah, tomas, lena],
  comments,
};
